package org.hotline.dispatch.deadlines.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.dispatch.deadlines.DeadlineAlarm;
import org.hotline.dispatch.deadlines.DeadlineAlarm.Kind;
import org.hotline.dispatch.deadlines.DeadlineAlarm.Stage;
import org.hotline.dispatch.dispatches.Dispatch;

import java.time.Instant;
import java.util.List;

/** Sets, cancels and moves a dispatch's alarms; always inside the caller's transaction. */
@ApplicationScoped
public class DeadlineService {
    private final DeadlinePolicy policy;

    public DeadlineService(DeadlinePolicy policy) {
        this.policy = policy;
    }

    /** Alarms for both deadlines of a new round, counted from {@code from} (the call, or the reopening). */
    public Uni<Void> schedule(Dispatch d, Instant from) {
        List<DeadlineAlarm> alarms = List.of(
                DeadlineAlarm.of(d.id, d.caseNumber, Kind.ON_SITE, Stage.WARNING, policy.warning(from, d.onSiteDue)),
                DeadlineAlarm.of(d.id, d.caseNumber, Kind.ON_SITE, Stage.BREACH, d.onSiteDue),
                DeadlineAlarm.of(d.id, d.caseNumber, Kind.ON_SITE, Stage.ESCALATION, policy.escalation(d.onSiteDue)),
                DeadlineAlarm.of(d.id, d.caseNumber, Kind.RESOLUTION, Stage.WARNING, policy.warning(from, d.resolveDue)),
                DeadlineAlarm.of(d.id, d.caseNumber, Kind.RESOLUTION, Stage.BREACH, d.resolveDue),
                DeadlineAlarm.of(d.id, d.caseNumber, Kind.RESOLUTION, Stage.ESCALATION, policy.escalation(d.resolveDue)));
        return DeadlineAlarm.persist(alarms);
    }

    /** The step is done: its alarms that have not fired never will. */
    public Uni<Void> cancel(Dispatch d, Kind... kinds) {
        return DeadlineAlarm.update("cancelled = true where dispatchId = ?1 and kind in ?2 and firedAt is null",
                d.id, List.of(kinds)).replaceWithVoid();
    }

    /** An extension granted: the resolution alarms not yet fired move to the new deadline. */
    public Uni<Void> extend(Dispatch d, Instant from) {
        return Panache.getSession().chain(s -> s.flush())
                .chain(() -> DeadlineAlarm.<DeadlineAlarm>list("dispatchId = ?1 and kind = ?2 and firedAt is null and cancelled = false",
                        d.id, Kind.RESOLUTION))
                .invoke(alarms -> alarms.forEach(a -> a.dueAt = switch (a.stage) {
                    case WARNING -> policy.warning(from, d.resolveDue);
                    case BREACH -> d.resolveDue;
                    case ESCALATION -> policy.escalation(d.resolveDue);
                }))
                .replaceWithVoid();
    }
}
