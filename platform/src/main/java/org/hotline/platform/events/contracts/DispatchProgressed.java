package org.hotline.platform.events.contracts;

import java.time.Instant;

/** {@code hotline.dispatch.acknowledged} (签收) and {@code hotline.dispatch.on-site} (到场): a step of a dispatch and when. */
public record DispatchProgressed(
        String caseNumber,
        long dispatchId,
        int round,
        String squad,
        Instant at) {
}
