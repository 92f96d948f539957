package org.hotline.platform.events.contracts;

import java.time.Instant;

/**
 * {@code hotline.case.corrected}: an operator fixed a mistake before a squad had the case; the fields are the
 * case's values after the correction (routing may change with them). No personal data.
 */
public record CaseCorrected(
        String caseNumber,
        String category,
        String district,
        String street,
        String gridCell,
        Instant correctedAt) {
}
