package org.hotline.platform.work;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import org.hotline.platform.time.Periodic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * One database read per instance for every live reader of a stream: a single poller reads what is new into a ring of
 * recent items and wakes the readers ({@link #changes()}); each reader then takes what follows its cursor from memory.
 * An idle reader costs nothing but its connection. A reader resuming from further back than the ring holds catches
 * up from the database first (its own reads, in pages), then joins the ring. Items are identified by an increasing
 * id (a sequence).
 */
public final class LiveFeed<T> {
    private final ToLongFunction<T> idOf;
    private final BiFunction<Long, Integer, Uni<List<T>>> readAfter;
    private final int ringSize;
    private final int batch;
    private final ConcurrentSkipListMap<Long, T> ring = new ConcurrentSkipListMap<>();
    /** The ring holds every item with an id above this one (up to {@link #latest}). */
    private volatile long floor = Long.MAX_VALUE;
    private volatile long latest = -1;
    /** The id of the newest item after each read that found something: readers wake on it. */
    private final io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor<Long> changes =
            io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor.create();

    /**
     * @param readAfter reads up to n items with an id above the given one, oldest first (it may open its own session)
     * @param latestId  the highest id at start: the ring begins there
     */
    public LiveFeed(Vertx vertx, String name, Duration poll, int batch, int ringSize, ToLongFunction<T> idOf,
                    BiFunction<Long, Integer, Uni<List<T>>> readAfter, Supplier<Uni<Long>> latestId) {
        this.idOf = idOf;
        this.readAfter = readAfter;
        this.ringSize = ringSize;
        this.batch = batch;
        Periodic.every(vertx, poll, name, () -> latest < 0
                ? latestId.get().invoke(id -> {
                    latest = id == null ? 0 : id;
                    floor = latest;
                })
                : refresh());
    }

    /** The single read of what is new, into the ring (the oldest dropped beyond its size). */
    private Uni<Void> refresh() {
        return readAfter.apply(latest, batch).invoke(items -> {
            for (T item : items) {
                long id = idOf.applyAsLong(item);
                ring.put(id, item);
                latest = Math.max(latest, id);
            }
            while (ring.size() > ringSize) {
                Map.Entry<Long, T> oldest = ring.pollFirstEntry();
                floor = oldest.getKey();
            }
            if (!items.isEmpty()) {
                changes.onNext(latest);
            }
        }).replaceWithVoid();
    }

    /**
     * Up to {@code limit} items after {@code cursor} that the reader wants: from memory when the ring reaches back that
     * far, else from the database ({@code catchUp}, the reader's own filter applied there). Empty until started.
     */
    public Uni<List<T>> after(long cursor, int limit, Predicate<T> wanted, BiFunction<Long, Integer, Uni<List<T>>> catchUp) {
        if (latest < 0) {
            return Uni.createFrom().item(List.of());
        }
        if (cursor < floor) {
            return catchUp.apply(cursor, limit);
        }
        List<T> next = new ArrayList<>();
        for (T item : ring.tailMap(cursor, false).values()) {
            if (wanted.test(item)) {
                next.add(item);
                if (next.size() == limit) {
                    break;
                }
            }
        }
        return Uni.createFrom().item(next);
    }

    /** Signals that the ring has new items (the newest id); a reader that is busy misses none: it reads by cursor. */
    public Multi<Long> changes() {
        return changes;
    }

    /** The highest id read so far (-1 before the first read). */
    public long latest() {
        return latest;
    }
}
