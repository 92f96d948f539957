package org.hotline.intake.cases;

import java.util.List;

/**
 * A case with what is known of it beyond its row: its timeline across the services and its corrections (either
 * null where it is not shown, as in search results).
 */
public record CaseRecord(HotlineCase hotlineCase, List<CaseStep> timeline, List<CaseChange> history) {

    public static CaseRecord of(HotlineCase c) {
        return new CaseRecord(c, null, null);
    }
}
