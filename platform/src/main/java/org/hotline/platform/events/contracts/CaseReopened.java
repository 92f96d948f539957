package org.hotline.platform.events.contracts;

import java.time.Instant;

/** {@code hotline.case.reopened}: the caller was dissatisfied (不满意), the case is to be dealt with again (重办). */
public record CaseReopened(
        String caseNumber,
        int previousRound,
        String reason,
        Instant reopenedAt) {
}
