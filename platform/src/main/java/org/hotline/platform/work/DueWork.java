package org.hotline.platform.work;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import org.hotline.platform.time.Periodic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The one way a service works off rows that fall due (deadline alarms, late callbacks, outcome notices): every
 * {@code every}, in a transaction, lock at most {@code batch} due rows ({@code FOR UPDATE SKIP LOCKED}, so two
 * instances never take the same row), act on them and record that they were done, then commit; while a batch
 * comes back full, take the next one at once. A row is done exactly once whatever the number of instances, and a
 * failed batch rolls back whole and is taken again by the next pass.
 *
 * @param <R> what one due row is
 */
public final class DueWork<R> {

    /** What a kind of due row is and what to do with it; both run in the batch's transaction. */
    public interface Rows<R> {
        /** Locks (skipping rows other instances hold) and returns at most {@code limit} rows due at {@code now}. */
        Uni<List<R>> lockDue(Instant now, int limit);

        /** Acts on the locked rows and marks them done, so that no later pass takes them again. */
        Uni<Void> act(List<R> rows, Instant now);
    }

    private final String name;
    private final Clock clock;
    private final Duration every;
    private final int batch;
    private final Rows<R> rows;

    public DueWork(String name, Clock clock, Duration every, int batch, Rows<R> rows) {
        if (batch < 1) {
            throw new IllegalArgumentException(name + ": the batch size must be at least 1");
        }
        this.name = name;
        this.clock = clock;
        this.every = every;
        this.batch = batch;
        this.rows = rows;
    }

    /** Runs {@link #drain} every {@code every} on this instance, never two passes at once. */
    public void start(Vertx vertx) {
        Periodic.every(vertx, every, name, this::drain);
    }

    /** One pass: what is due now, batch after batch; returns how many rows were taken. */
    public Uni<Integer> drain() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> rows.lockDue(now, batch)
                        .chain(due -> due.isEmpty() ? Uni.createFrom().item(0) : rows.act(due, now).replaceWith(due.size())))
                .chain(taken -> taken == batch ? drain().map(more -> taken + more) : Uni.createFrom().item(taken));
    }
}
