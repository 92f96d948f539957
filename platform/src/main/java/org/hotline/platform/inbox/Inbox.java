package org.hotline.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Function;

/**
 * The one way a service consumes an event: {@link #process} records the event id and applies the handler in
 * <em>one</em> transaction, so a redelivered event changes nothing. Transient failures (database down) are
 * retried with back-off; an event that still fails, or can never be processed, fails the message, which the
 * Kafka connector sends to {@code hotline.dead-letter} with the reason (see each service's channel config).
 * Counted in {@code hotline_events_total{consumer,type,result}}.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final MeterRegistry registry;
    private final int retries;

    public Inbox(MeterRegistry registry, @ConfigProperty(name = "hotline.inbox.retries", defaultValue = "8") int retries) {
        this.registry = registry;
        this.retries = retries;
    }

    public Uni<Void> process(String consumer, ConsumerRecord<String, String> record, Function<IncomingEvent, Uni<Void>> handler) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(record);
        } catch (UnprocessableEventException e) {
            return deadLetter(consumer, "unknown", e);
        }
        return Panache.withTransaction(() -> record(consumer, event)
                        .chain(first -> first
                                ? handler.apply(event).replaceWith(Result.APPLIED)
                                : Uni.createFrom().item(Result.DUPLICATE)))
                .onFailure(Inbox::isTransient)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(retries)
                .invoke(result -> count(consumer, event.type(), result.name().toLowerCase()))
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> deadLetter(consumer, event.type(), e));
    }

    /**
     * Worth retrying: the database or the network away. Not: an event that cannot be read, or a constraint the
     * data violates (it would violate it again).
     */
    private static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnprocessableEventException || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return false;
            }
        }
        return true;
    }

    /** Stores the event id for this consumer; false when it was processed before. */
    private Uni<Boolean> record(String consumer, IncomingEvent event) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into inbox_event (event_id, consumer, type, case_number) "
                        + "values (:id, :consumer, :type, :subject) on conflict do nothing")
                .setParameter("id", event.id())
                .setParameter("consumer", consumer)
                .setParameter("type", event.type())
                .setParameter("subject", event.key())
                .executeUpdate()
                .map(inserted -> inserted > 0));
    }

    private Uni<Void> deadLetter(String consumer, String type, Throwable cause) {
        count(consumer, type, "dead_lettered");
        LOG.errorf("%s could not process a %s event, sending it to the dead-letter topic: %s", consumer, type, cause.toString());
        return Uni.createFrom().failure(cause);
    }

    private void count(String consumer, String type, String result) {
        registry.counter("hotline.events", "consumer", consumer, "type", type, "result", result).increment();
    }

    private enum Result { APPLIED, DUPLICATE }
}
