package org.hotline.platform.events.contracts;

import java.time.Instant;

/** {@code hotline.dispatch.resolved}: the squad dealt with the case (办理/处置). The summary is public text. */
public record DispatchResolved(
        String caseNumber,
        long dispatchId,
        int round,
        String squad,
        String outcome,
        String publicSummary,
        Instant resolvedAt) {
}
