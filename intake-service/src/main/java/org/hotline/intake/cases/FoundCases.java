package org.hotline.intake.cases;

import java.util.List;

/** One page of a search, newest first; {@code next} is the cursor of the following page (null on the last). */
public record FoundCases(List<CaseRecord> items, String next) {
}
