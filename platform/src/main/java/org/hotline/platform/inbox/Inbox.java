package org.hotline.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline.platform.config.HotlineConfig;
import org.hotline.platform.problem.Outage;
import org.hotline.platform.time.Periodic;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a service consumes an event: {@link #process} records the event id and applies the handler in
 * <em>one</em> transaction, so a redelivered event changes nothing.
 * <ul>
 *   <li>The database away (refused or dropped connections, PostgreSQL shutting down or not accepting logins, a
 *       timeout): retried with back-off <em>until it answers again</em>, however long that takes. The partition
 *       waits; the event is never dead-lettered for an outage.</li>
 *   <li>An event that needs a fact from another topic that has not arrived yet (the handler throws
 *       {@link AwaitingFact}): <em>parked</em> in {@code parked_event}, in the consumer's own database, and the
 *       partition moves on. It is applied the moment an event of the same case arrives on another topic (in the
 *       order parked; a later event of the same case on the same topic queues behind it), and a sweep every
 *       {@code hotline.inbox.parked-sweep} tries again whatever is left. It waits as long as it takes.</li>
 *   <li>Any other failure (a deadlock, a stale row, a bug): retried {@code hotline.inbox.retries} times.</li>
 *   <li>An event that can never be processed (not a CloudEvent, unreadable data, a constraint the data violates),
 *       or one whose retries ran out: fails the message, which the Kafka connector sends to
 *       {@code hotline.dead-letter} with the reason, and the partition moves on ({@code deploy/dead-letter}
 *       replays it once the cause is fixed).</li>
 * </ul>
 * All events of a case are applied one at a time, whatever topic and instance they come from (a transaction-scoped
 * advisory lock on consumer and case number). Counted in
 * {@code hotline_events_total{consumer,type,result=applied|duplicate|parked|dead_lettered}} (a parked event counts
 * once more as {@code applied} when it is); retries in {@code hotline_inbox_retries_total{consumer,reason}}; what
 * waits in {@code hotline_inbox_parked{consumer,state=waiting|failing}} and
 * {@code hotline_inbox_parked_oldest_seconds{consumer}}.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String QUEUED_BEHIND = "an earlier event of the case";

    private final MeterRegistry registry;
    private final String consumer;
    private final int retries;
    private final Duration firstPause;
    private final Duration longestPause;
    private final Duration parkedSweep;
    private final Map<String, Function<IncomingEvent, Uni<Void>>> handlers = new ConcurrentHashMap<>();
    private final MultiGauge parked;
    private final MultiGauge parkedOldest;

    public Inbox(MeterRegistry registry, HotlineConfig config,
                 @ConfigProperty(name = "quarkus.application.name") String application) {
        this.registry = registry;
        this.consumer = application;
        this.retries = config.inbox().retries();
        this.firstPause = config.inbox().firstPause();
        this.longestPause = config.inbox().longestPause();
        this.parkedSweep = config.inbox().parkedSweep();
        this.parked = MultiGauge.builder("hotline.inbox.parked")
                .description("Events parked until a fact they need arrives from another topic (failing: tried and failed otherwise)")
                .register(registry);
        this.parkedOldest = MultiGauge.builder("hotline.inbox.parked.oldest.seconds")
                .description("How long the oldest parked event has waited").register(registry);
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        Periodic.every(vertx, parkedSweep, "parked events", this::sweep);
    }

    /**
     * Declares the handler of an incoming channel, so that its parked events can be applied even before the channel
     * delivers anything (after a restart). A consumer whose handlers may throw {@link AwaitingFact} declares them at
     * start-up.
     */
    public void handles(String channel, Function<IncomingEvent, Uni<Void>> handler) {
        String topic = ConfigProvider.getConfig().getValue("mp.messaging.incoming." + channel + ".topic", String.class);
        handlers.put(topic, handler);
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
            return deadLetter(record, "unknown", e);
        }
        handlers.putIfAbsent(event.topic(), handler);
        Context context = Vertx.currentContext();
        return retrying(context, event, () -> consume(event, handler), 0)
                .onFailure(e -> awaited(e) != null && event.key() != null)
                .recoverWithUni(e -> retrying(context, event, () -> park(event, awaited(e).fact()), 0))
                .call(result -> result.unblocks ? drain(event.key()) : Uni.createFrom().voidItem())
                .invoke(result -> count(event.type(), result.counted))
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> deadLetter(record, event.type(), e));
    }

    /** One transaction: recorded, then queued behind the case's parked events of this topic, or applied. */
    private Uni<Result> consume(IncomingEvent event, Function<IncomingEvent, Uni<Void>> handler) {
        return Panache.withTransaction(() -> lock(event.key())
                .chain(() -> record(event))
                .chain(first -> !first ? Uni.createFrom().item(Result.DUPLICATE) : parkedTopics(event.key())
                        .chain(topics -> topics.contains(event.topic())
                                ? insertParked(event, QUEUED_BEHIND).replaceWith(Result.QUEUED)
                                : handler.apply(event).replaceWith(topics.isEmpty() ? Result.APPLIED : Result.APPLIED_UNBLOCKING))));
    }

    /** The handler found a fact missing: its transaction rolled back; the event is recorded and parked instead. */
    private Uni<Result> park(IncomingEvent event, String fact) {
        return Panache.withTransaction(() -> lock(event.key())
                        .chain(() -> record(event))
                        .chain(first -> first
                                ? insertParked(event, fact).replaceWith(Result.PARKED)
                                : Uni.createFrom().item(Result.DUPLICATE)))
                .invoke(result -> {
                    if (result == Result.PARKED) {
                        LOG.infof("%s parked %s event %s of case %s: it waits for %s", consumer, event.type(), event.id(),
                                event.key(), fact);
                    }
                });
    }

    /**
     * Applies the case's parked events in the order they were parked, each in its own transaction; a topic whose
     * next event still waits (or fails) keeps the rest of its events behind it. Never fails: what is left is tried
     * again by the next event of the case or the sweep.
     */
    private Uni<Void> drain(String key) {
        Set<String> blocked = new HashSet<>();
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "select seq, topic, event_id, type, source, subject, data from parked_event "
                                        + "where consumer = :consumer and case_number = :key order by seq", Object[].class)
                        .setParameter("consumer", consumer).setParameter("key", key).getResultList()))
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem().transformToUniAndConcatenate(row -> {
                    long seq = ((Number) row[0]).longValue();
                    IncomingEvent event = new IncomingEvent((UUID) row[2], (String) row[1], (String) row[3],
                            (String) row[4], (String) row[5], key, (String) row[6]);
                    Function<IncomingEvent, Uni<Void>> handler = handlers.get(event.topic());
                    if (handler == null || blocked.contains(event.topic())) {
                        blocked.add(event.topic());
                        return Uni.createFrom().voidItem();
                    }
                    return unpark(seq, event, handler).onFailure().recoverWithUni(e -> {
                        blocked.add(event.topic());
                        return awaited(e) != null ? stillWaiting(seq) : failed(seq, event, e);
                    });
                })
                .collect().last().replaceWithVoid()
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("%s could not apply the parked events of case %s now (%s); they stay parked", consumer, key,
                            e.getClass().getSimpleName());
                    return Uni.createFrom().voidItem();
                });
    }

    /** One parked event applied and removed in one transaction (another instance may have done it already). */
    private Uni<Void> unpark(long seq, IncomingEvent event, Function<IncomingEvent, Uni<Void>> handler) {
        return Panache.withTransaction(() -> lock(event.key())
                        .chain(() -> Panache.getSession())
                        .chain(s -> s.createNativeQuery("delete from parked_event where seq = :seq")
                                .setParameter("seq", seq).executeUpdate())
                        .chain(deleted -> deleted == 0 ? Uni.createFrom().item(false) : handler.apply(event).replaceWith(true)))
                .invoke(applied -> {
                    if (applied) {
                        count(event.type(), "applied");
                        LOG.infof("%s applied parked %s event %s of case %s", consumer, event.type(), event.id(), event.key());
                    }
                })
                .replaceWithVoid();
    }

    /** Its fact is still missing: the sweep tries it again after as long as it has waited already (at most an hour). */
    private Uni<Void> stillWaiting(long seq) {
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "update parked_event set retry_at = now() + least(interval '1 hour', now() - parked_at) where seq = :seq")
                        .setParameter("seq", seq).executeUpdate()))
                .replaceWithVoid()
                .onFailure().recoverWithItem(x -> null);
    }

    /** A parked event that failed for another reason than a missing fact: kept, counted, tried again by the sweep. */
    private Uni<Void> failed(long seq, IncomingEvent event, Throwable e) {
        if (Outage.isOutage(e)) {
            return Uni.createFrom().voidItem();
        }
        LOG.errorf("%s could not apply parked %s event %s of case %s (%s); it stays parked and is tried again",
                consumer, event.type(), event.id(), event.key(), e.getClass().getName());
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "update parked_event set attempts = attempts + 1, last_error = :error, "
                                        + "retry_at = now() + least(interval '1 hour', interval '10 seconds' * power(2, least(attempts, 10))) where seq = :seq")
                        .setParameter("error", e.getClass().getName()).setParameter("seq", seq).executeUpdate()))
                .replaceWithVoid()
                .onFailure().recoverWithItem(x -> null);
    }

    /** Tries again the cases whose parked events are due (oldest first), then recounts what waits. */
    public Uni<Void> sweep() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "select case_number from parked_event where consumer = :consumer "
                                        + "group by case_number having min(retry_at) <= now() order by min(seq) limit 1000", String.class)
                        .setParameter("consumer", consumer).getResultList()))
                .onItem().transformToMulti(keys -> Multi.createFrom().iterable(keys))
                .onItem().transformToUniAndConcatenate(this::drain)
                .collect().last()
                .chain(this::recountParked);
    }

    private Uni<Void> recountParked() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "select count(*) filter (where attempts = 0), count(*) filter (where attempts > 0), "
                                        + "coalesce(extract(epoch from now() - min(parked_at)), 0) "
                                        + "from parked_event where consumer = :consumer", Object[].class)
                        .setParameter("consumer", consumer).getSingleResult()))
                .invoke(row -> {
                    Tags tags = Tags.of("consumer", consumer);
                    parked.register(List.of(
                            MultiGauge.Row.of(tags.and("state", "waiting"), ((Number) row[0]).doubleValue()),
                            MultiGauge.Row.of(tags.and("state", "failing"), ((Number) row[1]).doubleValue())), true);
                    parkedOldest.register(List.of(MultiGauge.Row.of(tags, ((Number) row[2]).doubleValue())), true);
                })
                .replaceWithVoid();
    }

    /** A transaction, tried again after a failure worth retrying, the next one on the same Vert.x context after a pause. */
    private Uni<Result> retrying(Context context, IncomingEvent event, Supplier<Uni<Result>> transaction, int failures) {
        return transaction.get()
                .onFailure(e -> !isPermanent(e) && awaited(e) == null && (Outage.isOutage(e) || failures < retries))
                .recoverWithUni(e -> {
                    Duration pause = pause(failures);
                    boolean outage = Outage.isOutage(e);
                    registry.counter("hotline.inbox.retries", "consumer", consumer, "reason", outage ? "outage" : "failure").increment();
                    LOG.warnf("%s could not apply %s event %s (%s): %s; trying again in %d ms", consumer, event.type(),
                            event.id(), outage ? "database unavailable" : "attempt " + (failures + 1),
                            e.getClass().getName(), pause.toMillis());
                    return later(context, pause).chain(() -> retrying(context, event, transaction, failures + 1));
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

    /** The missing fact the handler reported, however deep it was wrapped; null for any other failure. */
    private static AwaitingFact awaited(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AwaitingFact fact) {
                return fact;
            }
        }
        return null;
    }

    /** Every event of one case, one at a time: held until the transaction ends. */
    private Uni<Void> lock(String key) {
        if (key == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(hashtext(:consumer), hashtext(:key))")
                .setParameter("consumer", consumer).setParameter("key", key).getSingleResult()).replaceWithVoid();
    }

    /** The topics on which events of the case are parked (usually none). */
    private Uni<List<String>> parkedTopics(String key) {
        if (key == null) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select distinct topic from parked_event where consumer = :consumer and case_number = :key", String.class)
                .setParameter("consumer", consumer).setParameter("key", key).getResultList());
    }

    private Uni<Void> insertParked(IncomingEvent event, String fact) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into parked_event (consumer, case_number, topic, event_id, type, source, subject, data, waiting_for) "
                                + "values (:consumer, :key, :topic, :id, :type, :source, :subject, :data, :fact)")
                .setParameter("consumer", consumer).setParameter("key", event.key()).setParameter("topic", event.topic())
                .setParameter("id", event.id()).setParameter("type", event.type()).setParameter("source", event.source())
                .setParameter("subject", event.subject()).setParameter("data", event.data()).setParameter("fact", fact)
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * Stores the event id for this consumer; false when it was processed (or parked) before, and then the
     * redelivery is counted on its row.
     */
    private Uni<Boolean> record(IncomingEvent event) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into inbox_event (event_id, consumer, type, case_number) "
                        + "values (:id, :consumer, :type, :subject) on conflict (event_id, consumer) "
                        + "do update set redeliveries = inbox_event.redeliveries + 1 returning (xmax = 0)", Boolean.class)
                .setParameter("id", event.id())
                .setParameter("consumer", consumer)
                .setParameter("type", event.type())
                .setParameter("subject", event.key())
                .getSingleResult());
    }

    /**
     * Counted and logged — where it came from, its type and case number, and the kind of failure, never the data or a
     * message that could quote it — then failed, so that the connector sends it to the dead-letter topic.
     */
    private Uni<Void> deadLetter(ConsumerRecord<String, String> record, String type, Throwable cause) {
        count(type, "dead_lettered");
        String reason = consumer + ": " + reason(cause);
        LOG.errorf("%s could not process the %s event of case %s at %s-%d@%d, sending it to the dead-letter topic: %s",
                consumer, type, record.key(), record.topic(), record.partition(), record.offset(), reason);
        // the connector writes this message into the dead-letter record's headers: ours, never the original's
        return Uni.createFrom().failure(new DeadLettered(reason));
    }

    /** Why an event went to the dead-letter topic: the consumer and the kind of failure (no data, no message quoting it). */
    static final class DeadLettered extends RuntimeException {
        DeadLettered(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Our own messages for an unreadable event (they name fields, not values); the exception's class otherwise. */
    private static String reason(Throwable cause) {
        return cause instanceof UnprocessableEventException ? cause.getMessage() : cause.getClass().getName();
    }

    private void count(String type, String result) {
        registry.counter("hotline.events", "consumer", consumer, "type", type, "result", result).increment();
    }

    private enum Result {
        APPLIED("applied", false), APPLIED_UNBLOCKING("applied", true), DUPLICATE("duplicate", false),
        PARKED("parked", true), QUEUED("parked", false);

        final String counted;
        /** Whether parked events of the case may now be applied (or the fact arrived while this one was parked). */
        final boolean unblocks;

        Result(String counted, boolean unblocks) {
            this.counted = counted;
            this.unblocks = unblocks;
        }
    }
}
