package org.hotline.dispatch.dispatches.rest;

import org.hotline.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dispatcher's choice of squad. */
@Schema(name = "Reroute")
public record Reroute(@PlainText @NotBlank @Size(max = 40) @Schema(example = "WEST-1") String squad) {
}
