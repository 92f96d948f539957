package org.hotline.console.oversight;

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
import org.hotline.console.clients.DispatchApi;
import org.hotline.console.common.Catalogue;
import org.hotline.console.common.Json;
import org.hotline.console.common.Squads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The duty board (值班看板): every open dispatch with its two clocks, narrowed by squad, district and stage, and the
 * breaches (超时, escalated as 督办) on top with how long overdue. dispatch-service filters; the console shows. The
 * filters replace the board's part of the page (htmx selects it from the whole page) and stay in the address.
 */
@Path("/board")
@RolesAllowed({"dispatcher", "auditor"})
@Produces(MediaType.TEXT_HTML)
public class BoardPages {
    /** The stages of an open dispatch, in the order work goes. */
    static final List<String> STAGES = List.of("UNROUTED", "DISPATCHED", "ACKNOWLEDGED", "ON_SITE", "RETURNED");
    private static final int SHOWN = 100;

    private final DispatchApi dispatch;
    private final Catalogue catalogue;
    private final Squads squads;
    private final Json json;
    private final Template board;

    public BoardPages(@RestClient DispatchApi dispatch, Catalogue catalogue, Squads squads, Json json,
                      @Location("oversight/board.html") Template board) {
        this.dispatch = dispatch;
        this.catalogue = catalogue;
        this.squads = squads;
        this.json = json;
        this.board = board;
    }

    @GET
    public Uni<TemplateInstance> page(@QueryParam("squad") String squad, @QueryParam("district") String district,
                                      @QueryParam("stage") String stage) {
        return Uni.combine().all().unis(catalogue.get(), squads.known(), fill(board, squad, district, stage))
                .with((cat, known, t) -> t.data("catalogue", cat).data("squads", known).data("stages", STAGES));
    }

    /** Which deadline each breach missed first: on site if still not there, else resolution; and since when. */
    private static List<Map<String, Object>> late(List<Map<String, Object>> breaches) {
        breaches.forEach(d -> {
            boolean onSite = d.get("onSiteAt") == null;
            d.put("late", onSite ? "onSite" : "resolve");
            d.put("lateSince", d.get(onSite ? "onSiteDue" : "resolveDue"));
        });
        return breaches;
    }

    private Uni<TemplateInstance> fill(Template template, String squad, String district, String stage) {
        String s = Json.text(squad);
        String d = Json.text(district);
        String st = stage != null && STAGES.contains(stage) ? stage : null;
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("squad", s == null ? "" : s);
        filter.put("district", d == null ? "" : d);
        filter.put("stage", st == null ? "" : st);
        // the breaches and the open list are two independent questions to dispatch: asked at once
        return Uni.combine().all().unis(Json.answer(dispatch.board(s, d, st, true, SHOWN)), Json.answer(dispatch.board(s, d, st, null, SHOWN)))
                .with((overdue, open) -> template.data("filter", filter)
                        .data("overdue", overdue.getStatus() == 200 ? late(json.list(overdue.getEntity())) : List.of())
                        .data("dispatches", open.getStatus() == 200 ? json.list(open.getEntity()) : List.of())
                        .data("limit", SHOWN)
                        .data("failed", overdue.getStatus() != 200 || open.getStatus() != 200));
    }
}
