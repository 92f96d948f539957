package org.hotline.console.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline.console.clients.DispatchApi;
import org.hotline.console.common.Json;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A field supervisor's dispatches on a phone: most urgent first, two clocks each (on site, resolution), one tap per
 * step; new dispatches appear without a reload. dispatch-service decides which squad's dispatches the user sees.
 */
@Path("/supervisor")
@RolesAllowed("supervisor")
@Produces(MediaType.TEXT_HTML)
public class SupervisorPages {
    /** The most urgent this many on the page: a phone in the street, not a list to scroll (the rest after these). */
    static final int SHOWN = 30;
    private static final Set<String> STEPS = Set.of("acknowledgement", "arrival", "resolution", "return", "extension");
    /** How a squad may have dealt with a complaint (dispatch's Outcome). */
    private static final List<String> OUTCOMES = List.of("RECTIFIED_ON_SPOT", "PERSUADED", "WARNED", "PENALISED",
            "DEMOLITION_ORDERED", "NOT_SUBSTANTIATED", "REFERRED");

    private final DispatchApi dispatch;
    private final org.hotline.console.common.Catalogue catalogue;
    private final Json json;
    private final Template dispatches;
    private final Template cards;
    private final Template card;
    private final ZoneId zone;

    public SupervisorPages(@RestClient DispatchApi dispatch, org.hotline.console.common.Catalogue catalogue, Json json,
                           @Location("supervisor/dispatches.html") Template dispatches,
                           @Location("supervisor/cards.html") Template cards,
                           @Location("supervisor/card.html") Template card,
                           @org.eclipse.microprofile.config.inject.ConfigProperty(name = "console.zone") ZoneId zone) {
        this.dispatch = dispatch;
        this.catalogue = catalogue;
        this.json = json;
        this.dispatches = dispatches;
        this.cards = cards;
        this.card = card;
        this.zone = zone;
    }

    @GET
    public Uni<TemplateInstance> page() {
        String since = java.time.Instant.now().minusSeconds(10).toString(); // new work from now on, whatever its urgency
        return categories().chain(categories -> Json.answer(dispatch.open(null, SHOWN)).map(r -> dispatches.data("categories", categories).data("limit", SHOWN)
                .data("since", since).data("dispatches", r.getStatus() == 200 ? json.list(r.getEntity()) : List.of())
                .data("failed", r.getStatus() != 200).data("errors", Map.of()).data("open", "").data("outcomes", OUTCOMES)));
    }

    /**
     * Dispatches sent since the page opened and not yet on it ({@code shown}: the ids it has): new work appears
     * without a reload, however many more urgent ones the squad has.
     */
    @GET
    @Path("/new")
    public Uni<TemplateInstance> newWork(@QueryParam("since") String since, @QueryParam("shown") List<Long> shown) {
        return categories().chain(categories -> Json.answer(dispatch.open(since, SHOWN)).map(r -> cards.data("categories", categories).data("dispatches", r.getStatus() != 200 ? List.of() : json.list(r.getEntity()).stream()
                .filter(d -> !shown.contains(((Number) d.get("id")).longValue())).toList())
                .data("errors", Map.of()).data("open", "").data("outcomes", OUTCOMES)));
    }

    /** One step (签收, 到场, 处置, 退单, 延期); the card comes back as it now stands, or with the service's message. */
    @POST
    @Path("/dispatches/{id}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> step(@PathParam("id") long id, @PathParam("step") String step,
                                      @RestForm String outcome, @RestForm String publicSummary, @RestForm String internalNotes,
                                      @RestForm String reason, @RestForm String until) {
        if (!STEPS.contains(step)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        ObjectNode body = json.object();
        switch (step) {
            case "resolution" -> body.put("outcome", Json.text(outcome)).put("publicSummary", Json.text(publicSummary))
                    .put("internalNotes", Json.text(internalNotes));
            case "return" -> body.put("reason", Json.text(reason));
            case "extension" -> body.put("reason", Json.text(reason)).put("until", until(until));
            default -> { }
        }
        return categories().chain(categories -> Json.answer(dispatch.step(id, step, body)).chain(r -> {
            if (r.getStatus() == 200) {
                return Uni.createFrom().item(card.data("d", json.map(r.getEntity())).data("errors", Map.of()).data("open", "")
                        .data("outcomes", OUTCOMES).data("categories", categories));
            }
            Map<String, String> errors = json.errors(r.getEntity());
            return Json.answer(dispatch.get(id)).map(current -> card.data("d", json.map(current.getEntity())).data("errors", errors)
                    .data("open", step).data("outcomes", OUTCOMES).data("categories", categories));
        }));
    }

    private Uni<Object> categories() {
        return catalogue.categories();
    }

    /** A datetime-local field ({@code 2026-12-03T18:00}) in the bureau's zone, as the instant the API takes. */
    private String until(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local).atZone(zone).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            return local; // the service names the field
        }
    }
}
