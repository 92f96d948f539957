package org.hotline.platform.events.contracts;

/**
 * {@code hotline.case.contact}: how to reach the caller for the callback (回访). Personal data: it travels only
 * on the internal topic {@code intake.contacts}: followup-service keeps it for callbacks, notification-service only a
 * salted hash of the name (to hold back a summary naming the caller); never on a public topic, never
 * logged. Anonymous callers have none.
 */
public record CallerContact(String caseNumber, String name, String phone) {
}
