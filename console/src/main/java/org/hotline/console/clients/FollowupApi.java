package org.hotline.console.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** followup-service, as the logged-in user: callbacks (回访) to make, escalated ones, the monthly assessment. */
@RegisterRestClient(configKey = "followup")
@RegisterClientHeaders(ServiceToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface FollowupApi {

    @GET
    @Path("/callbacks")
    Uni<RestResponse<JsonNode>> worklist();

    @POST
    @Path("/callbacks/{id}/attempts")
    Uni<RestResponse<JsonNode>> attempt(@PathParam("id") long id, JsonNode attempt);

    /** Dissatisfied beyond the reopening limit (督办). */
    @GET
    @Path("/callbacks/escalated")
    Uni<RestResponse<JsonNode>> escalated();

    /** The month's figures (月度考核) by bureau, district, squad, channel or category. */
    @GET
    @Path("/assessment")
    Uni<RestResponse<JsonNode>> assessment(@QueryParam("month") String month, @QueryParam("by") String by);
}
