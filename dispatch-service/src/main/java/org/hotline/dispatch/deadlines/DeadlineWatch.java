package org.hotline.dispatch.deadlines;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.dispatch.deadlines.DeadlineAlarm.Kind;
import org.hotline.dispatch.deadlines.DeadlineAlarm.Stage;
import org.hotline.dispatch.dispatches.Dispatch;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.DeadlineReached;
import org.hotline.platform.outbox.Outbox;
import org.hotline.platform.time.Periodic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Raises each warning, breach and escalation exactly once: every instance scans a few times a second for
 * alarms that have fallen due, locks them ({@code FOR UPDATE SKIP LOCKED}, so two instances never take the same
 * one), marks them fired and writes their events to the outbox in one transaction. A scan reads only due rows
 * (partial index on unfired alarms by due time), so its cost follows what falls due, not what is open.
 */
@ApplicationScoped
public class DeadlineWatch {
    static final int BATCH = 500;

    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry registry;

    public DeadlineWatch(Outbox outbox, Clock clock, MeterRegistry registry) {
        this.outbox = outbox;
        this.clock = clock;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event, Vertx vertx,
               @ConfigProperty(name = "dispatch.deadlines.scan-every") Duration every) {
        Periodic.every(vertx, every, "deadline scan", this::scan);
    }

    /** One scan: fires what is due now (at most a batch per transaction, repeating while batches are full). */
    public Uni<Integer> scan() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> fire(now))
                .chain(fired -> fired == BATCH ? scan().map(more -> fired + more) : Uni.createFrom().item(fired));
    }

    private Uni<Integer> fire(Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                                "select * from deadline_alarm where fired_at is null and not cancelled and due_at <= :now "
                                        + "order by due_at, id limit :batch for update skip locked", DeadlineAlarm.class)
                        .setParameter("now", now)
                        .setParameter("batch", BATCH)
                        .getResultList())
                .chain(alarms -> alarms.isEmpty() ? Uni.createFrom().item(0) : raise(alarms, now));
    }

    private Uni<Integer> raise(List<DeadlineAlarm> alarms, Instant now) {
        List<Long> ids = alarms.stream().map(a -> a.dispatchId).distinct().toList();
        return Dispatch.<Dispatch>list("id in ?1", ids).chain(list -> {
            Map<Long, Dispatch> dispatches = list.stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (DeadlineAlarm alarm : alarms) {
                alarm.firedAt = now;
                Dispatch d = dispatches.get(alarm.dispatchId);
                Instant deadline = alarm.kind == Kind.ON_SITE ? d.onSiteDue : d.resolveDue;
                if (alarm.stage == Stage.WARNING && !now.isBefore(deadline)) {
                    continue; // the breach is due as well: a warning now would only be noise
                }
                EventType type = switch (alarm.stage) {
                    case WARNING -> EventType.DEADLINE_WARNING;
                    case BREACH -> EventType.DEADLINE_BREACHED;
                    case ESCALATION -> EventType.DEADLINE_ESCALATED;
                };
                registry.counter("hotline.deadlines", "kind", alarm.kind.name(), "stage", alarm.stage.name()).increment();
                DeadlineReached event = new DeadlineReached(d.caseNumber, d.id, d.round, d.squad, alarm.kind.name(),
                        alarm.stage.name(), deadline, alarm.dueAt, now);
                chain = chain.chain(() -> outbox.add(type, d.caseNumber, event)).replaceWithVoid();
            }
            return chain.replaceWith(alarms.size());
        });
    }
}
