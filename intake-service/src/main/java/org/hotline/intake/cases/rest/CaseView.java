package org.hotline.intake.cases.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as operators and auditors see it (they may see the caller). Times as UTC instants and, for people, in
 * the bureau's zone. {@code timeline} and {@code history} are filled where a single case (or a caller's cases) is
 * shown, not in search results.
 */
@Schema(name = "Case")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        @Schema(example = "M-261129-0007") String caseNumber,
        @Schema(example = "MAYOR_LINE") String channel,
        Instant receivedAt,
        @Schema(description = "receivedAt in Asia/Shanghai") OffsetDateTime receivedAtLocal,
        boolean anonymous,
        RegisterComplaint.Caller caller,
        boolean callbackRequested,
        @Schema(example = "STREET_VENDOR") String category,
        @Schema(example = "HIGH") String priority,
        RegisterComplaint.Location location,
        String description,
        @Schema(example = "DISPATCHED") String status,
        @Schema(description = "On site by (the current round's deadline, once dispatched)") Instant onSiteDue,
        @Schema(description = "Dealt with by (the current round's deadline, once dispatched)") Instant resolveDue,
        @Schema(description = "An open case of the same category at the same address, received within the duplicate window",
                example = "M-261129-0003") String likelyDuplicateOf,
        String registeredBy,
        Instant registeredAt,
        List<TimelineStep> timeline,
        List<Change> history) {

    /** One step of the case across the services. */
    @Schema(name = "TimelineStep")
    public record TimelineStep(
            @Schema(example = "DISPATCHED") String step,
            Instant at,
            @Schema(description = "at in Asia/Shanghai") OffsetDateTime atLocal,
            @Schema(example = "1") Integer round,
            @Schema(example = "EAST-1") String squad,
            @Schema(description = "The outcome, the reason of a return (退单) or REROUTED", example = "PERSUADED") String detail,
            @Schema(description = "Who took the step, where known: the supervisor who returned it, the dispatcher who re-routed it",
                    example = "dispatcher1") String by) {
    }

    /** One corrected field: before, after, who and when. */
    @Schema(name = "CaseChange")
    public record Change(
            @Schema(example = "category") String field,
            @Schema(example = "SANITATION") String from,
            @Schema(example = "STREET_VENDOR") String to,
            @Schema(example = "operator1") String by,
            Instant at) {
    }
}
