package org.hotline.platform.inbox;

/** The event can never be processed (malformed, unknown, invalid): it goes to the dead-letter topic at once. */
public class UnprocessableEventException extends RuntimeException {
    public UnprocessableEventException(String message) {
        super(message);
    }
}
