package org.hotline.platform.events.contracts;

import java.time.Instant;

/** {@code hotline.case.closed}: the case is closed (办结) after its callback, or without one. */
public record CaseClosed(
        String caseNumber,
        String outcome,
        String publicSummary,
        String satisfaction,
        Instant resolvedAt,
        Instant closedAt) {
}
