package org.hotline.followup.assessment.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.followup.assessment.Assessment;
import org.hotline.platform.figures.Counts;
import org.hotline.platform.figures.Figure;
import org.hotline.platform.figures.MonthlyQuery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes the monthly figures from followup's own record of rounds and callbacks (fed by the raw events). */
@ApplicationScoped
public class AssessmentService {
    /** Grouping columns; rounds r, callbacks c, case facts f. */
    private static final Map<String, String> DIMENSIONS = Map.of(
            "bureau", "'BUREAU'", "district", "f.district", "squad", "coalesce(r.squad, 'NONE')",
            "channel", "f.channel", "category", "f.category");

    private final Clock clock;
    private final ZoneId zone;

    public AssessmentService(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The figures of {@code month} (default this month) grouped {@code by} one dimension; a bad parameter is a 400. */
    @WithSession
    public Uni<Assessment> of(String month, String by) {
        MonthlyQuery q = MonthlyQuery.parse(month, by, DIMENSIONS, clock, zone);
        String key = q.column();
        Instant from = q.from();
        Instant to = q.to();
        Instant now = clock.instant();
        String rounds = """
                select %s as k,
                  count(*) filter (where r.on_site_at <= r.on_site_due),
                  count(*) filter (where r.on_site_at is not null or r.on_site_due <= :now),
                  count(*) filter (where r.resolved_at <= r.resolve_due),
                  count(*) filter (where r.resolved_at is not null or r.resolve_due <= :now),
                  count(*) filter (where r.resolved_at <= r.original_resolve_due),
                  count(*) filter (where r.resolved_at is not null or r.original_resolve_due <= :now)
                from round_facts r join case_facts f on f.case_number = r.case_number
                where r.on_site_due >= :from and r.on_site_due < :to group by 1""".formatted(key);
        String answered = """
                select %s as k,
                  count(*) filter (where c.result in ('SATISFIED', 'BASICALLY_SATISFIED')),
                  count(*) filter (where c.result in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
                  count(*) filter (where c.status in ('REOPENED', 'ESCALATED'))
                from callback c join case_facts f on f.case_number = c.case_number
                  left join round_facts r on r.dispatch_id = c.dispatch_id
                where c.closed_at >= :from and c.closed_at < :to group by 1""".formatted(key);
        String due = """
                select %s as k,
                  count(*) filter (where c.first_contact_at <= c.due_at),
                  count(*) filter (where c.first_contact_at is not null or c.due_at <= :now)
                from callback c join case_facts f on f.case_number = c.case_number
                  left join round_facts r on r.dispatch_id = c.dispatch_id
                where c.due_at >= :from and c.due_at < :to group by 1""".formatted(key);
        Map<String, long[]> figures = new TreeMap<>();
        return query(rounds, from, to, now).invoke(rows -> rows.forEach(r -> Counts.put(figures, r, 0, 11)))
                .chain(() -> query(answered, from, to, now)).invoke(rows -> rows.forEach(r -> Counts.put(figures, r, 6, 11)))
                .chain(() -> query(due, from, to, now)).invoke(rows -> rows.forEach(r -> Counts.put(figures, r, 9, 11)))
                .map(x -> new Assessment(q.month().toString(), by, Assessment.DEFINITIONS, figures.entrySet().stream()
                        .map(e -> {
                            long[] f = e.getValue();
                            return new Assessment.Group(e.getKey(),
                                    Figure.of(f[0], f[1]), Figure.of(f[2], f[3]),
                                    Figure.of(f[4], f[5]), Figure.of(f[6], f[7]),
                                    Figure.of(f[9], f[10]), Figure.of(f[8], f[7]));
                        }).toList()));
    }

    private Uni<List<Object[]>> query(String sql, Instant from, Instant to, Instant now) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class).setParameter("from", from).setParameter("to", to);
            return (sql.contains(":now") ? query.setParameter("now", now) : query).getResultList();
        });
    }
}
