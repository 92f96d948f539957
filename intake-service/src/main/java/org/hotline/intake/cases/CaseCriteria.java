package org.hotline.intake.cases;

/**
 * A search as an operator or auditor asks it; every criterion optional (the text as given, checked by the
 * search). {@code phone} finds the caller's recent cases (however the number is written) with their timelines.
 */
public record CaseCriteria(String status, String channel, String category, String district,
                           String from, String to, String phone, String cursor, int limit) {
}
