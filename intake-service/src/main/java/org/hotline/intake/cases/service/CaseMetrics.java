package org.hotline.intake.cases.service;

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

/** {@code hotline_cases{status,channel}}: cases by where they stand, refreshed every 10 s. */
@ApplicationScoped
public class CaseMetrics {
    private final MultiGauge cases;

    public CaseMetrics(MeterRegistry registry) {
        this.cases = MultiGauge.builder("hotline.cases").description("Cases by status and channel").register(registry);
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        Periodic.every(vertx, Duration.ofSeconds(10), "case metrics", this::refresh);
    }

    Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "select status, channel, count(*) from hotline_case group by status, channel", Object[].class).getResultList()))
                .invoke(rows -> cases.register(rows.stream()
                        .<MultiGauge.Row<?>>map(r -> MultiGauge.Row.of(Tags.of("status", (String) r[0], "channel", (String) r[1]),
                                ((Number) r[2]).doubleValue()))
                        .toList(), true))
                .replaceWithVoid();
    }
}
