package org.hotline.notification.disclosure;

import org.hotline.platform.text.Sha256;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The feed's tamper evidence, computed as README and deploy/verify-feed describe it. */
@Tag("fast")
class HashChainTest {

    private static DisclosureEntry entry() {
        DisclosureEntry e = new DisclosureEntry();
        e.seq = 1;
        e.caseNumber = "M-261129-0007";
        e.channel = "MAYOR_LINE";
        e.category = "STREET_VENDOR";
        e.district = "EAST";
        e.street = "人民路";
        e.status = "CLOSED";
        e.outcome = "PERSUADED";
        e.publicSummary = "已劝离流动摊贩";
        e.receivedAt = Instant.parse("2026-11-29T01:30:00.123456789Z");
        e.resolvedAt = Instant.parse("2026-11-29T03:00:00Z");
        e.closedAt = Instant.parse("2026-11-29T05:00:00Z");
        e.publishedAt = Instant.parse("2026-11-29T05:00:01Z");
        e.prevHash = HashChain.GENESIS;
        return e;
    }

    @Test
    void theHashIsSha256OfTheCanonicalLinesWithTimesAtMicrosecondsAndAbsentValuesEmpty() {
        String canonical = String.join("\n", "1", "M-261129-0007", "MAYOR_LINE", "STREET_VENDOR", "EAST", "人民路", "CLOSED",
                "PERSUADED", "已劝离流动摊贩", "", "2026-11-29T01:30:00.123456Z", "2026-11-29T03:00:00Z",
                "2026-11-29T05:00:00Z", "2026-11-29T05:00:01Z", "0".repeat(64));
        assertEquals(Sha256.hex(canonical), HashChain.hash(entry()));
    }

    @Test
    void anyChangeToAnEntryChangesItsHashAndACorrectionNamesWhatItCorrects() {
        String original = HashChain.hash(entry());
        DisclosureEntry edited = entry();
        edited.publicSummary = "已劝离流动摊贩。";
        assertNotEquals(original, HashChain.hash(edited));
        DisclosureEntry correction = entry();
        correction.correctsSeq = 1L;
        assertEquals(Sha256.hex(canonicalOf(entry()) + "\ncorrects=1"), HashChain.hash(correction));
    }

    private static String canonicalOf(DisclosureEntry e) {
        return String.join("\n", Long.toString(e.seq), e.caseNumber, e.channel, e.category, e.district, e.street, e.status,
                e.outcome, e.publicSummary, "", "2026-11-29T01:30:00.123456Z", "2026-11-29T03:00:00Z",
                "2026-11-29T05:00:00Z", "2026-11-29T05:00:01Z", e.prevHash);
    }
}
