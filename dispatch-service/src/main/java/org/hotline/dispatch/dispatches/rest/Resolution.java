package org.hotline.dispatch.dispatches.rest;

import org.hotline.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline.dispatch.dispatches.Outcome;

/** The supervisor's report of how the case was dealt with. The summary is published; the notes are not. */
public record Resolution(
        @NotNull @Schema(example = "PERSUADED") Outcome outcome,
        @PlainText(multiline = true) @NotBlank @Size(max = 500) @Schema(example = "执法队员到场劝离流动摊贩，现场已恢复整洁") String publicSummary,
        @PlainText(multiline = true) @Size(max = 2000) @Schema(example = "摊主为老年人，已联系社区跟进") String internalNotes) {
}
