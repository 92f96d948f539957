package org.hotline.followup.callbacks.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.followup.callbacks.mapping.CallbackMapper;
import org.hotline.followup.callbacks.service.CallbackService;
import org.hotline.platform.problem.Problem;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Path("/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Callbacks", description = "Calling complainants back (回访)")
@SecurityRequirement(name = "SecurityScheme")
public class CallbackResource {
    private final CallbackService callbacks;
    private final CallbackMapper mapper;
    private final SecurityIdentity identity;
    private final Clock clock;

    public CallbackResource(CallbackService callbacks, CallbackMapper mapper, SecurityIdentity identity, Clock clock) {
        this.callbacks = callbacks;
        this.mapper = mapper;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({"operator", "auditor"})
    @Operation(summary = "The callback worklist: callbacks to make now (due and overdue), most urgent first",
            description = "Operators, who make the calls, get each caller's name and phone; auditors the same list without them.")
    public Uni<List<CallbackView>> worklist() {
        Instant now = clock.instant();
        boolean calls = identity.hasRole("operator");
        return callbacks.worklist().map(list -> list.stream()
                .map(c -> mapper.toView(c.callback(), calls ? c.contact() : null, now)).toList());
    }

    @GET
    @Path("/escalated")
    @RolesAllowed({"dispatcher", "auditor"})
    @Operation(summary = "Cases dissatisfied beyond the reopening limit, for a dispatcher or auditor to decide")
    public Uni<List<CallbackView>> escalated() {
        Instant now = clock.instant();
        return callbacks.escalated().map(list -> list.stream().map(c -> mapper.toView(c, null, now)).toList());
    }

    @POST
    @Path("/{id}/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("operator")
    @Operation(summary = "Record a callback attempt",
            description = "SATISFIED or BASICALLY_SATISFIED closes the case; DISSATISFIED reopens it; UNREACHABLE is retried.")
    @APIResponse(responseCode = "409", description = "The callback is already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CallbackView> attempt(@PathParam("id") long id, @Valid @NotNull CallbackAttempt attempt) {
        return callbacks.record(id, attempt.result(), attempt.notes(), identity.getPrincipal().getName())
                .map(c -> mapper.toView(c, null, clock.instant()));
    }
}
