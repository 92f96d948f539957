package org.hotline.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Runs the {@link OutboxPublisher} of this service on its own thread: at once when a transaction that wrote
 * an event commits (PostgreSQL {@code LISTEN/NOTIFY}), and every {@code hotline.outbox.poll-interval} in any
 * case (a lapsed lease of another instance, a retry after Kafka was away).
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
    static final String CHANNEL = "hotline_outbox";
    private volatile boolean running = true;
    private volatile boolean failing;
    private Thread thread;

    public OutboxRelay(AgroalDataSource dataSource, MeterRegistry registry,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.application.name") String application,
                       @ConfigProperty(name = "hotline.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "hotline.outbox.lease", defaultValue = "10s") Duration lease,
                       @ConfigProperty(name = "hotline.outbox.poll-interval", defaultValue = "200ms") Duration pollInterval) {
        this.dataSource = dataSource;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.publisher = new OutboxPublisher(dataSource, bootstrapServers, application + "-outbox", batchSize, lease,
                OutboxPublisher.Interruption.NONE);
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
            try (Connection listener = dataSource.getConnection(); Statement listen = listener.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
                PGConnection notifications = listener.unwrap(PGConnection.class);
                while (running) {
                    relay();
                    notifications.getNotifications((int) pollInterval.toMillis());
                }
            } catch (SQLException e) {
                relay(); // reports the failure once; then wait before listening again
                sleep();
            }
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
                LOG.warnf("outbox relay cannot publish (will retry, events stay in the outbox): %s", e.toString());
                failing = true;
            }
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
