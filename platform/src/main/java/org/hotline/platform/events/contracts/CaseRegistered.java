package org.hotline.platform.events.contracts;

import java.time.Instant;

/**
 * {@code hotline.case.registered}: an operator accepted (受理) a complaint. Carries what routing, deadlines,
 * callbacks and the public feed need; the caller's name, phone, house address and description stay in
 * intake-service. The coordinates, when the operator had them, are rounded to the street ({@link #street}).
 */
public record CaseRegistered(
        String caseNumber,
        String channel,
        String category,
        String priority,
        String district,
        String street,
        String gridCell,
        Instant receivedAt,
        boolean anonymous,
        boolean callbackRequested,
        Double latitude,
        Double longitude) {

    /**
     * A coordinate as it may leave intake: rounded to three decimals (about 100 m), so that it points at the street
     * and never at the caller's door.
     */
    public static Double street(Double coordinate) {
        return coordinate == null ? null : Math.round(coordinate * 1000) / 1000.0;
    }
}
