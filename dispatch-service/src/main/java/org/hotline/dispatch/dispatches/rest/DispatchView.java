package org.hotline.dispatch.dispatches.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A dispatch as supervisors, dispatchers and auditors see it, with the time left before each deadline. */
@Schema(name = "Dispatch")
public record DispatchView(
        long id,
        @Schema(example = "M-261129-0007") String caseNumber,
        int round,
        @Schema(example = "EAST-1") String squad,
        @Schema(example = "DISPATCHED") String status,
        String channel,
        String category,
        String priority,
        String district,
        String street,
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
        String internalNotes) {
}
