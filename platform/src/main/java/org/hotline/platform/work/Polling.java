package org.hotline.platform.work;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one way a live stream (Server-Sent Events) reads the database: every {@code every}, the next rows, each read
 * on the Vert.x context of the request that opened the stream (Hibernate Reactive's sessions live there), one read
 * at a time; a slow read skips ticks instead of queueing them.
 */
public final class Polling {
    private Polling() {
    }

    /** Call from the request (its Vert.x context is captured); {@code next} reads what came after the last item sent. */
    public static <T> Multi<T> poll(Duration every, Supplier<Uni<List<T>>> next) {
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("Polling.poll must be called on a Vert.x context (a request)");
        }
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(every)
                .onOverflow().drop()
                .concatMap(tick -> onContext(context, next).toMulti())
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
