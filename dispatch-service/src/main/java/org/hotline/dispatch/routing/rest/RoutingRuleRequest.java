package org.hotline.dispatch.routing.rest;

import org.hotline.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sets the squad for a district (and optionally a grid cell and a category). */
@Schema(name = "RoutingRuleRequest")
public record RoutingRuleRequest(
        @PlainText @NotBlank @Size(max = 20) @Schema(example = "EAST") String district,
        @PlainText @Size(max = 40) @Schema(example = "E-03") String gridCell,
        @PlainText @Size(max = 40) @Schema(example = "ILLEGAL_CONSTRUCTION") String category,
        @PlainText @NotBlank @Size(max = 40) @Schema(example = "EAST-1") String squad) {
}
