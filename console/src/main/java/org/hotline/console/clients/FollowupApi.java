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

/** followup-service, as the logged-in operator: the callbacks (回访) to make. */
@RegisterRestClient(configKey = "followup")
@RegisterClientHeaders(ServiceToken.class)
@Path("/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface FollowupApi {

    @GET
    Uni<RestResponse<JsonNode>> worklist();

    @POST
    @Path("/{id}/attempts")
    Uni<RestResponse<JsonNode>> attempt(@PathParam("id") long id, JsonNode attempt);
}
