package org.hotline.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A service's clock in tests: real time plus an offset the test moves, so deadline tests never sleep. Ticks in
 * microseconds like the production clock. Each service's tests make it their {@code Clock} bean with a one-line
 * subclass ({@code @Alternative @Priority(1) @Singleton class TestClock extends MovableClock}).
 */
public class MovableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void set(Instant to) {
        offset = Duration.between(Instant.now(), to);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
