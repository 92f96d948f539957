package org.hotline.dispatch.dispatches.rest;

import org.hotline.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline.platform.validation.MaxChars;

import java.time.Instant;

/** 延期申请: a later resolution deadline, and why. */
@Schema(name = "ExtensionRequest")
public record ExtensionRequest(
        @NotNull @Schema(example = "2026-12-03T18:00:00+08:00") Instant until,
        @PlainText(multiline = true) @NotBlank @MaxChars(500) @Schema(example = "需协调市场监管部门联合执法") String reason) {
}
