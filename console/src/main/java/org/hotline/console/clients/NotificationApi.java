package org.hotline.console.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** notification-service, as the logged-in user: a supervisor's live notices; outcomes held back for personal data. */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(ServiceToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotificationApi {

    /** The squad's live notices (SSE): new work, deadline warnings, breaches and escalations; first a {@code ready} event. */
    @GET
    @Path("/notifications/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    io.smallrye.mutiny.Multi<org.jboss.resteasy.reactive.client.SseEvent<String>> notices(
            @jakarta.ws.rs.HeaderParam("Last-Event-ID") String lastEventId);

    @GET
    @Path("/disclosure/held")
    Uni<RestResponse<JsonNode>> held();

    /** Publishes a held outcome with an edited summary (checked again by the service). */
    @POST
    @Path("/disclosure/held/{caseNumber}")
    Uni<RestResponse<JsonNode>> release(@PathParam("caseNumber") String caseNumber, JsonNode summary);
}
