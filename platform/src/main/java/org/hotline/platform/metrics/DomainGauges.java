package org.hotline.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.hotline.platform.config.HotlineConfig;
import org.hotline.platform.time.Periodic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recounts every {@link DomainGauge} of the service every {@code hotline.gauges.refresh-every}, in one session. */
@ApplicationScoped
public class DomainGauges {
    private final Map<DomainGauge, MultiGauge> gauges = new LinkedHashMap<>();
    private final Clock clock;
    private final HotlineConfig config;

    public DomainGauges(MeterRegistry registry, Instance<DomainGauge> declared, Clock clock, HotlineConfig config) {
        this.clock = clock;
        this.config = config;
        for (DomainGauge gauge : declared) {
            gauges.put(gauge, MultiGauge.builder(gauge.name()).description(gauge.description()).register(registry));
        }
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        if (!gauges.isEmpty()) {
            Periodic.every(vertx, config.gauges().refreshEvery(), "domain gauges", this::refresh);
        }
    }

    /** Counts every gauge once (one query each, one after the other). */
    public Uni<Void> refresh() {
        return Panache.withSession(() -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Map.Entry<DomainGauge, MultiGauge> e : gauges.entrySet()) {
                chain = chain.chain(() -> count(e.getKey()).invoke(rows -> e.getValue().register(rows, true))).replaceWithVoid();
            }
            return chain;
        });
    }

    private Uni<List<MultiGauge.Row<?>>> count(DomainGauge gauge) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(gauge.sql(), Object[].class);
            if (gauge.sql().contains(":now")) {
                query.setParameter("now", clock.instant());
            }
            return query.getResultList();
        }).map(result -> {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (Object[] r : result) {
                Tags tags = Tags.empty();
                for (int i = 0; i < gauge.tags().size(); i++) {
                    tags = tags.and(gauge.tags().get(i), r[i] == null ? "NONE" : r[i].toString());
                }
                rows.add(MultiGauge.Row.of(tags, ((Number) r[gauge.tags().size()]).doubleValue()));
            }
            return rows;
        });
    }
}
