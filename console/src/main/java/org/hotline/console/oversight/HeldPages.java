package org.hotline.console.oversight;

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
import org.hotline.console.clients.NotificationApi;
import org.hotline.console.common.Json;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.Map;

/**
 * Outcomes held back from the public feed because their summary gave away personal data: the held text beside an
 * edit box; the edited text is published (notification-service checks it again).
 */
@Path("/held")
@RolesAllowed({"dispatcher", "auditor"})
@Produces(MediaType.TEXT_HTML)
public class HeldPages {
    private final NotificationApi notification;
    private final Json json;
    private final org.hotline.console.common.Msg msg;
    private final Template held;
    private final Template card;

    public HeldPages(@RestClient NotificationApi notification, Json json, org.hotline.console.common.Msg msg,
                     @Location("oversight/held.html") Template held, @Location("oversight/heldCard.html") Template card) {
        this.notification = notification;
        this.json = json;
        this.msg = msg;
        this.held = held;
        this.card = card;
    }

    @GET
    public Uni<TemplateInstance> page() {
        return Json.answer(notification.held()).map(r -> held
                .data("entries", r.getStatus() == 200 ? inWords(json.list(r.getEntity())) : List.of()).data("failed", r.getStatus() != 200));
    }

    /** notification's reasons (its guard speaks English) in the bureau's words; anything else as it came. */
    private String inWords(String reason) {
        if (reason == null) {
            return null;
        }
        if (reason.contains("phone number")) {
            return msg.heldPhone();
        }
        if (reason.contains("ID-card")) {
            return msg.heldIdCard();
        }
        if (reason.contains("caller's name")) {
            return msg.heldName();
        }
        return reason;
    }

    private List<Map<String, Object>> inWords(List<Map<String, Object>> entries) {
        entries.forEach(e -> e.put("reason", inWords((String) e.get("reason"))));
        return entries;
    }

    /** 发布: the edited summary; the card comes back published, or with the service's message and the text as typed. */
    @POST
    @Path("/{caseNumber}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> publish(@PathParam("caseNumber") String caseNumber, @RestForm String publicSummary) {
        var body = json.object().put("publicSummary", Json.text(publicSummary));
        return Json.answer(notification.release(caseNumber, body)).chain(r -> {
            if (r.getStatus() == 200) {
                return Uni.createFrom().item(card.data("e", Map.of("caseNumber", caseNumber)).data("published", json.map(r.getEntity()))
                        .data("errors", Map.of()).data("typed", publicSummary));
            }
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            json.errors(r.getEntity()).forEach((field, message) -> errors.put(field, inWords(message)));
            return Json.answer(notification.held()).map(now -> card
                    .data("e", inWords(json.list(now.getEntity())).stream().filter(e -> caseNumber.equals(e.get("caseNumber"))).findFirst()
                            .orElse(Map.of("caseNumber", caseNumber)))
                    .data("published", null).data("errors", errors).data("typed", publicSummary));
        });
    }
}
