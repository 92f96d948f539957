package org.hotline.platform.events.contracts;

import java.time.Instant;

/**
 * {@code hotline.dispatch.deadline-warning}, {@code -breached}, {@code -escalated}: a dispatch's deadline
 * ({@code kind} ON_SITE or RESOLUTION) is near, has lapsed with the step not done, or is escalated (督办).
 */
public record DeadlineReached(
        String caseNumber,
        long dispatchId,
        int round,
        String squad,
        String kind,
        String stage,
        Instant deadline,
        Instant dueAt,
        Instant raisedAt) {
}
