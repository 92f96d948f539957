package org.hotline.intake.cases.rest;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.intake.cases.mapping.CaseMapper;
import org.hotline.intake.cases.service.CaseService;
import org.hotline.platform.problem.Problem;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Complaints accepted from the three lines")
@SecurityRequirement(name = "SecurityScheme")
public class CaseResource {
    private final CaseService cases;
    private final CaseMapper mapper;
    private final SecurityIdentity identity;

    public CaseResource(CaseService cases, CaseMapper mapper, SecurityIdentity identity) {
        this.cases = cases;
        this.mapper = mapper;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("operator")
    @Operation(summary = "Register a complaint (受理)", description = "Answers 201 with the case number the caller can quote.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field(s), each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> register(@Valid @NotNull RegisterComplaint request, UriInfo uri) {
        return cases.register(request, identity.getPrincipal().getName())
                .map(c -> Response.created(uri.getAbsolutePathBuilder().path(c.caseNumber).build())
                        .entity(mapper.toView(c)).build());
    }

    @GET
    @Path("/{caseNumber}")
    @RolesAllowed({"operator", "auditor"})
    @Operation(summary = "Look up a case by its number")
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CaseView> get(@PathParam("caseNumber") String caseNumber) {
        return cases.find(caseNumber).map(mapper::toView);
    }
}
