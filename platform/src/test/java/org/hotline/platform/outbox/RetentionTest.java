package org.hotline.platform.outbox;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Old published events and old inbox ids go; pending events and recent rows stay (real PostgreSQL, platform_test). */
class RetentionTest {
    static PGSimpleDataSource db;

    @BeforeAll
    static void migrate() {
        db = PlatformTestDatabase.dataSource();
        Flyway.configure().dataSource(db).locations("classpath:db/platform").load().migrate();
    }

    @Test
    void publishedEventsAndInboxIdsOlderThanTheirRetentionAreDeletedAndNothingElse() throws Exception {
        String c = "R-" + UUID.randomUUID();
        outbox(c, "now() - interval '8 days'");    // published 8 days ago: goes
        outbox(c, "now() - interval '6 days'");    // published 6 days ago: stays
        outbox(c, null);                           // never published (Kafka away for weeks): stays
        inbox(c, "now() - interval '31 days'");    // goes
        inbox(c, "now() - interval '29 days'");    // stays

        long[] deleted = new Retention(db, Duration.ofDays(7), Duration.ofDays(30), 5_000).prune();

        assertEquals(2, count("select count(*) from outbox_event where case_number = '" + c + "'"),
                "the 6-day-old published event and the pending one stay");
        assertEquals(1, count("select count(*) from outbox_event where case_number = '" + c + "' and published_at is null"));
        assertEquals(1, count("select count(*) from inbox_event where case_number = '" + c + "'"));
        assertTrue(deleted[0] >= 1 && deleted[1] >= 1, "it says what it deleted");
    }

    private static void outbox(String caseNumber, String publishedAt) throws SQLException {
        sql("insert into outbox_event (id, topic, type, case_number, source, occurred_at, payload, published_at) values ('"
                + UUID.randomUUID() + "', 'test.retention', 'hotline.test', '" + caseNumber + "', '/test', now(), '{}', "
                + (publishedAt == null ? "null" : publishedAt) + ")");
    }

    private static void inbox(String caseNumber, String processedAt) throws SQLException {
        sql("insert into inbox_event (event_id, consumer, type, case_number, processed_at) values ('" + UUID.randomUUID()
                + "', 'test', 'hotline.test', '" + caseNumber + "', " + processedAt + ")");
    }

    private static void sql(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
