package org.hotline.dispatch.dispatches.rest;

import org.hotline.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline.platform.validation.MaxChars;

/** Why a dispatch is returned (退单), or a dispatcher's note on a decision. */
@Schema(name = "Reason")
public record Reason(@PlainText(multiline = true) @NotBlank @MaxChars(500) @Schema(example = "该地址不属本队辖区") String reason) {
}
