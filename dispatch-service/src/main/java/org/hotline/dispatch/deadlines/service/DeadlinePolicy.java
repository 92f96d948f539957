package org.hotline.dispatch.deadlines.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.dispatch.config.DispatchConfig;
import org.hotline.dispatch.deadlines.WorkingCalendar;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * The deadlines of a dispatch round: per channel, category and priority, from the configured rules. Built at
 * start, so that a holiday calendar that does not cover this year and the next stops the service there and then
 * rather than silently counting holidays as working days.
 */
@Startup
@ApplicationScoped
public class DeadlinePolicy {
    private static final Logger LOG = Logger.getLogger(DeadlinePolicy.class);

    private final DispatchConfig.Deadlines config;
    private final WorkingCalendar calendar;

    public DeadlinePolicy(DispatchConfig config, Clock clock, ZoneId zone) {
        this.config = config.deadlines();
        DispatchConfig.Calendar c = config.calendar();
        this.calendar = new WorkingCalendar(c.years(), c.holidays().orElse(Set.of()), c.workingWeekends().orElse(Set.of()), zone);
        int year = clock.instant().atZone(zone).getYear();
        for (int y = year; y <= year + 1; y++) {
            if (!calendar.covers(y)) {
                throw new IllegalStateException("the holiday calendar (dispatch.calendar.*) does not cover " + y
                        + ": enter the State Council's holidays and make-up working days for " + y);
            }
        }
        c.provisionalYears().orElse(Set.of()).forEach(y -> LOG.warnf(
                "the holiday calendar of %d is provisional (statutory days only): replace it with the State Council's notice", y));
    }

    /** When the squad must be on site and when the case must be dealt with, counted from {@code from}. */
    public Deadlines of(String channel, String category, String priority, Instant from) {
        Duration onSite = config.onSite();
        Instant resolveDue = from.plus(config.resolve());
        for (DispatchConfig.Rule rule : config.rules()) {
            if (rule.channel().map(channel::equals).orElse(true)
                    && rule.category().map(category::equals).orElse(true)
                    && rule.priority().map(priority::equals).orElse(true)) {
                onSite = rule.onSite().orElse(onSite);
                if (rule.resolveWorkingDays().isPresent()) {
                    resolveDue = calendar.endOfWorkingDaysAfter(from, rule.resolveWorkingDays().getAsInt());
                } else if (rule.resolve().isPresent()) {
                    resolveDue = from.plus(rule.resolve().get());
                }
                break;
            }
        }
        return new Deadlines(from.plus(onSite), resolveDue);
    }

    /** The moment {@code warnAt} of the window from {@code from} to {@code due} has passed. */
    public Instant warning(Instant from, Instant due) {
        long millis = Duration.between(from, due).toMillis();
        return from.plusMillis(Math.round(millis * config.warnAt()));
    }

    public Instant escalation(Instant breach) {
        return breach.plus(config.escalateAfter());
    }

    public record Deadlines(Instant onSiteDue, Instant resolveDue) {
    }
}
