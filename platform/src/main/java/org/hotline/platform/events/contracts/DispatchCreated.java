package org.hotline.platform.events.contracts;

import java.time.Instant;

/** {@code hotline.dispatch.created}: a case was dispatched (派单) to a squad, with its deadlines. */
public record DispatchCreated(
        String caseNumber,
        long dispatchId,
        int round,
        String squad,
        Instant dispatchedAt,
        Instant onSiteDue,
        Instant resolveDue,
        /** The dispatcher who sent it to this squad by hand (改派); null when the routing rules chose the squad. */
        String reroutedBy) {
}
