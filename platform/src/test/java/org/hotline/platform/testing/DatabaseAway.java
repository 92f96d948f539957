package org.hotline.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A service's database refusing it, for as long as this is open: its role may not log in and the service's reactive
 * (Vert.x) connections are closed; its JDBC connections (the outbox relay's) stay. Closing lets it log in again.
 * Connects as the {@code postgres} superuser (trust authentication on 127.0.0.1, as {@code deploy/local/up} expects).
 */
public final class DatabaseAway implements AutoCloseable {
    private final Connection admin;
    private final String role;

    private DatabaseAway(Connection admin, String role) {
        this.admin = admin;
        this.role = role;
    }

    public static DatabaseAway refuse(String role, String database) throws SQLException {
        Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
        try (Statement s = admin.createStatement()) {
            s.execute("alter role " + role + " nologin");
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + role
                    + "' and datname = '" + database + "' and application_name like 'vertx%'");
        }
        return new DatabaseAway(admin, role);
    }

    @Override
    public void close() throws SQLException {
        try (admin; Statement s = admin.createStatement()) {
            s.execute("alter role " + role + " login");
        }
    }
}
