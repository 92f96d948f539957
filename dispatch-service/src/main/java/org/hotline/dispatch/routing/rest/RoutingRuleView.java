package org.hotline.dispatch.routing.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A line of the routing table. */
@Schema(name = "RoutingRule")
public record RoutingRuleView(
        long id,
        @Schema(example = "EAST") String district,
        @Schema(description = "Only this grid cell; absent: any", example = "E-03") String gridCell,
        @Schema(description = "Only this category; absent: any", example = "ILLEGAL_CONSTRUCTION") String category,
        @Schema(example = "EAST-1") String squad,
        String updatedBy,
        Instant updatedAt) {
}
