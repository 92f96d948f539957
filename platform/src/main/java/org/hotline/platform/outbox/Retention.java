package org.hotline.platform.outbox;

import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Keeps the outbox and the inbox from growing forever: deletes outbox rows published longer ago than
 * {@code outbox}, and inbox ids recorded longer ago than {@code inbox}. The inbox must remember an event for longer
 * than Kafka keeps it (the topics keep 7 days), so that a redelivered event always finds its id. Pending outbox
 * rows are never touched. Deletes in chunks, each its own short transaction, so that it never holds up the
 * relay or a consumer.
 */
public final class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class);
    private final DataSource dataSource;
    private final Duration outbox;
    private final Duration inbox;
    private final int chunk;

    public Retention(DataSource dataSource, Duration outbox, Duration inbox, int chunk) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.inbox = inbox;
        this.chunk = chunk;
    }

    /** Returns how many outbox and inbox rows it deleted. */
    public long[] prune() throws SQLException {
        long events = delete("delete from outbox_event where ctid = any(array(select ctid from outbox_event "
                + "where published_at < now() - make_interval(secs => ?) limit " + chunk + "))", outbox);
        long ids = delete("delete from inbox_event where ctid = any(array(select ctid from inbox_event "
                + "where processed_at < now() - make_interval(secs => ?) limit " + chunk + "))", inbox);
        if (events + ids > 0) {
            LOG.infof("retention: deleted %d published outbox events older than %s and %d inbox ids older than %s",
                    events, outbox, ids, inbox);
        }
        return new long[] {events, ids};
    }

    private long delete(String sql, Duration age) throws SQLException {
        long total = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            delete.setLong(1, age.toSeconds());
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == chunk);
        }
        return total;
    }
}
