package org.hotline.notification.notices.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One notice of a supervisor's stream: new work, or a deadline near, missed or escalated (督办). */
@Schema(name = "SquadNotice")
public record SquadNoticeView(
        @Schema(example = "NEW_DISPATCH", description = "NEW_DISPATCH, REROUTED, WARNING, BREACH or ESCALATION") String kind,
        @Schema(example = "EAST-1") String squad,
        @Schema(example = "M-261129-0007") String caseNumber,
        long dispatchId,
        String detail,
        Instant at) {
}
