package org.hotline.followup.callbacks.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hotline.followup.callbacks.Callback;
import org.hotline.followup.callbacks.mapping.CallbackMapper;
import org.hotline.followup.config.FollowupConfig;
import org.hotline.platform.events.EventType;
import org.hotline.platform.outbox.Outbox;
import org.hotline.platform.work.DueWork;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Flags callbacks running late, each flag exactly once, as the platform's {@link DueWork}: a warning when
 * {@code warn-at} of the window from resolution to due has passed, "overdue" at the due time. Rows are locked,
 * marked and their events written to the outbox in one transaction, so several instances never flag one twice.
 */
@ApplicationScoped
public class CallbackWatch implements DueWork.Rows<Callback> {
    private final Outbox outbox;
    private final CallbackMapper mapper;
    private final double warnAt;
    private final DueWork<Callback> work;

    public CallbackWatch(Outbox outbox, Clock clock, CallbackMapper mapper, FollowupConfig config) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.warnAt = config.warnAt();
        this.work = new DueWork<>("callback scan", clock, config.scanEvery(), config.scanBatch(), this);
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        work.start(vertx);
    }

    /** One scan: flags what is late now; returns how many callbacks it flagged. */
    public Uni<Integer> scan() {
        return work.drain();
    }

    @Override
    public Uni<List<Callback>> lockDue(Instant now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select * from callback where status = 'DUE' and ("
                        + "(breached_at is null and due_at <= :now) or "
                        + "(warned_at is null and resolved_at + (due_at - resolved_at) * :warnAt <= :now)) "
                        + "order by due_at, id limit :limit for update skip locked", Callback.class)
                .setParameter("now", now)
                .setParameter("warnAt", warnAt)
                .setParameter("limit", limit)
                .getResultList());
    }

    @Override
    public Uni<Void> act(List<Callback> callbacks, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Callback c : callbacks) {
            boolean overdue = c.flagLate(now);
            EventType type = overdue ? EventType.CALLBACK_OVERDUE : EventType.CALLBACK_WARNING;
            String flag = overdue ? "OVERDUE" : "WARNING";
            chain = chain.chain(() -> outbox.add(type, c.caseNumber, mapper.toFlag(c, flag, now))).replaceWithVoid();
        }
        return chain;
    }
}
