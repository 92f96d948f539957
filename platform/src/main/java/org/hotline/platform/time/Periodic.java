package org.hotline.platform.time;

import org.hotline.platform.logging.Redacted;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs a reactive task every {@code period} (sub-second periods included, unlike the scheduler, which checks its
 * triggers once a second), each run on a fresh safe Vert.x context as Hibernate Reactive requires, never two runs
 * at once; the first run comes one period after the start. A failed run is logged and the next one tries again.
 */
public final class Periodic {
    private static final Logger LOG = Logger.getLogger(Periodic.class);

    private Periodic() {
    }

    public static void every(Vertx vertx, Duration period, String name, Supplier<Uni<?>> task) {
        AtomicBoolean running = new AtomicBoolean();
        Context root = vertx.getOrCreateContext();
        vertx.setPeriodic(period.toMillis(), period.toMillis(), id -> {
            if (!running.compareAndSet(false, true)) {
                return;
            }
            Context context = VertxContext.createNewDuplicatedContext(root);
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(v -> {
                try {
                    task.get().onTermination().invoke(() -> running.set(false))
                            .subscribe().with(done -> { }, e -> LOG.warnf("%s failed, trying again: %s", name, Redacted.kinds(e)));
                } catch (RuntimeException e) {
                    running.set(false);
                    LOG.warnf("%s failed, trying again: %s", name, Redacted.kinds(e));
                }
            });
        });
    }
}
