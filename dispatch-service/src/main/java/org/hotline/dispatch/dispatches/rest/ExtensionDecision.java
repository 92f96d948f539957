package org.hotline.dispatch.dispatches.rest;

import org.hotline.platform.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline.platform.validation.MaxChars;

/** A dispatcher's decision on an extension request. */
@Schema(name = "ExtensionDecision")
public record ExtensionDecision(
        @NotNull @Schema(example = "true") Boolean grant,
        @PlainText(multiline = true) @MaxChars(500) @Schema(example = "同意延期至12月3日") String note) {
}
