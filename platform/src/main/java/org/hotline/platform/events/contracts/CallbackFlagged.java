package org.hotline.platform.events.contracts;

import java.time.Instant;

/**
 * {@code hotline.callback.warning}, {@code -overdue}, {@code -escalated}: a callback nearing or past its due time,
 * or a case dissatisfied beyond the reopening limit. No personal data.
 */
public record CallbackFlagged(String caseNumber, long callbackId, int round, String flag, Instant dueAt, Instant at) {
}
