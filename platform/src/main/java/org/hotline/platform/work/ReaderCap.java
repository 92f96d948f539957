package org.hotline.platform.work;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import org.hotline.platform.problem.ProblemException;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most {@code max} open readers of a live stream per instance: the next one gets a 503 with {@code Retry-After}
 * (another instance, or this one a little later, takes it), so that readers cannot exhaust the service. The count is
 * the gauge {@code hotline_stream_readers{stream}}.
 */
public final class ReaderCap {
    private final AtomicInteger open = new AtomicInteger();
    private final String stream;
    private final int max;
    private final int retryAfterSeconds;

    public ReaderCap(String stream, int max, int retryAfterSeconds, MeterRegistry registry) {
        this.stream = stream;
        this.max = max;
        this.retryAfterSeconds = retryAfterSeconds;
        Gauge.builder("hotline.stream.readers", open, AtomicInteger::get).tag("stream", stream)
                .description("Readers connected to a live stream on this instance").register(registry);
    }

    /** The stream for one more reader, counted until it ends (completed, failed or cancelled by the reader). */
    public <T> Multi<T> open(Supplier<Multi<T>> stream) {
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            throw ProblemException.unavailable("the " + this.stream + " stream has " + max
                    + " readers on this instance already; try again shortly", retryAfterSeconds);
        }
        try {
            return stream.get().onTermination().invoke(open::decrementAndGet);
        } catch (RuntimeException e) {
            open.decrementAndGet();
            throw e;
        }
    }

    public int open() {
        return open.get();
    }
}
