package org.hotline.platform.events;

/**
 * Every Kafka topic of the system, in one place. Every record is keyed by the case number, so all
 * events of one case land on one partition and stay in order. Created by {@code deploy/local/up}
 * from {@code deploy/local/kafka/topics}.
 */
public final class Topics {
    /** intake-service: case.registered, case.corrected. */
    public static final String INTAKE_CASES = "intake.cases";
    /** intake-service: the caller's name and phone for the callback. Internal, personal data: followup (and a name hash at notification). */
    public static final String INTAKE_CONTACTS = "intake.contacts";
    /** dispatch-service: the dispatch lifecycle (dispatched, acknowledged, on site, resolved, deadlines...). */
    public static final String DISPATCH_DISPATCHES = "dispatch.dispatches";
    /** followup-service: callbacks, case.reopened, case.closed. */
    public static final String FOLLOWUP_CASES = "followup.cases";
    /** notification-service: the public disclosure feed media websites consume. No personal data, ever. */
    public static final String DISCLOSURE_OUTCOMES = "disclosure.outcomes";
    /** Messages a consumer could not process, with the reason in headers. */
    public static final String DEAD_LETTER = "hotline.dead-letter";

    private Topics() {
    }
}
