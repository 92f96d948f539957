package org.hotline.notification.disclosure.service;

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
import java.util.List;

/** {@code hotline_disclosure{state}}: entries published, outcomes held back, cases still open in public. */
@ApplicationScoped
public class DisclosureMetrics {
    private final MultiGauge gauge;

    public DisclosureMetrics(MeterRegistry registry) {
        this.gauge = MultiGauge.builder("hotline.disclosure").description("The public feed").register(registry);
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        Periodic.every(vertx, Duration.ofSeconds(10), "disclosure metrics", this::refresh);
    }

    Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery("""
                        select (select count(*) from disclosure_entry), (select count(*) from held_entry),
                               (select count(*) from public_case where satisfaction is null and resolved_at is null)""", Object[].class)
                        .getSingleResult()))
                .invoke(r -> gauge.register(List.<MultiGauge.Row<?>>of(
                        MultiGauge.Row.of(Tags.of("state", "published"), ((Number) r[0]).doubleValue()),
                        MultiGauge.Row.of(Tags.of("state", "held"), ((Number) r[1]).doubleValue()),
                        MultiGauge.Row.of(Tags.of("state", "open_cases"), ((Number) r[2]).doubleValue())), true))
                .replaceWithVoid();
    }
}
