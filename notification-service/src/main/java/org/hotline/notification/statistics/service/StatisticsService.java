package org.hotline.notification.statistics.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.notification.statistics.Statistics;
import org.hotline.platform.figures.Counts;
import org.hotline.platform.figures.Figure;
import org.hotline.platform.figures.MonthlyQuery;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
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
                  count(*) filter (where resolved_at <= coalesce(promised_resolve_due, resolve_due)),
                  count(*) filter (where resolved_at is not null or coalesce(promised_resolve_due, resolve_due) <= :now)
                from public_case where received_at >= :from and received_at < :to group by 1 order by 1""".formatted(q.column());
        // every callback answer in the month it was given, as the auditors count it (followup's /assessment)
        String answers = """
                select %s,
                  count(*) filter (where a.result in ('SATISFIED', 'BASICALLY_SATISFIED')),
                  count(*),
                  count(*) filter (where a.result = 'DISSATISFIED')
                from public_callback a join public_case c on c.case_number = a.case_number
                where a.answered_at >= :from and a.answered_at < :to group by 1""".formatted(q.column());
        Map<String, long[]> figures = new java.util.TreeMap<>();
        return rows(sql, q).invoke(rows -> rows.forEach(r -> Counts.put(figures, r, 0, 10)))
                .chain(() -> rows(answers, q)).invoke(rows -> rows.forEach(r -> Counts.put(figures, r, 7, 10)))
                .map(x -> new Statistics(q.month().toString(), by, Statistics.DEFINITIONS, figures.entrySet().stream()
                        .map(e -> {
                            long[] f = e.getValue();
                            return new Statistics.Group(e.getKey(), f[0], Figure.of(f[1], f[2]), Figure.of(f[3], f[4]),
                                    Figure.of(f[5], f[6]), Figure.of(f[7], f[8]), Figure.of(f[9], f[8]));
                        })
                        .toList()));
    }

    private Uni<List<Object[]>> rows(String sql, MonthlyQuery q) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class).setParameter("from", q.from()).setParameter("to", q.to());
            return (sql.contains(":now") ? query.setParameter("now", clock.instant()) : query).getResultList();
        });
    }
}
