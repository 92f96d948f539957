package org.hotline.notification.notices;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The gateway in tests: records what it was asked to send; refuses a case's first attempt when told to. */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingGateway implements OutcomeGateway {
    public record Sent(String caseNumber, String phone, String message) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final Set<String> refuseOnce = ConcurrentHashMap.newKeySet();

    void refuseTheFirstAttemptFor(String caseNumber) {
        refuseOnce.add(caseNumber);
    }

    boolean refused(String caseNumber) {
        return refused.contains(caseNumber);
    }

    List<Sent> sentFor(String caseNumber) {
        return sent.stream().filter(s -> s.caseNumber().equals(caseNumber)).toList();
    }

    @Override
    public Uni<Void> send(String caseNumber, String phone, String message) {
        if (refuseOnce.remove(caseNumber)) {
            refused.add(caseNumber);
            return Uni.createFrom().failure(new IllegalStateException("SMS provider unavailable"));
        }
        sent.add(new Sent(caseNumber, phone, message));
        return Uni.createFrom().voidItem();
    }
}
