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
    /** The months anyone may ask for: a year like +999999999 would overflow the instants (a 500, not an answer). */
    public static final int FIRST_YEAR = 2000, LAST_YEAR = 2100;

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
        if (ym.getYear() < FIRST_YEAR || ym.getYear() > LAST_YEAR) {
            throw ProblemException.invalid("month", "must be between " + FIRST_YEAR + "-01 and " + LAST_YEAR + "-12");
        }
        String column = dimensions.get(by);
        if (column == null) {
            throw ProblemException.invalid("by", "is not one of " + new TreeSet<>(dimensions.keySet()));
        }
        return new MonthlyQuery(ym, by, column, ym.atDay(1).atStartOfDay(zone).toInstant(),
                ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }
}
