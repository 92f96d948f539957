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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline.console.clients.IntakeApi;
import org.hotline.console.common.Json;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A caller rings back: the case by the number they quote, or their cases by phone, each with its timeline across
 * the services and its corrections. What is typed is posted, so that a phone never goes into a URL or a log.
 */
@Path("/operator/lookup")
@RolesAllowed({"operator", "auditor"})
@Produces(MediaType.TEXT_HTML)
public class LookupPages {
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z]-\\d{6}-\\d{4,}");

    private final IntakeApi intake;
    private final Json json;
    private final Template lookup;
    private final Template results;

    public LookupPages(@RestClient IntakeApi intake, Json json,
                       @Location("operator/lookup.html") Template lookup,
                       @Location("operator/lookupResults.html") Template results) {
        this.intake = intake;
        this.json = json;
        this.lookup = lookup;
        this.results = results;
    }

    @GET
    public TemplateInstance page() {
        return lookup.instance();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> find(@RestForm String q) {
        String query = q == null ? "" : q.strip();
        if (CASE_NUMBER.matcher(query).matches()) {
            return Json.answer(intake.get(query.toUpperCase())).map(r -> results
                    .data("cases", r.getStatus() == 200 ? List.of(json.map(r.getEntity())) : List.of())
                    .data("errors", r.getStatus() == 200 || r.getStatus() == 404 ? Map.of() : json.errors(r.getEntity())));
        }
        ObjectNode body = json.object().put("phone", query);
        return Json.answer(intake.callerHistory(body)).map(r -> results
                .data("cases", r.getStatus() == 200 ? json.list(r.getEntity().path("items")) : List.of())
                .data("errors", r.getStatus() == 200 ? Map.of() : json.errors(r.getEntity())));
    }
}
