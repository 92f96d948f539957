package org.hotline.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline.platform.config.HotlineConfig;
import org.hotline.platform.problem.Outage;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Function;

/**
 * The one way a service consumes an event: {@link #process} records the event id and applies the handler in
 * <em>one</em> transaction, so a redelivered event changes nothing.
 * <ul>
 *   <li>The database away (refused or dropped connections, PostgreSQL shutting down or not accepting logins, a
 *       timeout): retried with back-off <em>until it answers again</em>, however long that takes. The partition
 *       waits; the event is never dead-lettered for an outage.</li>
 *   <li>Any other failure (a deadlock, a stale row, a bug): retried {@code hotline.inbox.retries} times.</li>
 *   <li>An event that can never be processed (not a CloudEvent, unreadable data, a constraint the data violates),
 *       or one whose retries ran out: fails the message, which the Kafka connector sends to
 *       {@code hotline.dead-letter} with the reason, and the partition moves on.</li>
 * </ul>
 * Counted in {@code hotline_events_total{consumer,type,result}}; retries in
 * {@code hotline_inbox_retries_total{consumer,reason=outage|failure}}.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final MeterRegistry registry;
    private final String consumer;
    private final int retries;
    private final Duration firstPause;
    private final Duration longestPause;

    public Inbox(MeterRegistry registry, HotlineConfig config,
                 @ConfigProperty(name = "quarkus.application.name") String application) {
        this.registry = registry;
        this.consumer = application;
        this.retries = config.inbox().retries();
        this.firstPause = config.inbox().firstPause();
        this.longestPause = config.inbox().longestPause();
    }

    /**
     * Applies the handler to the record's event once: the consumer is the service itself (its application name),
     * so that every instance of a service shares one record of what it has processed.
     */
    public Uni<Void> process(ConsumerRecord<String, String> record, Function<IncomingEvent, Uni<Void>> handler) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(record);
        } catch (UnprocessableEventException e) {
            return deadLetter(consumer, "unknown", e);
        }
        return attempt(Vertx.currentContext(), consumer, event, handler, 0)
                .invoke(result -> count(consumer, event.type(), result.name().toLowerCase()))
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> deadLetter(consumer, event.type(), e));
    }

    /** One transaction; after a failure worth retrying, the next one on the same Vert.x context after a pause. */
    private Uni<Result> attempt(Context context, String consumer, IncomingEvent event,
                                Function<IncomingEvent, Uni<Void>> handler, int failures) {
        return Panache.withTransaction(() -> record(consumer, event)
                        .chain(first -> first
                                ? handler.apply(event).replaceWith(Result.APPLIED)
                                : Uni.createFrom().item(Result.DUPLICATE)))
                .onFailure(e -> !isPermanent(e) && (Outage.isOutage(e) || failures < retries))
                .recoverWithUni(e -> {
                    Duration pause = pause(failures);
                    boolean outage = Outage.isOutage(e);
                    registry.counter("hotline.inbox.retries", "consumer", consumer, "reason", outage ? "outage" : "failure").increment();
                    LOG.warnf("%s could not apply %s event %s (%s): %s; trying again in %d ms", consumer, event.type(),
                            event.id(), outage ? "database unavailable" : "attempt " + (failures + 1), e, pause.toMillis());
                    return later(context, pause).chain(() -> attempt(context, consumer, event, handler, failures + 1));
                });
    }

    /** Exponential back-off, from {@code first-pause} up to {@code longest-pause}. */
    private Duration pause(int failures) {
        long millis = firstPause.toMillis() << Math.min(failures, 20);
        return Duration.ofMillis(Math.min(millis, longestPause.toMillis()));
    }

    /** Completes after the pause on the given Vert.x context (Hibernate Reactive's session belongs to it). */
    private static Uni<Void> later(Context context, Duration pause) {
        if (context == null) {
            return Uni.createFrom().voidItem().onItem().delayIt().by(pause);
        }
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored ->
                context.owner().setTimer(Math.max(1, pause.toMillis()), timer -> emitter.complete(null))));
    }

    /** Never worth retrying: an event that cannot be read, or a constraint the data violates (it would again). */
    private static boolean isPermanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnprocessableEventException || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
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
