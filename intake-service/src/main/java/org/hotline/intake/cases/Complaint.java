package org.hotline.intake.cases;

import java.time.Instant;

/**
 * A complaint as the operator took it down (the command to register a case). {@code caller} is null for an
 * anonymous caller; {@code receivedAt} and {@code priority} may be null (now, NORMAL).
 */
public record Complaint(Channel channel, Instant receivedAt, Caller caller, Boolean callbackRequested, String category,
                        String priority, Location location, String description) {

    /** Who called: personal data, never leaves intake except to followup for the callback. */
    public record Caller(String name, String phone) {
    }
}
