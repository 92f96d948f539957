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
 * The bureau's promise measured in public, per month: response (on site in time), on-time resolution (with and
 * without extensions), satisfaction and reopen rates, by district, category or channel.
 */
@Path("/statistics")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Public monthly figures of the bureau's promise")
public class StatisticsResource {
    private final StatisticsService statistics;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public StatisticsResource(StatisticsService statistics, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.statistics = statistics;
        this.json = json;
    }

    @GET
    @Operation(summary = "Monthly response, on-time resolution (with and without extensions), satisfaction and reopen rates",
            description = "Definitions in the answer; the same numbers are recomputed from /open-data.csv and "
                    + "/open-data-answers.csv with them. Weak ETag: If-None-Match answers 304.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The figures",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Statistics.class)))
    public Uni<jakarta.ws.rs.core.Response> statistics(
            @Parameter(description = "The month in the bureau's zone; default this month", example = "2026-11") @QueryParam("month") String month,
            @Parameter(description = "bureau, district, category or channel", example = "district")
            @QueryParam("by") @DefaultValue("bureau") String by,
            jakarta.ws.rs.core.HttpHeaders headers) {
        return statistics.of(month, by).map(figures -> org.hotline.notification.disclosure.rest.Conditional.json(headers, json, figures,
                MediaType.APPLICATION_JSON + "; charset=utf-8", 60));
    }
}
