package org.hotline.notification.notices.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hotline.notification.config.NotificationConfig;
import org.hotline.notification.notices.OutcomeGateway;
import org.hotline.platform.work.DueWork;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the outcome notices that closures left in {@code outcome_notice} through the {@link OutcomeGateway}, as
 * the platform's {@link DueWork}, so several instances never send one twice; a notice the gateway refused is tried
 * again after {@code notification.notices.retry-after}, doubling up to {@code longest-retry}. A crash between the
 * gateway's answer and the commit sends that notice again (at least once, never lost).
 */
@ApplicationScoped
public class OutcomeNotices implements DueWork.Rows<OutcomeNotices.Due> {
    private static final Logger LOG = Logger.getLogger(OutcomeNotices.class);

    private final OutcomeGateway gateway;
    private final NotificationConfig.Notices config;
    private final DueWork<Due> work;

    /** A notice to send now, with the number it goes to. */
    public record Due(String caseNumber, String message, int attempts, String phone) {
    }

    public OutcomeNotices(OutcomeGateway gateway, Clock clock, NotificationConfig config) {
        this.gateway = gateway;
        this.config = config.notices();
        this.work = new DueWork<>("outcome notices", clock, this.config.every(), this.config.batch(), this);
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        work.start(vertx);
    }

    /** Sends what is due; returns how many notices it took (sent or tried). */
    public Uni<Integer> sendDue() {
        return work.drain();
    }

    @Override
    public Uni<List<Due>> lockDue(Instant now, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select n.case_number, n.message, n.attempts, p.phone from outcome_notice n "
                                + "join complainant_phone p using (case_number) "
                                + "where n.sent_at is null and n.next_attempt_at <= :now "
                                + "order by n.next_attempt_at limit :limit for update of n skip locked", Object[].class)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Due((String) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3]))
                        .toList());
    }

    @Override
    public Uni<Void> act(List<Due> notices, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Due notice : notices) {
            chain = chain.chain(() -> send(notice, now));
        }
        return chain;
    }

    private Uni<Void> send(Due notice, Instant now) {
        return gateway.send(notice.caseNumber(), notice.phone(), notice.message())
                .chain(() -> update("update outcome_notice set sent_at = :at, attempts = attempts + 1 where case_number = :n",
                        notice.caseNumber(), now))
                .onFailure().recoverWithUni(e -> {
                    Duration pause = config.retryAfter().multipliedBy(1L << Math.min(notice.attempts(), 20));
                    pause = pause.compareTo(config.longestRetry()) > 0 ? config.longestRetry() : pause;
                    LOG.warnf("outcome notice for case %s not sent (attempt %d, trying again in %s): %s",
                            notice.caseNumber(), notice.attempts() + 1, pause, org.hotline.platform.logging.Redacted.kinds(e));
                    return update("update outcome_notice set attempts = attempts + 1, next_attempt_at = :at where case_number = :n",
                            notice.caseNumber(), now.plus(pause));
                });
    }

    private static Uni<Void> update(String sql, String caseNumber, Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter("n", caseNumber).setParameter("at", at)
                .executeUpdate()).replaceWithVoid();
    }
}
