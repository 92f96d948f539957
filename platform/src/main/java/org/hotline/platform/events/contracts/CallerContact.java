package org.hotline.platform.events.contracts;

/**
 * {@code hotline.case.contact}: how to reach the caller for the callback (回访). Personal data: it travels only
 * on the internal topic {@code intake.contacts}, read by followup-service alone; never on a public topic, never
 * logged. Anonymous callers have none.
 */
public record CallerContact(String caseNumber, String name, String phone) {
}
