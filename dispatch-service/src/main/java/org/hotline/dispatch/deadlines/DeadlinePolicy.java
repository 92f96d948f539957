package org.hotline.dispatch.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.dispatch.config.DispatchConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** The deadlines of a dispatch round: per channel, category and priority, from the configured rules. */
@ApplicationScoped
public class DeadlinePolicy {
    private final DispatchConfig.Deadlines config;
    private final WorkingCalendar calendar;

    public DeadlinePolicy(DispatchConfig config) {
        this.config = config.deadlines();
        this.calendar = new WorkingCalendar(config.calendar().holidays().orElse(Set.of()),
                config.calendar().workingWeekends().orElse(Set.of()));
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
