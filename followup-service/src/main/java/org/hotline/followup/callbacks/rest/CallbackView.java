package org.hotline.followup.callbacks.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A callback on the operators' worklist, with how to reach the caller and what the squad reported. */
@Schema(name = "Callback")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallbackView(
        long id,
        @Schema(example = "M-261129-0007") String caseNumber,
        int round,
        String squad,
        @Schema(description = "Name and phone, on the worklist only (operators)") Caller caller,
        @Schema(example = "PERSUADED") String outcome,
        String publicSummary,
        Instant resolvedAt,
        Instant dueAt,
        @Schema(description = "Not before this (an unreachable caller is tried again after the spacing)") Instant nextAttemptAt,
        @Schema(description = "True once dueAt has passed") boolean overdue,
        @Schema(example = "DUE") String status,
        String result,
        int attempts,
        String notes,
        Instant closedAt,
        String closedBy) {

    public record Caller(@Schema(example = "王先生") String name, @Schema(example = "13812345678") String phone) {
    }
}
