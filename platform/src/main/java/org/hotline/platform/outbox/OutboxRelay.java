package org.hotline.platform.outbox;

import org.hotline.platform.logging.Redacted;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline.platform.config.HotlineConfig;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Runs the {@link OutboxPublisher} of this service on its own thread, every {@code hotline.outbox.poll-interval}
 * (and at once again while batches come back full). An idle poll is one read of the pending-rows index. No
 * {@code LISTEN/NOTIFY}: a NOTIFY serialises the commits of every notifying transaction in the cluster.
 * Exposes {@code hotline_outbox_pending} and {@code hotline_outbox_published_total}.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final OutboxPublisher publisher;
    private final int batchSize;
    private final Counter published;
    private final Duration pollInterval;
    private final Retention retention;
    private volatile boolean running = true;
    private volatile boolean failing;
    private Thread thread;

    public OutboxRelay(AgroalDataSource dataSource, MeterRegistry registry,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.application.name") String application,
                       HotlineConfig config) {
        this.dataSource = dataSource;
        this.retention = new Retention(dataSource, config.retention().outbox(), config.retention().inbox(),
                config.retention().chunk());
        this.pollInterval = config.outbox().pollInterval();
        this.batchSize = config.outbox().batchSize();
        this.publisher = new OutboxPublisher(dataSource, bootstrapServers, application + "-outbox", batchSize,
                config.outbox().lease(), OutboxPublisher.Interruption.NONE);
        this.published = Counter.builder("hotline.outbox.published").description("Events published from the outbox")
                .register(registry);
        Gauge.builder("hotline.outbox.pending", this, OutboxRelay::pending)
                .description("Outbox events not yet published to Kafka").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("outbox relay %s started", publisher.instanceId());
    }

    private void loop() {
        while (running) {
            relay();
            sleep();
        }
    }

    private void sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    void relay() {
        try {
            int count;
            do {
                count = publisher.publishBatch();
                published.increment(count);
            } while (count == batchSize);
            if (failing) {
                LOG.info("outbox relay publishes again");
                failing = false;
            }
        } catch (Exception e) {
            if (!failing) {
                LOG.warnf("outbox relay cannot publish (will retry, events stay in the outbox): %s", Redacted.kinds(e));
                failing = true;
            }
        }
    }

    /** Every hour (after the first minute): published outbox rows and old inbox ids are deleted ({@link Retention}). */
    @Scheduled(every = "${hotline.retention.every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try {
            retention.prune();
        } catch (SQLException e) {
            LOG.warnf("retention could not prune the outbox and inbox (will try again): %s", Redacted.kinds(e));
        }
    }

    double pending() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from outbox_event where published_at is null")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        publisher.close();
    }
}
