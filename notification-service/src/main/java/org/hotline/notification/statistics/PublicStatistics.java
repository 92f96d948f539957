package org.hotline.notification.statistics;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotline.platform.problem.ProblemException;
import org.hotline.platform.time.ClockProducer;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The bureau's promise measured in public, per month: response (on site in time), on-time resolution and
 * satisfaction, by district, category or channel. Every case is counted — staff-conduct complaints too, as a
 * number in their category — and none is shown.
 */
@Path("/statistics")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Public monthly figures of the bureau's promise")
public class PublicStatistics {
    private static final Map<String, String> DIMENSIONS = Map.of(
            "bureau", "'BUREAU'", "district", "district", "category", "category", "channel", "channel");
    static final Map<String, String> DEFINITIONS = Map.of(
            "month", "Cases belong to the month (Asia/Shanghai) in which the call was received; each case counts with its latest dispatch round.",
            "response", "Cases on site by the on-site deadline (received + 1 hour by default) ÷ cases whose deadline has passed or that were on site.",
            "onTimeResolution", "Cases dealt with by the resolution deadline (received + 2 days by default, extensions included) ÷ cases whose deadline has passed or that were dealt with.",
            "satisfaction", "(Satisfied + basically satisfied) ÷ callbacks that reached the caller.");

    private final Clock clock;

    public PublicStatistics(Clock clock) {
        this.clock = clock;
    }

    public record Figure(long count, long of, Double rate) {
        static Figure of(Object count, Object of) {
            long c = ((Number) count).longValue();
            long o = ((Number) of).longValue();
            return new Figure(c, o, o == 0 ? null : Math.round(10000.0 * c / o) / 10000.0);
        }
    }

    public record Group(String key, long cases, Figure response, Figure onTimeResolution, Figure satisfaction) {
    }

    @Schema(name = "PublicStatistics")
    public record Statistics(String month, String by, Map<String, String> definitions, List<Group> groups) {
    }

    @GET
    @WithSession
    @Operation(summary = "Monthly response, on-time resolution and satisfaction rates", description = "Definitions in the answer.")
    public Uni<Statistics> statistics(
            @Parameter(example = "2026-11") @QueryParam("month") String month,
            @Parameter(description = "bureau, district, category or channel", example = "district")
            @QueryParam("by") @DefaultValue("bureau") String by) {
        YearMonth ym;
        try {
            ym = month == null ? YearMonth.now(ClockProducer.BUREAU_ZONE) : YearMonth.parse(month);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("month", "is not a month like 2026-11");
        }
        String key = DIMENSIONS.get(by);
        if (key == null) {
            throw ProblemException.invalid("by", "is not one of " + DIMENSIONS.keySet());
        }
        Instant from = ym.atDay(1).atStartOfDay(ClockProducer.BUREAU_ZONE).toInstant();
        Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(ClockProducer.BUREAU_ZONE).toInstant();
        String sql = """
                select %s, count(*),
                  count(*) filter (where on_site_at <= on_site_due),
                  count(*) filter (where on_site_at is not null or on_site_due <= :now),
                  count(*) filter (where resolved_at <= resolve_due),
                  count(*) filter (where resolved_at is not null or resolve_due <= :now),
                  count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')),
                  count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'))
                from public_case where received_at >= :from and received_at < :to group by 1 order by 1""".formatted(key);
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class)
                        .setParameter("from", from).setParameter("to", to).setParameter("now", clock.instant())
                        .getResultList())
                .map(rows -> new Statistics(ym.toString(), by, DEFINITIONS, rows.stream()
                        .map(r -> new Group(String.valueOf(r[0]), ((Number) r[1]).longValue(), Figure.of(r[2], r[3]),
                                Figure.of(r[4], r[5]), Figure.of(r[6], r[7])))
                        .toList()));
    }
}
