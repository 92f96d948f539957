package org.hotline.platform.events.contracts;

import java.time.Instant;

/**
 * {@code hotline.case.registered}: an operator accepted (受理) a complaint. Carries what routing, deadlines,
 * callbacks and the public feed need; the caller's name, phone, house address and description stay in
 * intake-service.
 */
public record CaseRegistered(
        String caseNumber,
        String channel,
        String category,
        String priority,
        String district,
        String street,
        String gridCell,
        Instant receivedAt,
        boolean anonymous,
        boolean callbackRequested) {
}
