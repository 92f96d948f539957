package org.hotline.platform.problem;

import io.vertx.pgclient.PgException;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * The database or the network away: refused or dropped connections, PostgreSQL shutting down or refusing logins,
 * a full or timed-out pool. Nothing about the request or the event itself is wrong: consumers wait it out, and HTTP
 * callers get a 503 with {@code Retry-After}, never a 500.
 */
public final class Outage {
    private Outage() {
    }

    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return false; // an IOException about the data, not the network
            }
            if (t instanceof IOException || t instanceof TimeoutException
                    || t instanceof io.vertx.core.impl.NoStackTraceTimeoutException
                    || t instanceof io.vertx.core.http.ConnectionPoolTooBusyException
                    || t instanceof io.vertx.sqlclient.ClosedConnectionException) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                String state = pg.getSqlState();
                // 08: connection exception; 28: login refused; 53: out of resources; 57P: shutting down, cannot connect now
                if (state.startsWith("08") || state.startsWith("28") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }
}
