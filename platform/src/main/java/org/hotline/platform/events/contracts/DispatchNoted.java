package org.hotline.platform.events.contracts;

import java.time.Instant;

/**
 * A step of a dispatch that carries a reason: returned (退单), extension requested (延期申请), granted or rejected.
 * {@code until} is the requested or granted resolution deadline.
 */
public record DispatchNoted(
        String caseNumber,
        long dispatchId,
        int round,
        String squad,
        String by,
        String reason,
        Instant until,
        Instant at) {
}
