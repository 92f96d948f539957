package org.hotline.followup.callbacks.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hotline.platform.time.Periodic;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code hotline_callbacks{state}}: callbacks due now, overdue, waiting for a retry, and escalated past the
 * reopening limit; refreshed every 10 s. Flags raised are counted by the outbox ({@code hotline_outbox_published_total}).
 */
@ApplicationScoped
public class CallbackMetrics {
    private final MultiGauge gauge;
    private final Clock clock;

    public CallbackMetrics(MeterRegistry registry, Clock clock) {
        this.gauge = MultiGauge.builder("hotline.callbacks").description("Callbacks by state").register(registry);
        this.clock = clock;
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        Periodic.every(vertx, Duration.ofSeconds(10), "callback metrics", this::refresh);
    }

    Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                        select count(*) filter (where status = 'DUE' and due_at > :now and next_attempt_at <= :now),
                               count(*) filter (where status = 'DUE' and due_at <= :now),
                               count(*) filter (where status = 'DUE' and next_attempt_at > :now),
                               count(*) filter (where status = 'ESCALATED')
                        from callback where status in ('DUE', 'ESCALATED')""", Object[].class)
                        .setParameter("now", clock.instant())
                        .getSingleResult()))
                .invoke(row -> gauge.register(List.<MultiGauge.Row<?>>of(
                        MultiGauge.Row.of(Tags.of("state", "due"), ((Number) row[0]).doubleValue()),
                        MultiGauge.Row.of(Tags.of("state", "overdue"), ((Number) row[1]).doubleValue()),
                        MultiGauge.Row.of(Tags.of("state", "waiting_retry"), ((Number) row[2]).doubleValue()),
                        MultiGauge.Row.of(Tags.of("state", "escalated"), ((Number) row[3]).doubleValue())), true))
                .replaceWithVoid();
    }
}
