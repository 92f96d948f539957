package org.hotline.console.dispatcher;

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
import org.hotline.console.clients.DispatchApi;
import org.hotline.console.common.Json;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

/**
 * The duty dispatcher's queue: dispatches nobody could route, dispatches a squad returned (退单), and extension
 * requests (延期) waiting for a decision — re-route or decide within the page.
 */
@Path("/dispatcher")
@RolesAllowed("dispatcher")
@Produces(MediaType.TEXT_HTML)
public class DispatcherPages {
    private final DispatchApi dispatch;
    private final org.hotline.console.common.Squads squads;
    private final Json json;
    private final Template queue;
    private final Template card;
    private final Template rulesTemplate;
    private final org.hotline.console.common.Catalogue catalogue;

    public DispatcherPages(@RestClient DispatchApi dispatch, org.hotline.console.common.Squads squads, Json json,
                           @Location("dispatcher/queue.html") Template queue,
                           @Location("dispatcher/queueCard.html") Template card,
                           @Location("dispatcher/rules.html") Template rulesTemplate,
                           org.hotline.console.common.Catalogue catalogue) {
        this.dispatch = dispatch;
        this.squads = squads;
        this.json = json;
        this.queue = queue;
        this.card = card;
        this.rulesTemplate = rulesTemplate;
        this.catalogue = catalogue;
    }

    @GET
    public Uni<TemplateInstance> page() {
        return Uni.combine().all().unis(squads(), Json.answer(dispatch.queue())).with((squads, r) -> queue
                .data("dispatches", r.getStatus() == 200 ? json.list(r.getEntity()) : List.of())
                .data("failed", r.getStatus() != 200).data("squads", squads).data("errors", Map.of()));
    }

    /** 改派: to the squad chosen. */
    @POST
    @Path("/dispatches/{id}/reroute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> reroute(@PathParam("id") long id, @RestForm String squad) {
        ObjectNode body = json.object().put("squad", Json.text(squad));
        return answer(id, Json.answer(dispatch.step(id, "reroute", body)));
    }

    /** An extension granted (the deadline moves) or refused. */
    @POST
    @Path("/dispatches/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> decide(@PathParam("id") long id, @RestForm String grant, @RestForm String note) {
        ObjectNode body = json.object().put("grant", "true".equals(grant));
        if (Json.text(note) != null) {
            body.put("note", Json.text(note));
        }
        return answer(id, Json.answer(dispatch.decide(id, body)));
    }

    private Uni<TemplateInstance> answer(long id, Uni<org.jboss.resteasy.reactive.RestResponse<com.fasterxml.jackson.databind.JsonNode>> call) {
        return squads().chain(squads -> call.chain(r -> {
            if (r.getStatus() == 200) {
                return Uni.createFrom().item(card.data("d", json.map(r.getEntity())).data("squads", squads)
                        .data("errors", Map.of()).data("done", true));
            }
            Map<String, String> errors = json.errors(r.getEntity());
            return Json.answer(dispatch.get(id)).map(current -> card.data("d", json.map(current.getEntity()))
                    .data("squads", squads).data("errors", errors).data("done", false));
        }));
    }

    /** The routing table (派单规则): which squad serves which district, grid cell and category. */
    @GET
    @Path("/rules")
    public Uni<TemplateInstance> rules() {
        return rulesPage(Map.of(), Map.of(), null);
    }

    /** Adds a rule, or changes the squad of the same rule; new cases follow it at once. */
    @POST
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> putRule(@RestForm String district, @RestForm String gridCell, @RestForm String category,
                                         @RestForm String squad) {
        ObjectNode rule = json.object().put("district", Json.text(district)).put("gridCell", Json.text(gridCell))
                .put("category", Json.text(category)).put("squad", Json.text(squad));
        Map<String, Object> typed = new java.util.HashMap<>();
        typed.put("district", district);
        typed.put("gridCell", gridCell);
        typed.put("category", category);
        typed.put("squad", squad);
        return Json.answer(dispatch.putRoutingRule(rule)).chain(r -> r.getStatus() == 200
                ? rulesPage(Map.of(), Map.of(), json.map(r.getEntity()))
                : rulesPage(typed, json.errors(r.getEntity()), null));
    }

    @POST
    @Path("/rules/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> deleteRule(@PathParam("id") long id) {
        return Json.answer(dispatch.deleteRoutingRule(id)).chain(r -> rulesPage(Map.of(), r.getStatus() < 300 ? Map.of()
                : json.errors(r.getEntity()), null));
    }

    private Uni<TemplateInstance> rulesPage(Map<String, Object> typed, Map<String, String> errors, Map<String, Object> saved) {
        return Uni.combine().all().unis(catalogue.get(), Json.answer(dispatch.routingRules())).with((cat, r) -> rulesTemplate
                .data("rules", r.getStatus() == 200 ? json.list(r.getEntity()) : List.of()).data("failed", r.getStatus() != 200)
                .data("squads", r.getStatus() == 200 ? org.hotline.console.common.Squads.of(r.getEntity()) : List.of())
                .data("catalogue", cat).data("form", typed).data("errors", errors).data("saved", saved));
    }

    private Uni<List<String>> squads() {
        return squads.known();
    }
}
