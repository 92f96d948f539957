package org.hotline.platform.events.contracts;

import java.time.Instant;

/**
 * {@code hotline.disclosure.published}: one entry of the public disclosure feed (公开). Public by design:
 * no caller name, phone or house number, no internal notes.
 */
public record DisclosurePublished(
        long sequence,
        String caseNumber,
        String status,
        String outcome,
        String publicSummary,
        String satisfaction,
        Instant closedAt,
        Instant publishedAt) {
}
