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
import org.hotline.console.clients.FollowupApi;
import org.hotline.console.common.Json;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

/**
 * The callbacks to make (回访), most urgent first, overdue marked: the caller's name and a number to tap, the squad's
 * report, and the four answers as buttons. followup-service decides what each answer does.
 */
@Path("/operator/callbacks")
@RolesAllowed("operator")
@Produces(MediaType.TEXT_HTML)
public class CallbackPages {
    private final FollowupApi followup;
    private final Json json;
    private final Template callbacks;
    private final Template card;

    public CallbackPages(@RestClient FollowupApi followup, Json json,
                         @Location("operator/callbacks.html") Template callbacks,
                         @Location("operator/callback.html") Template card) {
        this.followup = followup;
        this.json = json;
        this.callbacks = callbacks;
        this.card = card;
    }

    @GET
    public Uni<TemplateInstance> page() {
        return Json.answer(followup.worklist()).map(r -> callbacks
                .data("callbacks", r.getStatus() == 200 ? json.list(r.getEntity()) : List.of())
                .data("failed", r.getStatus() != 200).data("errors", Map.of()));
    }

    /** One attempt: SATISFIED, BASICALLY_SATISFIED, DISSATISFIED or UNREACHABLE, with an optional note. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> attempt(@PathParam("id") long id, @RestForm String result, @RestForm String notes,
                                         @RestForm String caseNumber) {
        ObjectNode body = json.object().put("result", result);
        if (Json.text(notes) != null) {
            body.put("notes", Json.text(notes));
        }
        return Json.answer(followup.attempt(id, body)).map(r -> r.getStatus() == 200
                ? card.data("c", json.map(r.getEntity())).data("errors", Map.of())
                : card.data("c", Map.of("id", id, "caseNumber", caseNumber == null ? "" : caseNumber, "status", "DUE"))
                        .data("errors", json.errors(r.getEntity())));
    }
}
