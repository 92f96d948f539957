package org.hotline.console.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** dispatch-service, as the logged-in supervisor or dispatcher (which squad's dispatches: the service decides). */
@RegisterRestClient(configKey = "dispatch")
@RegisterClientHeaders(ServiceToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DispatchApi {

    /** The {@code limit} most urgent open dispatches; with {@code since}, only those dispatched at or after it. */
    @GET
    @Path("/dispatches")
    Uni<RestResponse<JsonNode>> open(@QueryParam("since") String since, @QueryParam("limit") int limit);

    /** The board: open dispatches narrowed by squad, district, stage, breach (null: no filter). */
    @GET
    @Path("/dispatches")
    Uni<RestResponse<JsonNode>> board(@QueryParam("squad") String squad, @QueryParam("district") String district,
                                      @QueryParam("status") String status, @QueryParam("overdue") Boolean overdue,
                                      @QueryParam("limit") int limit);

    @GET
    @Path("/dispatches/{id}")
    Uni<RestResponse<JsonNode>> get(@PathParam("id") long id);

    /** {@code step}: acknowledgement, arrival, resolution, return, extension or reroute; {@code body} as the API takes it. */
    @POST
    @Path("/dispatches/{id}/{step}")
    Uni<RestResponse<JsonNode>> step(@PathParam("id") long id, @PathParam("step") String step, JsonNode body);

    /** The dispatcher's queue: unroutable, returned, extension requests. */
    @GET
    @Path("/dispatches/queue")
    Uni<RestResponse<JsonNode>> queue();

    @POST
    @Path("/dispatches/{id}/extension/decision")
    Uni<RestResponse<JsonNode>> decide(@PathParam("id") long id, JsonNode decision);

    @GET
    @Path("/routing-rules")
    Uni<RestResponse<JsonNode>> routingRules();

    /** Adds or replaces the rule for its district (and grid cell) and category. */
    @PUT
    @Path("/routing-rules")
    Uni<RestResponse<JsonNode>> putRoutingRule(JsonNode rule);

    @DELETE
    @Path("/routing-rules/{id}")
    Uni<RestResponse<JsonNode>> deleteRoutingRule(@PathParam("id") long id);
}
