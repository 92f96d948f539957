package org.hotline.notification.statistics.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.notification.statistics.Statistics;
import org.hotline.notification.statistics.service.StatisticsService;

/**
 * The bureau's promise measured in public, per month: response (on site in time), on-time resolution and
 * satisfaction, by district, category or channel.
 */
@Path("/statistics")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Public monthly figures of the bureau's promise")
public class StatisticsResource {
    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(summary = "Monthly response, on-time resolution and satisfaction rates", description = "Definitions in the answer.")
    public Uni<Statistics> statistics(
            @Parameter(description = "The month in the bureau's zone; default this month", example = "2026-11") @QueryParam("month") String month,
            @Parameter(description = "bureau, district, category or channel", example = "district")
            @QueryParam("by") @DefaultValue("bureau") String by) {
        return statistics.of(month, by);
    }
}
