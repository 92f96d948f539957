package org.hotline.dispatch.dispatches.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import org.hotline.dispatch.dispatches.Dispatch;
import org.hotline.dispatch.dispatches.DispatchStatus;
import org.hotline.dispatch.dispatches.mapping.DispatchMapper;
import org.hotline.dispatch.dispatches.service.DispatchService;
import org.hotline.platform.problem.Problem;
import org.hotline.platform.security.SquadScope;

import java.time.Clock;
import java.util.List;

@Path("/dispatches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatches", description = "Work sent to squads: acknowledge (签收), on site (到场), resolve (处置)")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "403", description = "Wrong role, or another squad's dispatch",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DispatchResource {
    private final DispatchService dispatches;
    private final DispatchMapper mapper;
    private final SecurityIdentity identity;
    private final SquadScope scope;
    private final Clock clock;

    public DispatchResource(DispatchService dispatches, DispatchMapper mapper, SecurityIdentity identity,
                            SquadScope scope, Clock clock) {
        this.dispatches = dispatches;
        this.mapper = mapper;
        this.identity = identity;
        this.scope = scope;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({"supervisor", "dispatcher", "auditor"})
    @Operation(summary = "Open dispatches, most urgent first",
            description = "A supervisor sees their own squad's; dispatchers and auditors see every squad's. Ordered by the "
                    + "next deadline not yet met (on site, then resolution); the first `limit` of them. The filters narrow "
                    + "what the reader may see (a supervisor asking for another squad gets nothing).")
    public Uni<List<DispatchView>> open(
            @Parameter(description = "Only this case's open dispatch (a case number quoted on the phone)", example = "M-261129-0007")
            @QueryParam("caseNumber") String caseNumber,
            @Parameter(description = "Only those dispatched at or after this instant (new work since a screen was opened)",
                    example = "2026-11-29T01:30:00Z")
            @QueryParam("since") String since,
            @Parameter(description = "Only this squad's", example = "EAST-1") @QueryParam("squad") String squad,
            @Parameter(description = "Only this district's", example = "EAST") @QueryParam("district") String district,
            @Parameter(description = "Only at this stage", example = "ACKNOWLEDGED") @QueryParam("status") String status,
            @Parameter(description = "true: only those with a deadline passed and not met (超时)", example = "true")
            @QueryParam("overdue") boolean overdue,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        String mine = scope.reading();
        if (mine != null && squad != null && !mine.equals(squad)) {
            return Uni.createFrom().item(List.of());
        }
        var criteria = new DispatchService.OpenCriteria(mine != null ? mine : text("squad", squad), text("caseNumber", caseNumber),
                instant("since", since), text("district", district), status(status), overdue ? clock.instant() : null, limit);
        return dispatches.open(criteria).map(list -> list.stream().map(this::view).toList());
    }

    private static DispatchStatus status(String value) {
        if (text("status", value) == null) {
            return null;
        }
        try {
            return DispatchStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw org.hotline.platform.problem.ProblemException.invalid("status",
                    "is not one of " + java.util.Arrays.toString(DispatchStatus.values()));
        }
    }

    /** A filter as typed, stripped; null when empty; a control character (NUL and the like) is a 400 naming it. */
    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw org.hotline.platform.problem.ProblemException.invalid(field, "contains a control character");
        }
        return value.strip();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"supervisor", "dispatcher", "auditor"})
    @Operation(summary = "One dispatch")
    public Uni<DispatchView> get(@PathParam("id") long id) {
        return dispatches.find(id, scope.reading()).map(this::view);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed("supervisor")
    @Operation(summary = "Acknowledge a dispatch (签收)")
    @APIResponse(responseCode = "409", description = "Already acknowledged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DispatchView> acknowledge(@PathParam("id") long id) {
        return dispatches.acknowledge(id, scope.acting(), user()).map(this::view);
    }

    @POST
    @Path("/{id}/arrival")
    @RolesAllowed("supervisor")
    @Operation(summary = "Record arrival on site (到场)")
    public Uni<DispatchView> arrive(@PathParam("id") long id) {
        return dispatches.arrive(id, scope.acting(), user()).map(this::view);
    }

    @POST
    @Path("/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("supervisor")
    @Operation(summary = "Resolve with an outcome (处置)", description = "Only after arrival on site.")
    @APIResponse(responseCode = "409", description = "Not on site yet, or already resolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DispatchView> resolve(@PathParam("id") long id, @Valid @NotNull Resolution resolution) {
        return dispatches.resolve(id, scope.acting(), resolution.outcome(), resolution.publicSummary(),
                resolution.internalNotes(), user()).map(this::view);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("supervisor")
    @Operation(summary = "Return a dispatch to the dispatcher (退单), with a reason", description = "Before arrival on site.")
    @APIResponse(responseCode = "409", description = "Already on site or resolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DispatchView> giveBack(@PathParam("id") long id, @Valid @NotNull Reason reason) {
        return dispatches.giveBack(id, scope.acting(), reason.reason(), user()).map(this::view);
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("supervisor")
    @Operation(summary = "Request an extension (延期) of the resolution deadline, with a reason and a new date")
    @APIResponse(responseCode = "409", description = "Already resolved, or a request is already waiting",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DispatchView> requestExtension(@PathParam("id") long id, @Valid @NotNull ExtensionRequest request) {
        return dispatches.requestExtension(id, scope.acting(), request.until(), request.reason(), user()).map(this::view);
    }

    @GET
    @Path("/queue")
    @RolesAllowed({"dispatcher", "auditor"})
    @Operation(summary = "The dispatcher's queue: unroutable and returned dispatches, and extension requests, most urgent first")
    public Uni<List<DispatchView>> queue() {
        return dispatches.queue().map(list -> list.stream().map(this::view).toList());
    }

    @POST
    @Path("/{id}/reroute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("dispatcher")
    @Operation(summary = "Send a dispatch to a squad (改派)", description = "From the queue, or away from a squad that has not acknowledged it.")
    @APIResponse(responseCode = "409", description = "A squad is already working on it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DispatchView> reroute(@PathParam("id") long id, @Valid @NotNull Reroute reroute) {
        return dispatches.reroute(id, reroute.squad(), user()).map(this::view);
    }

    @POST
    @Path("/{id}/extension/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("dispatcher")
    @Operation(summary = "Grant or reject an extension request", description = "Granted: the resolution deadline and its alarms move to the requested date.")
    @APIResponse(responseCode = "409", description = "No request waiting, or already resolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DispatchView> decideExtension(@PathParam("id") long id, @Valid @NotNull ExtensionDecision decision) {
        return dispatches.decideExtension(id, decision.grant(), decision.note(), user()).map(this::view);
    }

    private static java.time.Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw org.hotline.platform.problem.ProblemException.invalid(field, "is not an ISO-8601 instant (2026-11-29T01:30:00Z)");
        }
    }

    private DispatchView view(Dispatch d) {
        return mapper.toView(d, clock.instant());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
