package org.hotline.dispatch.deadlines;

import org.hotline.platform.time.ClockProducer;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Working days in the bureau's zone: Monday to Friday, less statutory holidays, plus make-up weekend days. */
public class WorkingCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        this.holidays = holidays;
        this.workingWeekends = workingWeekends;
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
        LocalDate day = from.atZone(ClockProducer.BUREAU_ZONE).toLocalDate();
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(ClockProducer.BUREAU_ZONE).toInstant();
    }
}
