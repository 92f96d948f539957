package org.hotline.dispatch.routing.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sets the squad for a district (and optionally a grid cell and a category). */
@Schema(name = "RoutingRuleRequest")
public record RoutingRuleRequest(
        @NotBlank @Size(max = 20) @Schema(example = "EAST") String district,
        @Size(max = 40) @Schema(example = "E-03") String gridCell,
        @Size(max = 40) @Schema(example = "ILLEGAL_CONSTRUCTION") String category,
        @NotBlank @Size(max = 40) @Schema(example = "EAST-1") String squad) {
}
