package org.hotline.console.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hotline.console.clients.IntakeApi;
import org.hotline.console.common.Json;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The operator's desk (坐席工作台): a new call, keyboard first, with the caller's history as the phone is typed,
 * and the case number to read out. Every call goes to intake-service with the operator's own token.
 */
@Path("/operator")
@RolesAllowed("operator")
@Produces(MediaType.TEXT_HTML)
public class OperatorPages {
    private final IntakeApi intake;
    private final org.hotline.console.common.Catalogue catalogue;
    private final Json json;
    private final Template newCall;
    private final Template callForm;
    private final Template answer;
    private final Template history;
    private final Template promise;

    public OperatorPages(@RestClient IntakeApi intake, org.hotline.console.common.Catalogue catalogue, Json json,
                         @Location("operator/newCall.html") Template newCall,
                         @Location("operator/callForm.html") Template callForm,
                         @Location("operator/answer.html") Template answer,
                         @Location("operator/history.html") Template history,
                         @Location("operator/promise.html") Template promise) {
        this.intake = intake;
        this.catalogue = catalogue;
        this.json = json;
        this.newCall = newCall;
        this.callForm = callForm;
        this.answer = answer;
        this.history = history;
        this.promise = promise;
    }

    /** A fresh form: one Idempotency-Key per form, so a double submit makes one case; the channel as last time. */
    @GET
    public Uni<TemplateInstance> page(@CookieParam("channel") String channel) {
        return catalogue().map(catalogue -> newCall.data("form", form(Map.of("channel", channel == null ? "HOTLINE" : channel)))
                .data("catalogue", catalogue).data("errors", Map.of()));
    }

    /** The caller's recent cases, for at least 7 digits (the phone in the body, never in a URL or a log). */
    @POST
    @Path("/history")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> history(@RestForm String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (digits.length() < 7) {
            return Uni.createFrom().item(history.data("cases", null).data("hint", true));
        }
        ObjectNode lookup = json.object().put("phone", phone);
        return catalogue().chain(catalogue -> Json.answer(intake.callerHistory(lookup)).map(r -> history.data("hint", false)
                .data("catalogue", catalogue)
                .data("cases", r.getStatus() == 200 ? json.list(r.getEntity().path("items")) : java.util.List.of())));
    }

    /** Registers the complaint; a bad field comes back marked with the service's message, the form as typed. */
    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<TemplateInstance> register(@RestForm String key, @RestForm String phone, @RestForm String anonymous,
                                          @RestForm String name, @RestForm String channel, @RestForm String category,
                                          @RestForm String priority, @RestForm String district, @RestForm String street,
                                          @RestForm String address, @RestForm String description, @RestForm String callback) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("key", key);
        typed.put("phone", phone);
        typed.put("anonymous", anonymous != null);
        typed.put("name", name);
        typed.put("channel", channel);
        typed.put("category", category);
        typed.put("priority", priority);
        typed.put("district", district);
        typed.put("street", street);
        typed.put("address", address);
        typed.put("description", description);
        typed.put("callback", callback != null);
        ObjectNode complaint = json.object();
        complaint.put("channel", Json.text(channel));
        if (anonymous == null) {
            complaint.putObject("caller").put("name", Json.text(name)).put("phone", Json.text(phone));
            complaint.put("callbackRequested", callback != null);
        }
        complaint.put("category", Json.text(category));
        complaint.put("priority", Json.text(priority));
        complaint.putObject("location").put("district", Json.text(district)).put("street", Json.text(street))
                .put("address", Json.text(address));
        complaint.put("description", Json.text(description));
        return Json.answer(intake.register(key, complaint)).chain(r -> {
            if (r.getStatus() == 201) {
                return Uni.createFrom().item(answer.data("c", json.map(r.getEntity())));
            }
            Map<String, String> errors = json.errors(r.getEntity());
            return catalogue().map(catalogue -> callForm.data("form", typed).data("catalogue", catalogue).data("errors", errors));
        });
    }

    /** The promise in words, once dispatch has set it (the page asks again every second until then). */
    @GET
    @Path("/cases/{caseNumber}/promise")
    public Uni<TemplateInstance> promise(@PathParam("caseNumber") String caseNumber) {
        return Json.answer(intake.get(caseNumber)).map(r -> promise.data("c", r.getStatus() == 200 ? json.map(r.getEntity()) : Map.of()));
    }

    private Uni<Map<String, Object>> catalogue() {
        return catalogue.get();
    }

    private static Map<String, Object> form(Map<String, Object> values) {
        Map<String, Object> form = new LinkedHashMap<>(values);
        form.put("key", UUID.randomUUID().toString());
        form.putIfAbsent("priority", "NORMAL");
        form.put("callback", true);
        return form;
    }
}
