package org.hotline.console.operator;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline.console.clients.IntakeApi;
import org.hotline.console.common.Catalogue;
import org.hotline.console.common.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Case search (案件检索) with intake's filters, newest first; "more" asks for the next page with intake's stable
 * cursor, so a case registered meanwhile neither repeats nor hides a row.
 */
@Path("/operator/search")
@RolesAllowed({"operator", "auditor"})
@Produces(MediaType.TEXT_HTML)
public class SearchPages {
    static final List<String> STATUSES = List.of("AWAITING_DISPATCH", "DISPATCHED", "ACKNOWLEDGED", "ON_SITE", "RESOLVED",
            "REOPENED", "CLOSED");
    private static final int PAGE = 20;

    private final IntakeApi intake;
    private final Catalogue catalogue;
    private final Json json;
    private final Template search;
    private final Template rows;

    public SearchPages(@RestClient IntakeApi intake, Catalogue catalogue, Json json,
                       @Location("operator/search.html") Template search, @Location("operator/searchRows.html") Template rows) {
        this.intake = intake;
        this.catalogue = catalogue;
        this.json = json;
        this.search = search;
        this.rows = rows;
    }

    @GET
    public Uni<TemplateInstance> page(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                      @QueryParam("category") String category, @QueryParam("district") String district,
                                      @QueryParam("from") String from, @QueryParam("to") String to) {
        return fill(search, status, channel, category, district, from, to, null).map(t -> t.data("statuses", STATUSES));
    }

    /** The next page, as rows to append, and the next "more" button. */
    @GET
    @Path("/more")
    public Uni<TemplateInstance> more(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                      @QueryParam("category") String category, @QueryParam("district") String district,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("cursor") String cursor) {
        return fill(rows, status, channel, category, district, from, to, Json.text(cursor));
    }

    private Uni<TemplateInstance> fill(Template template, String status, String channel, String category, String district,
                                       String from, String to, String cursor) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("status", orEmpty(status));
        filter.put("channel", orEmpty(channel));
        filter.put("category", orEmpty(category));
        filter.put("district", orEmpty(district));
        filter.put("from", orEmpty(from));
        filter.put("to", orEmpty(to));
        return catalogue.get().chain(cat -> Json.answer(intake.search(Json.text(status), Json.text(channel), Json.text(category),
                Json.text(district), Json.text(from), Json.text(to), cursor, PAGE)).map(r -> template
                .data("catalogue", cat).data("filter", filter)
                .data("cases", r.getStatus() == 200 ? json.list(r.getEntity().path("items")) : List.of())
                .data("more", r.getStatus() == 200 && r.getEntity().hasNonNull("next") ? json.write(with(filter, r.getEntity().path("next").asText())) : null)
                .data("errors", r.getStatus() == 200 ? Map.of() : json.errors(r.getEntity()))));
    }

    /** The filters of this page and the cursor of the next: what "more" sends. */
    private static Map<String, String> with(Map<String, String> filter, String cursor) {
        Map<String, String> vals = new LinkedHashMap<>(filter);
        vals.put("cursor", cursor);
        return vals;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
