package org.hotline.notification.disclosure;

import org.hotline.platform.text.Sha256;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tamper evidence of the feed: {@code hash = SHA-256(canonical content)} in lowercase hex, where the canonical
 * content is these fields, in this order, one per line (UTF-8, {@code \n}, absent values empty, times ISO-8601
 * UTC at microsecond precision, as {@code Instant.toString} writes them): seq, caseNumber, channel, category, district, street, status, outcome, publicSummary, satisfaction,
 * receivedAt, resolvedAt, closedAt, publishedAt, prevHash, and for a correction one more line
 * {@code corrects=<seq of the corrected entry>}. The first entry's prevHash is {@link #GENESIS}.
 */
public final class HashChain {
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    public static String hash(DisclosureEntry e) {
        String canonical = Stream.of(Long.toString(e.seq), e.caseNumber, e.channel, e.category, e.district, e.street,
                        e.status, e.outcome, e.publicSummary, e.satisfaction, text(e.receivedAt), text(e.resolvedAt),
                        text(e.closedAt), text(e.publishedAt), e.prevHash)
                .map(v -> v == null ? "" : v)
                .collect(Collectors.joining("\n"))
                + (e.correctsSeq == null ? "" : "\ncorrects=" + e.correctsSeq);
        return Sha256.hex(canonical);
    }

    private static String text(Instant instant) {
        // at the precision the database keeps, so that a stored entry hashes as it did when written
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).toString();
    }
}
