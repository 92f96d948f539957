package org.hotline.dispatch.dispatches.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A dispatch as supervisors, dispatchers and auditors see it, with the time left before the next deadline. */
@Schema(name = "Dispatch")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DispatchView(
        long id,
        @Schema(example = "M-261129-0007") String caseNumber,
        @Schema(description = "1 for the first dispatch; a reopened case gets the next round", example = "1") int round,
        @Schema(description = "The round before, for a reopened case") Long previousDispatchId,
        @Schema(example = "EAST-1") String squad,
        @Schema(example = "DISPATCHED") String status,
        String channel,
        String category,
        String priority,
        String district,
        String street,
        String gridCell,
        Instant receivedAt,
        Instant dispatchedAt,
        Instant onSiteDue,
        Instant resolveDue,
        @Schema(description = "Seconds left before the next deadline of this dispatch (negative: overdue)") Long secondsLeft,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant onSiteAt,
        String onSiteBy,
        Instant resolvedAt,
        String resolvedBy,
        String outcome,
        String publicSummary,
        String internalNotes,
        String reroutedBy,
        Instant reroutedAt,
        Instant returnedAt,
        String returnedBy,
        String returnReason,
        @Schema(example = "REQUESTED") String extensionStatus,
        Instant extensionUntil,
        String extensionReason,
        String extensionRequestedBy,
        String extensionDecidedBy) {
}
