package org.hotline.platform.figures;

import org.hotline.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeSet;

/**
 * A request for monthly figures, as auditors ({@code /assessment}) and the public ({@code /statistics}) ask it:
 * {@code month} ({@code 2026-11}, default this month in the bureau's zone) and {@code by} (one of the caller's
 * dimensions). {@code from}/{@code to} bound the month in the bureau's zone; {@code column} is the SQL expression
 * of the chosen dimension.
 */
public record MonthlyQuery(YearMonth month, String by, String column, Instant from, Instant to) {

    /**
     * Parses the two parameters; a bad one is a 400 naming it.
     *
     * @param dimensions each allowed {@code by} with its SQL grouping expression
     */
    public static MonthlyQuery parse(String month, String by, Map<String, String> dimensions, Clock clock, ZoneId zone) {
        YearMonth ym;
        try {
            ym = month == null || month.isBlank() ? YearMonth.now(clock.withZone(zone)) : YearMonth.parse(month);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("month", "is not a month like 2026-11");
        }
        String column = dimensions.get(by);
        if (column == null) {
            throw ProblemException.invalid("by", "is not one of " + new TreeSet<>(dimensions.keySet()));
        }
        return new MonthlyQuery(ym, by, column, ym.atDay(1).atStartOfDay(zone).toInstant(),
                ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }
}
