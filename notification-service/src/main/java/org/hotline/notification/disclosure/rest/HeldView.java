package org.hotline.notification.disclosure.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A held outcome: why, what it was, and the summary that was held (for the dispatcher or auditor who rewrites it;
 * this view is never public).
 */
@Schema(name = "HeldView")
public record HeldView(String caseNumber, @Schema(example = "contains a phone number") String reason, String outcome,
                       @Schema(example = "已联系王建国（13812345678），摊贩已劝离") String publicSummary, Instant heldAt) {
}
