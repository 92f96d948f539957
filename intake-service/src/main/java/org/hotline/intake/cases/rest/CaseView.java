package org.hotline.intake.cases.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A case as operators and auditors see it (they may see the caller). Times as instants, and in the bureau's zone. */
@Schema(name = "Case")
public record CaseView(
        @Schema(example = "M-261129-0007") String caseNumber,
        String channel,
        Instant receivedAt,
        @Schema(description = "receivedAt in Asia/Shanghai") OffsetDateTime receivedAtLocal,
        boolean anonymous,
        RegisterComplaint.Caller caller,
        boolean callbackRequested,
        String category,
        String priority,
        RegisterComplaint.Location location,
        String description,
        String status,
        String registeredBy,
        Instant registeredAt) {
}
