package org.hotline.followup.callbacks.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A callback on the operators' worklist, with what the squad reported. */
@Schema(name = "Callback")
public record CallbackView(
        long id,
        @Schema(example = "M-261129-0007") String caseNumber,
        int round,
        String squad,
        @Schema(example = "PERSUADED") String outcome,
        String publicSummary,
        Instant resolvedAt,
        Instant dueAt,
        @Schema(description = "True once dueAt has passed") boolean overdue,
        @Schema(example = "DUE") String status,
        String result,
        int attempts,
        String notes,
        Instant closedAt,
        String closedBy) {
}
