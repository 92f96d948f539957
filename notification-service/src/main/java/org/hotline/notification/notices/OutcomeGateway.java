package org.hotline.notification.notices;

import io.smallrye.mutiny.Uni;

/**
 * Sends a complainant the outcome of their case. Pluggable: the default writes a log line without any personal
 * data; an SMS provider is another implementation of this interface (an {@code @Alternative} bean).
 */
public interface OutcomeGateway {
    Uni<Void> send(String caseNumber, String phone, String message);
}
