package org.hotline.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.hotline.platform.config.HotlineConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The one source of time: tests replace the clock with one they move, so deadline tests never sleep. It ticks in
 * microseconds, PostgreSQL's precision, so that a time reads the same in the answer that stored it and in every
 * later read. The bureau's zone ({@code hotline.zone}) is injectable as a {@link ZoneId}: everything is stored as
 * UTC instants and shown, and days are counted, in it.
 */
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Produces
    @Singleton
    ZoneId bureauZone(HotlineConfig config) {
        return config.zone();
    }
}
