package org.hotline.console.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** intake-service, as the logged-in operator. */
@RegisterRestClient(configKey = "intake")
@RegisterClientHeaders(ServiceToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IntakeApi {

    @POST
    @Path("/cases")
    Uni<RestResponse<JsonNode>> register(@HeaderParam("Idempotency-Key") String idempotencyKey, JsonNode complaint);

    @GET
    @Path("/cases/{caseNumber}")
    Uni<RestResponse<JsonNode>> get(@PathParam("caseNumber") String caseNumber);

    /** The caller's recent cases: the phone in the body, never in a URL. */
    @POST
    @Path("/cases/caller-history")
    Uni<RestResponse<JsonNode>> callerHistory(JsonNode lookup);

    /** Corrects category, location or description until a squad has the case. */
    @PATCH
    @Path("/cases/{caseNumber}")
    Uni<RestResponse<JsonNode>> correct(@PathParam("caseNumber") String caseNumber, JsonNode correction);

    /** Search, newest first; {@code cursor} is the previous page's {@code next}. */
    @GET
    @Path("/cases")
    Uni<RestResponse<JsonNode>> search(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                       @QueryParam("category") String category, @QueryParam("district") String district,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);

    /** Channels, categories, districts and priorities. */
    @GET
    @Path("/catalogue")
    Uni<RestResponse<JsonNode>> catalogue();
}
