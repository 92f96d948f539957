package org.hotline.dispatch.dispatches.service;

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

import java.time.Duration;

/**
 * {@code hotline_dispatches_open{squad,status}}: the open work of each squad, refreshed every 10 s. Breaches are
 * counted as they are raised ({@code hotline_deadlines_total{kind,stage}}), times to on site and to resolution
 * in histograms ({@code hotline_dispatch_time_to_*_seconds}).
 */
@ApplicationScoped
public class DispatchMetrics {
    private final MultiGauge open;

    public DispatchMetrics(MeterRegistry registry) {
        this.open = MultiGauge.builder("hotline.dispatches.open")
                .description("Open dispatches by squad and status").register(registry);
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        Periodic.every(vertx, Duration.ofSeconds(10), "dispatch metrics", this::refresh);
    }

    Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "select coalesce(squad, 'NONE'), status, count(*) from dispatch where status <> 'RESOLVED' "
                                + "group by squad, status", Object[].class).getResultList()))
                .invoke(rows -> open.register(rows.stream()
                        .<MultiGauge.Row<?>>map(r -> MultiGauge.Row.of(Tags.of("squad", (String) r[0], "status", (String) r[1]),
                                ((Number) r[2]).doubleValue()))
                        .toList(), true))
                .replaceWithVoid();
    }
}
