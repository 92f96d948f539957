package org.hotline.dispatch.deadlines;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working days in the bureau's zone: Monday to Friday, less statutory holidays, plus make-up weekend days (调休),
 * for the years it covers.
 */
public class WorkingCalendar {
    private final Set<Integer> years;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;
    private final ZoneId zone;

    /** Refuses a holiday or make-up day outside the years it says it covers (a typo in a year would go unseen). */
    public WorkingCalendar(Set<Integer> years, Set<LocalDate> holidays, Set<LocalDate> workingWeekends, ZoneId zone) {
        for (LocalDate day : union(holidays, workingWeekends)) {
            if (!years.contains(day.getYear())) {
                throw new IllegalArgumentException("the holiday calendar lists " + day + " but covers only " + years);
            }
        }
        this.years = Set.copyOf(years);
        this.holidays = Set.copyOf(holidays);
        this.workingWeekends = Set.copyOf(workingWeekends);
        this.zone = zone;
    }

    /** Whether the calendar knows this year's holidays. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    private static Set<LocalDate> union(Set<LocalDate> a, Set<LocalDate> b) {
        Set<LocalDate> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /**
     * The end of the {@code n}-th working day after the day of {@code from} (midnight at its close, in the
     * bureau's zone): a call on Friday with 3 working days is due by the end of Wednesday.
     */
    public Instant endOfWorkingDaysAfter(Instant from, int n) {
        LocalDate day = from.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
