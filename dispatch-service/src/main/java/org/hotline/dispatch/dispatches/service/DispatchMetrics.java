package org.hotline.dispatch.dispatches.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** {@code hotline_dispatches_open{squad,status}}: the open work of each squad, refreshed every few seconds. */
@ApplicationScoped
public class DispatchMetrics {
    private final MultiGauge open;

    public DispatchMetrics(MeterRegistry registry) {
        this.open = MultiGauge.builder("hotline.dispatches.open")
                .description("Open dispatches by squad and status").register(registry);
    }

    @Scheduled(every = "10s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                        "select coalesce(squad, 'NONE'), status, count(*) from dispatch where status <> 'RESOLVED' "
                                + "group by squad, status", Object[].class).getResultList()))
                .invoke(rows -> open.register(rows.stream()
                        .map(r -> MultiGauge.Row.of(Tags.of("squad", (String) r[0], "status", (String) r[1]), ((Number) r[2]).doubleValue()))
                        .toList(), true))
                .onFailure().recoverWithItem(List.of())
                .replaceWithVoid();
    }
}
