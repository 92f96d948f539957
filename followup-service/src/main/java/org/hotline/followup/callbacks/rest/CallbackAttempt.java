package org.hotline.followup.callbacks.rest;

import org.hotline.platform.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline.followup.callbacks.CallbackResult;

/** One call to the complainant and what they said. */
public record CallbackAttempt(
        @NotNull @Schema(example = "SATISFIED") CallbackResult result,
        @PlainText(multiline = true) @Size(max = 1000) @Schema(example = "群众表示摊点已清理，满意") String notes) {
}
