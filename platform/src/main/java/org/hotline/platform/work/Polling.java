package org.hotline.platform.work;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one way a live stream (Server-Sent Events) reads: every {@code every} (and, fed by a {@link LiveFeed}, whenever
 * it has something new), the next rows, each read on the Vert.x context of the request that opened the stream
 * (Hibernate Reactive's sessions live there), one read at a time; signals that come during a read fold into one.
 */
public final class Polling {
    private Polling() {
    }

    /**
     * Call from the request (its Vert.x context is captured); {@code next} reads what came after the last item sent:
     * every {@code every} and as soon as {@code wake} signals something new (a {@link LiveFeed}'s changes), and again
     * at once after a read that found something, until one finds nothing — a reader catching up pages through at the
     * pace of its reads, not of the ticks.
     */
    public static <T> Multi<T> poll(Duration every, Multi<?> wake, Supplier<Uni<List<T>>> next) {
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("Polling.poll must be called on a Vert.x context (a request)");
        }
        Multi<Object> ticks = Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(every).map(t -> (Object) t);
        return Multi.createBy().merging().streams(ticks, wake.map(w -> (Object) w))
                .onOverflow().dropPreviousItems() // one signal waits while a read runs: none is lost, none queues
                .concatMap(signal -> Multi.createBy().repeating().uni(() -> onContext(context, next))
                        .until(List::isEmpty))
                .onItem().transformToIterable(rows -> rows);
    }

    private static <T> Uni<T> onContext(Context context, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> {
            try {
                work.get().subscribe().with(emitter::complete, emitter::fail);
            } catch (RuntimeException e) {
                emitter.fail(e);
            }
        }));
    }
}
