package org.hotline.intake.cases.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.intake.cases.CaseCriteria;
import org.hotline.intake.cases.mapping.CaseMapper;
import org.hotline.intake.cases.service.CaseSearch;
import org.hotline.intake.cases.service.CaseService;
import org.hotline.platform.problem.Problem;


@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Complaints accepted from the three lines (受理), their corrections and timelines")
@SecurityRequirement(name = "SecurityScheme")
@APIResponse(responseCode = "400", description = "Invalid field(s), each named in errors[].field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No or invalid bearer token")
@APIResponse(responseCode = "403", description = "Not an operator (or auditor, for reading)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CaseResource {
    private final CaseService cases;
    private final CaseSearch search;
    private final CaseMapper mapper;
    private final SecurityIdentity identity;

    public CaseResource(CaseService cases, CaseSearch search, CaseMapper mapper, SecurityIdentity identity) {
        this.cases = cases;
        this.search = search;
        this.mapper = mapper;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("operator")
    @Operation(summary = "Register a complaint (受理)",
            description = "Answers 201 with the case number the caller can quote. Send an Idempotency-Key (a UUID per "
                    + "complaint) so that a retry after a network blip or a double click returns the same case "
                    + "(Idempotency-Replayed: true) instead of a second one. A likely duplicate is linked in likelyDuplicateOf.")
    @APIResponse(responseCode = "201", description = "Registered (or the case an earlier try with this key registered)",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "413", description = "Body over 64 KiB")
    @APIResponse(responseCode = "415", description = "Not application/json")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different complaint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> register(
            @Parameter(description = "Client-chosen unique key of this complaint, e.g. a UUID", example = "6f1c9a52-3d5e-4c1b-9a37-2b8f0e4d7c11")
            @HeaderParam("Idempotency-Key") @Size(min = 8, max = 100) String idempotencyKey,
            @Valid @NotNull RegisterComplaint request, UriInfo uri) {
        return cases.register(mapper.toComplaint(request), identity.getPrincipal().getName(), idempotencyKey)
                .map(r -> Response.created(uri.getAbsolutePathBuilder().path(r.registered().caseNumber).build())
                        .header("Idempotency-Replayed", r.replayed() ? "true" : null)
                        .entity(mapper.toView(r.registered())).build());
    }

    @GET
    @Path("/{caseNumber}")
    @RolesAllowed({"operator", "auditor"})
    @Operation(summary = "Look up a case by its number, with its timeline and corrections",
            description = "For a caller who rings back: every step so far across the services (dispatched, acknowledged, "
                    + "on site, resolved, reopened, closed) with times.")
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CaseView> get(@Parameter(example = "M-261129-0007") @PathParam("caseNumber") String caseNumber) {
        return cases.find(caseNumber).map(mapper::toView);
    }

    @GET
    @RolesAllowed({"operator", "auditor"})
    @Operation(summary = "Search cases, newest first",
            description = "All criteria optional and combined. With phone: the caller's cases of the last 90 days "
                    + "(unless from is given), each with its timeline. Pass the page's next as cursor for the next page.")
    public Uni<CasePage> search(
            @Parameter(example = "DISPATCHED") @QueryParam("status") String status,
            @Parameter(example = "MAYOR_LINE") @QueryParam("channel") String channel,
            @Parameter(example = "STREET_VENDOR") @QueryParam("category") String category,
            @Parameter(example = "EAST") @QueryParam("district") String district,
            @Parameter(description = "Received at or after: an ISO-8601 time, or a date (midnight in Asia/Shanghai)", example = "2026-11-01")
            @QueryParam("from") String from,
            @Parameter(description = "Received before: an ISO-8601 time, or a date (midnight in Asia/Shanghai)", example = "2026-12-01T00:00:00+08:00")
            @QueryParam("to") String to,
            @Parameter(description = "The caller's phone, however written", example = "138 1234 5678")
            @QueryParam("phone") String phone,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return search.search(new CaseCriteria(status, channel, category, district, from, to, phone, cursor, limit))
                .map(mapper::toPage);
    }

    @POST
    @Path("/caller-history")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "auditor"})
    @Operation(summary = "A caller's recent cases as the phone is typed (来电弹屏)",
            description = "The caller's cases of the last 90 days, newest first, each with its timeline. The phone travels in "
                    + "the body, never in a URL: the same search as GET /cases?phone= for screens that must not log it.")
    public Uni<CasePage> callerHistory(@Valid @NotNull CallerLookup lookup,
                                       @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        return search.search(new CaseCriteria(null, null, null, null, null, null, lookup.phone(), null, limit))
                .map(mapper::toPage);
    }

    @PATCH
    @Path("/{caseNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("operator")
    @Operation(summary = "Correct a mistake (category, location, description) until a squad has the case",
            description = "Each changed field is kept in the case's history with who and when; publishes case.corrected.")
    @APIResponse(responseCode = "409", description = "A squad already has the case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CaseView> correct(@PathParam("caseNumber") String caseNumber, @Valid @NotNull CaseCorrection correction) {
        return cases.correct(caseNumber, mapper.toCorrection(correction), identity.getPrincipal().getName())
                .map(mapper::toView);
    }
}
