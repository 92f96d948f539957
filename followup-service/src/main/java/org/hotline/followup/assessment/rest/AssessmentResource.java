package org.hotline.followup.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.followup.assessment.Assessment;
import org.hotline.followup.assessment.service.AssessmentService;

@Path("/assessment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment", description = "The monthly assessment figures (月度考核) for auditors")
@SecurityRequirement(name = "SecurityScheme")
public class AssessmentResource {
    private final AssessmentService assessment;

    public AssessmentResource(AssessmentService assessment) {
        this.assessment = assessment;
    }

    @GET
    @RolesAllowed({"auditor", "dispatcher"})
    @Operation(summary = "Response, on-time resolution (with and without extensions), satisfaction, on-time callback and reopen rates",
            description = "Each figure as count ÷ of, with its definition in `definitions`: response = rounds on site by the "
                    + "on-site deadline ÷ rounds due; on-time resolution = resolved by the (extended) deadline ÷ due; satisfaction = "
                    + "(satisfied + basically satisfied) ÷ callbacks that reached the caller; on-time callback = first attempt by the "
                    + "due time ÷ callbacks due; reopen = reopened ÷ callbacks that reached the caller.")
    public Uni<Assessment> figures(
            @Parameter(description = "The month in the bureau's zone; default this month", example = "2026-11") @QueryParam("month") String month,
            @Parameter(description = "bureau, district, squad, channel or category", example = "squad")
            @QueryParam("by") @DefaultValue("bureau") String by) {
        return assessment.of(month, by);
    }
}
