package org.hotline.notification.notices;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline.platform.time.Periodic;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Sends the outcome notices that closures left in {@code outcome_notice}, every second, through the
 * {@link OutcomeGateway}. Rows are locked ({@code SKIP LOCKED}) so several instances never send one twice; a notice
 * the gateway refused is tried again after {@code hotline.notices.retry-after}, doubling up to an hour. A crash
 * between the gateway's answer and the commit sends that notice again (at least once, never lost).
 */
@ApplicationScoped
public class OutcomeNotices {
    private static final Logger LOG = Logger.getLogger(OutcomeNotices.class);

    private final Pool pool;
    private final OutcomeGateway gateway;
    private final Clock clock;
    private final Duration retryAfter;

    public OutcomeNotices(Pool pool, OutcomeGateway gateway, Clock clock,
                          @ConfigProperty(name = "hotline.notices.retry-after", defaultValue = "30s") Duration retryAfter) {
        this.pool = pool;
        this.gateway = gateway;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        Periodic.every(vertx, Duration.ofSeconds(1), "outcome notices", this::sendDue);
    }

    /** Sends what is due; returns how many were sent. */
    public Uni<Integer> sendDue() {
        Instant now = clock.instant();
        return pool.withTransaction(connection -> connection.preparedQuery(
                        "select n.case_number, n.message, n.attempts, p.phone from outcome_notice n "
                                + "join complainant_phone p using (case_number) "
                                + "where n.sent_at is null and n.next_attempt_at <= $1 "
                                + "order by n.next_attempt_at limit 20 for update of n skip locked")
                .execute(Tuple.of(now.atOffset(ZoneOffset.UTC)))
                .chain(rows -> {
                    Uni<Integer> sent = Uni.createFrom().item(0);
                    for (Row row : rows) {
                        sent = sent.chain(count -> send(connection, row, now).map(ok -> ok ? count + 1 : count));
                    }
                    return sent;
                }));
    }

    private Uni<Boolean> send(SqlConnection connection, Row row, Instant now) {
        String caseNumber = row.getString("case_number");
        int attempts = row.getInteger("attempts");
        return gateway.send(caseNumber, row.getString("phone"), row.getString("message"))
                .chain(() -> connection.preparedQuery("update outcome_notice set sent_at = $2, attempts = attempts + 1 where case_number = $1")
                        .execute(Tuple.of(caseNumber, now.atOffset(ZoneOffset.UTC))).replaceWith(true))
                .onFailure().recoverWithUni(e -> {
                    Duration pause = retryAfter.multipliedBy(1L << Math.min(attempts, 7));
                    pause = pause.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : pause;
                    LOG.warnf("outcome notice for case %s not sent (attempt %d, trying again in %s): %s",
                            caseNumber, attempts + 1, pause, e.toString());
                    return connection.preparedQuery("update outcome_notice set attempts = attempts + 1, next_attempt_at = $2 where case_number = $1")
                            .execute(Tuple.of(caseNumber, now.plus(pause).atOffset(ZoneOffset.UTC))).replaceWith(false);
                });
    }
}
