package org.hotline.platform.outbox;

import org.postgresql.ds.PGSimpleDataSource;

/** The platform's own test database ({@code platform_test}, created by {@code deploy/local/up}). */
final class PlatformTestDatabase {
    private PlatformTestDatabase() {
    }

    static PGSimpleDataSource dataSource() {
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setUrl(System.getProperty("platform.test.db", "jdbc:postgresql://127.0.0.1:5432/platform_test"));
        db.setUser("platform");
        db.setPassword("platform");
        return db;
    }
}
