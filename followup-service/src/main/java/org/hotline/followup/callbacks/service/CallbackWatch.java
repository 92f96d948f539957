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
import org.hotline.platform.time.Periodic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Flags callbacks running late, each flag exactly once: a warning when {@code warn-at} of the window from
 * resolution to due has passed, "overdue" at the due time. Rows are locked ({@code SKIP LOCKED}), marked and
 * their events written to the outbox in one transaction, so several instances never flag one twice.
 */
@ApplicationScoped
public class CallbackWatch {
    private final Outbox outbox;
    private final Clock clock;
    private final CallbackMapper mapper;
    private final double warnAt;

    public CallbackWatch(Outbox outbox, Clock clock, CallbackMapper mapper, FollowupConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.mapper = mapper;
        this.warnAt = config.warnAt();
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        Periodic.every(vertx, Duration.ofSeconds(1), "callback scan", this::scan);
    }

    public Uni<Integer> scan() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select * from callback where status = 'DUE' and ("
                                + "(breached_at is null and due_at <= :now) or "
                                + "(warned_at is null and resolved_at + (due_at - resolved_at) * :warnAt <= :now)) "
                                + "order by due_at, id limit 200 for update skip locked", Callback.class)
                        .setParameter("now", now)
                        .setParameter("warnAt", warnAt)
                        .getResultList())
                .chain(list -> flag(list, now)));
    }

    private Uni<Integer> flag(List<Callback> callbacks, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Callback c : callbacks) {
            if (!now.isBefore(c.dueAt)) {
                c.breachedAt = now;
                if (c.warnedAt == null) {
                    c.warnedAt = now; // the warning would only be noise now
                }
                chain = chain.chain(() -> outbox.add(EventType.CALLBACK_OVERDUE, c.caseNumber, mapper.toFlag(c, "OVERDUE", now))).replaceWithVoid();
            } else {
                c.warnedAt = now;
                chain = chain.chain(() -> outbox.add(EventType.CALLBACK_WARNING, c.caseNumber, mapper.toFlag(c, "WARNING", now))).replaceWithVoid();
            }
        }
        return chain.replaceWith(callbacks.size());
    }
}
