package org.hotline.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database or the network is away" (wait, 503) and which do not (retry budget, 500). */
@Tag("fast")
class OutageTest {

    private static PgException pg(String sqlState) {
        return new PgException("message", "FATAL", sqlState, "detail");
    }

    @Test
    void refusedDroppedOrTimedOutConnectionsAreOutagesWhereverTheyAreWrapped() {
        assertTrue(Outage.isOutage(new ConnectException("Connection refused")));
        assertTrue(Outage.isOutage(new CompletionException(new RuntimeException(new ConnectException("refused")))));
        assertTrue(Outage.isOutage(ClosedConnectionException.INSTANCE));
        assertTrue(Outage.isOutage(new TimeoutException()));
    }

    @Test
    void postgresqlRefusingLoginsShuttingDownOrOutOfResourcesIsAnOutage() {
        assertTrue(Outage.isOutage(pg("08006")));  // connection failure
        assertTrue(Outage.isOutage(pg("28P01")));  // login refused
        assertTrue(Outage.isOutage(pg("53300")));  // too many connections
        assertTrue(Outage.isOutage(pg("57P01")));  // admin shutdown
        assertTrue(Outage.isOutage(pg("57P03")));  // cannot connect now
    }

    @Test
    void whatIsWrongWithTheRequestOrTheDataIsNot() {
        assertFalse(Outage.isOutage(pg("23505"))); // unique violation
        assertFalse(Outage.isOutage(pg("40P01"))); // deadlock: the retry budget, not an outage
        assertFalse(Outage.isOutage(new JsonParseException(null, "bad json"))); // an IOException about the data
        assertFalse(Outage.isOutage(new IllegalStateException("a bug")));
        assertFalse(Outage.isOutage(null));
    }
}
