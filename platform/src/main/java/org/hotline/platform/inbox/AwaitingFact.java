package org.hotline.platform.inbox;

/**
 * The event needs a fact that travels on another topic and has not arrived yet (a dispatch event before the case's
 * registration, a closure before the caller's contact). The {@link Inbox} parks the event in the consumer's own
 * table and applies it the moment an event of the same case arrives on another topic: it is never retried to
 * exhaustion and never dead-lettered for arriving early.
 */
public class AwaitingFact extends RuntimeException {
    private final String caseNumber;
    private final String fact;

    /** {@code fact}: what is missing, in words for the log ("its registration", "the caller's contact"). */
    public AwaitingFact(String caseNumber, String fact) {
        super("case " + caseNumber + " waits for " + fact, null, false, false);
        this.caseNumber = caseNumber;
        this.fact = fact;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String fact() {
        return fact;
    }
}
