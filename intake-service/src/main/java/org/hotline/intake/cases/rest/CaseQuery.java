package org.hotline.intake.cases.rest;

/**
 * A search as an operator or auditor asks it; every criterion optional. {@code phone} finds the caller's recent
 * cases (however the number is written) with their timelines.
 */
public record CaseQuery(String status, String channel, String category, String district,
                        String from, String to, String phone, String cursor, int limit) {
}
