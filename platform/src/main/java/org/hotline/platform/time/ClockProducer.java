package org.hotline.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The one source of time: tests replace it with a clock they move, so deadline tests never sleep. It ticks in
 * microseconds, PostgreSQL's precision, so that a time reads the same in the answer that stored it and in every
 * later read.
 */
public class ClockProducer {
    /** The bureau's zone, for showing times; everything is stored as UTC instants. */
    public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
