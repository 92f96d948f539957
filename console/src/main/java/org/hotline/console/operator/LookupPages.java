package org.hotline.console.operator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline.console.clients.IntakeApi;
import org.hotline.console.common.Catalogue;
import org.hotline.console.common.Json;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A caller rings back: the case by the number they quote, or their cases by phone, each with its timeline across
 * the services and its corrections; a case no squad has yet can be corrected here. What is typed is posted, so
 * that a phone never goes into a URL or a log.
 */
@Path("/operator/lookup")
@RolesAllowed({"operator", "auditor"})
@Produces(MediaType.TEXT_HTML)
public class LookupPages {
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z]-\\d{6}-\\d{4,}");

    private final IntakeApi intake;
    private final Catalogue catalogue;
    private final Json json;
    private final Template lookup;
    private final Template results;
    private final Template record;

    public LookupPages(@RestClient IntakeApi intake, Catalogue catalogue, Json json,
                       @Location("operator/lookup.html") Template lookup,
                       @Location("operator/lookupResults.html") Template results,
                       @Location("operator/caseRecord.html") Template record) {
        this.intake = intake;
        this.catalogue = catalogue;
        this.json = json;
        this.lookup = lookup;
        this.results = results;
        this.record = record;
    }

    @GET
    public TemplateInstance page() {
        return lookup.instance();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> find(@RestForm String q) {
        String query = q == null ? "" : q.strip();
        return catalogue.get().chain(cat -> {
            if (CASE_NUMBER.matcher(query).matches()) {
                return Json.answer(intake.get(query.toUpperCase())).map(r -> results.data("catalogue", cat)
                        .data("cases", r.getStatus() == 200 ? List.of(json.map(r.getEntity())) : List.of())
                        .data("errors", r.getStatus() == 200 || r.getStatus() == 404 ? Map.of() : json.errors(r.getEntity())));
            }
            ObjectNode body = json.object().put("phone", query);
            return Json.answer(intake.callerHistory(body)).map(r -> results.data("catalogue", cat)
                    .data("cases", r.getStatus() == 200 ? json.list(r.getEntity().path("items")) : List.of())
                    .data("errors", r.getStatus() == 200 ? Map.of() : json.errors(r.getEntity())));
        });
    }

    /**
     * 更正: what the operator changed (category, location, description) goes to intake, which keeps each change in
     * the case's history; the case comes back as it now stands, or with the service's message at the field.
     */
    @POST
    @Path("/{caseNumber}/correction")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> correct(@PathParam("caseNumber") String caseNumber, @RestForm String category,
                                         @RestForm String district, @RestForm String street, @RestForm String address,
                                         @RestForm String gridCell, @RestForm String latitude, @RestForm String longitude,
                                         @RestForm String description) {
        ObjectNode correction = json.object().put("category", Json.text(category)).put("description", Json.text(description));
        ObjectNode location = correction.putObject("location").put("district", Json.text(district)).put("street", Json.text(street))
                .put("address", Json.text(address)).put("gridCell", Json.text(gridCell));
        // a location replaces the whole location: the coordinates the case had travel with it unchanged
        if (Json.text(latitude) != null && Json.text(longitude) != null) {
            location.set("latitude", number(latitude));
            location.set("longitude", number(longitude));
        }
        return catalogue.get().chain(cat -> Json.answer(intake.correct(caseNumber, correction)).chain(r -> {
            if (r.getStatus() == 200) {
                return Uni.createFrom().item(record.data("c", json.map(r.getEntity())).data("catalogue", cat)
                        .data("errors", Map.of()).data("corrected", true));
            }
            Map<String, String> errors = json.errors(r.getEntity());
            return Json.answer(intake.get(caseNumber)).map(now -> record.data("c", json.map(now.getEntity())).data("catalogue", cat)
                    .data("errors", errors).data("corrected", false));
        }));
    }

    /** A number as typed, or the text itself when it is not one (intake then names the field). */
    private com.fasterxml.jackson.databind.JsonNode number(String text) {
        try {
            return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(new java.math.BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
        }
    }
}
