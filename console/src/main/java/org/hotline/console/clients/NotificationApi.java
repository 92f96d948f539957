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

/** notification-service, as the logged-in dispatcher or auditor: public outcomes held back for personal data. */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(ServiceToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotificationApi {

    @GET
    @Path("/disclosure/held")
    Uni<RestResponse<JsonNode>> held();

    /** Publishes a held outcome with an edited summary (checked again by the service). */
    @POST
    @Path("/disclosure/held/{caseNumber}")
    Uni<RestResponse<JsonNode>> release(@PathParam("caseNumber") String caseNumber, JsonNode summary);
}
