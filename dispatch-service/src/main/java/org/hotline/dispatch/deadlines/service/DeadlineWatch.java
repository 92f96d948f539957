package org.hotline.dispatch.deadlines.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hotline.dispatch.config.DispatchConfig;
import org.hotline.dispatch.deadlines.DeadlineAlarm;
import org.hotline.dispatch.deadlines.DeadlineAlarm.Kind;
import org.hotline.dispatch.deadlines.DeadlineAlarm.Stage;
import org.hotline.dispatch.dispatches.Dispatch;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.DeadlineReached;
import org.hotline.platform.outbox.Outbox;
import org.hotline.platform.work.DueWork;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Raises each warning, breach and escalation exactly once, as the platform's {@link DueWork}: every instance looks
 * every {@code dispatch.deadlines.scan-every} for alarms that have fallen due, locks them, marks them fired and
 * writes their events to the outbox in one transaction. A scan reads only due rows (partial index on unfired
 * alarms by due time), so its cost follows what falls due, not what is open.
 */
@ApplicationScoped
public class DeadlineWatch implements DueWork.Rows<DeadlineAlarm> {
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final DueWork<DeadlineAlarm> work;

    public DeadlineWatch(Outbox outbox, Clock clock, MeterRegistry registry, DispatchConfig config) {
        this.outbox = outbox;
        this.registry = registry;
        this.work = new DueWork<>("deadline scan", clock, config.deadlines().scanEvery(), config.deadlines().batch(), this);
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        work.start(vertx);
    }

    /** One scan: raises what is due now; returns how many alarms it took. */
    public Uni<Integer> scan() {
        return work.drain();
    }

    @Override
    public Uni<List<DeadlineAlarm>> lockDue(Instant now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select * from deadline_alarm where fired_at is null and not cancelled and due_at <= :now "
                                + "order by due_at, id limit :batch for update skip locked", DeadlineAlarm.class)
                .setParameter("now", now)
                .setParameter("batch", limit)
                .getResultList());
    }

    @Override
    public Uni<Void> act(List<DeadlineAlarm> alarms, Instant now) {
        List<Long> ids = alarms.stream().map(a -> a.dispatchId).distinct().toList();
        return Dispatch.<Dispatch>list("id in ?1", ids).chain(list -> {
            Map<Long, Dispatch> dispatches = list.stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (DeadlineAlarm alarm : alarms) {
                alarm.fire(now);
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
            return chain;
        });
    }
}
