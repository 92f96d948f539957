package org.hotline.platform.privacy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.hotline.platform.config.HotlineConfig;
import org.hotline.platform.logging.Redacted;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Erases callers' names and phones a set time after their case closed ({@code hotline.retention.personal-data},
 * 180 days by default); the case itself is kept, without them. Runs with the outbox retention's rhythm.
 */
@ApplicationScoped
public class PersonalDataRetention {
    private static final Logger LOG = Logger.getLogger(PersonalDataRetention.class);

    private final Instance<PersonalData> stores;
    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final Duration keep;

    public PersonalDataRetention(Instance<PersonalData> stores, AgroalDataSource dataSource, Clock clock, HotlineConfig config) {
        this.stores = stores;
        this.dataSource = dataSource;
        this.clock = clock;
        this.keep = config.retention().personalData();
    }

    @Scheduled(every = "${hotline.retention.every}", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            erase();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("personal data retention failed (will try again): %s", Redacted.kinds(e));
        }
    }

    /** Erases what is old enough now; returns how many rows it changed. */
    public long erase() throws SQLException {
        Instant before = clock.instant().minus(keep);
        long changed = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            for (PersonalData store : stores) {
                for (String sql : store.erasures()) {
                    try (PreparedStatement erase = connection.prepareStatement(sql)) {
                        erase.setTimestamp(1, Timestamp.from(before));
                        changed += erase.executeUpdate();
                    }
                }
            }
        }
        if (changed > 0) {
            LOG.infof("retention: erased personal data of cases closed before %s (%d rows)", before, changed);
        }
        return changed;
    }
}
