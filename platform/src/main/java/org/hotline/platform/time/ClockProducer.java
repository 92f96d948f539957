package org.hotline.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The one source of time: tests replace it with a clock they move, so deadline tests never sleep. */
public class ClockProducer {
    /** The bureau's zone, for showing times; everything is stored as UTC instants. */
    public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
