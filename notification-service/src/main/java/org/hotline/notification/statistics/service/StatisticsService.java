package org.hotline.notification.statistics.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.notification.statistics.Statistics;
import org.hotline.platform.figures.Figure;
import org.hotline.platform.figures.MonthlyQuery;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * The public monthly figures, from notification's own record of each case's public clock. Every case is counted
 * — staff-conduct complaints too, as a number in their category — and none is shown.
 */
@ApplicationScoped
public class StatisticsService {
    private static final Map<String, String> DIMENSIONS = Map.of(
            "bureau", "'BUREAU'", "district", "district", "category", "category", "channel", "channel");

    private final Clock clock;
    private final ZoneId zone;

    public StatisticsService(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The figures of {@code month} (default this month) grouped {@code by} one dimension; a bad parameter is a 400. */
    @WithSession
    public Uni<Statistics> of(String month, String by) {
        MonthlyQuery q = MonthlyQuery.parse(month, by, DIMENSIONS, clock, zone);
        String sql = """
                select %s, count(*),
                  count(*) filter (where on_site_at <= on_site_due),
                  count(*) filter (where on_site_at is not null or on_site_due <= :now),
                  count(*) filter (where resolved_at <= resolve_due),
                  count(*) filter (where resolved_at is not null or resolve_due <= :now),
                  count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')),
                  count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'))
                from public_case where received_at >= :from and received_at < :to group by 1 order by 1""".formatted(q.column());
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class)
                        .setParameter("from", q.from()).setParameter("to", q.to()).setParameter("now", clock.instant())
                        .getResultList())
                .map(rows -> new Statistics(q.month().toString(), by, Statistics.DEFINITIONS, rows.stream()
                        .map(r -> new Statistics.Group(String.valueOf(r[0]), ((Number) r[1]).longValue(), Figure.of(r[2], r[3]),
                                Figure.of(r[4], r[5]), Figure.of(r[6], r[7])))
                        .toList()));
    }
}
