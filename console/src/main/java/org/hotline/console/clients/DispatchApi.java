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

/** dispatch-service, as the logged-in supervisor (their squad's dispatches only: the service decides). */
@RegisterRestClient(configKey = "dispatch")
@RegisterClientHeaders(ServiceToken.class)
@Path("/dispatches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DispatchApi {

    @GET
    Uni<RestResponse<JsonNode>> open();

    @GET
    @Path("/{id}")
    Uni<RestResponse<JsonNode>> get(@PathParam("id") long id);

    /** {@code step}: acknowledgement, arrival, resolution, return or extension; {@code body} as the API takes it. */
    @POST
    @Path("/{id}/{step}")
    Uni<RestResponse<JsonNode>> step(@PathParam("id") long id, @PathParam("step") String step, JsonNode body);
}
