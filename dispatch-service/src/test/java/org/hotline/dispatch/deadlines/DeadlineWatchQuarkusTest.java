package org.hotline.dispatch.deadlines;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.hotline.dispatch.TestClock;
import org.hotline.dispatch.deadlines.service.DeadlineWatch;
import org.hotline.platform.events.EventType;
import org.hotline.platform.testing.Tokens;
import org.hotline.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every deadline path with an injected clock — met, warned, breached and escalated, extended, reopened, working
 * days across a holiday — each alarm raised exactly once, without sleeping.
 */
@QuarkusTest
class DeadlineWatchQuarkusTest {
    @Inject
    TestClock clock;
    @Inject
    DeadlineWatch watch;
    @Inject
    AgroalDataSource db;

    @Test
    void onSiteInTimeRaisesNothingForTheOnSiteDeadline() throws Exception {
        String number = register("STREET_VENDOR", "NORMAL", clock.instant());
        long id = dispatchId(number);
        supervisor("acknowledgement", id);
        supervisor("arrival", id);
        clock.advance(Duration.ofHours(2));
        scan();
        assertEquals(0, events(number, "hotline.dispatch.deadline-%", "ON_SITE"));
        assertEquals(0, events(number, "hotline.dispatch.deadline-%", "RESOLUTION"), "the 2-day window is far from its 75%");
    }

    @Test
    void nobodyOnSiteIsWarnedThenBreachedThenEscalatedEachExactlyOnce() throws Exception {
        String number = register("STREET_VENDOR", "NORMAL", clock.instant());
        dispatchId(number);
        clock.advance(Duration.ofMinutes(46)); // past 75% of the hour
        scanConcurrently();
        assertEquals(1, events(number, EventType.DEADLINE_WARNING.type(), "ON_SITE"));
        assertEquals(0, events(number, EventType.DEADLINE_BREACHED.type(), "ON_SITE"));

        clock.advance(Duration.ofMinutes(15)); // 61 minutes after the call
        scanConcurrently();
        scanConcurrently();
        assertEquals(1, events(number, EventType.DEADLINE_WARNING.type(), "ON_SITE"));
        assertEquals(1, events(number, EventType.DEADLINE_BREACHED.type(), "ON_SITE"));
        assertEquals(1, events(number, EventType.DEADLINE_ESCALATED.type(), "ON_SITE"));
        given().header("Authorization", Tokens.bearer("sup.east")).when().get("/dispatches/" + dispatchId(number))
                .then().statusCode(200).body("secondsLeft", org.hamcrest.Matchers.lessThan(0));
    }

    @Test
    void aCallLoggedLateIsBreachedAtOnceWithoutAStaleWarning() throws Exception {
        String number = register("STREET_VENDOR", "NORMAL", clock.instant().minus(Duration.ofMinutes(61)));
        dispatchId(number);
        scan();
        assertEquals(1, events(number, EventType.DEADLINE_BREACHED.type(), "ON_SITE"));
        assertEquals(1, events(number, EventType.DEADLINE_ESCALATED.type(), "ON_SITE"));
        assertEquals(0, events(number, EventType.DEADLINE_WARNING.type(), "ON_SITE"));
    }

    @Test
    void aGrantedExtensionMovesTheResolutionDeadline() throws Exception {
        Instant received = clock.instant();
        String number = register("STREET_VENDOR", "NORMAL", received);
        long id = dispatchId(number);
        supervisor("acknowledgement", id);
        supervisor("arrival", id);
        Instant until = received.plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS);
        given().header("Authorization", Tokens.bearer("sup.east")).contentType(ContentType.JSON)
                .body("{\"until\":\"" + until + "\",\"reason\":\"需协调市场监管部门联合执法\"}")
                .when().post("/dispatches/" + id + "/extension").then().statusCode(200).body("extensionStatus", equalTo("REQUESTED"));
        given().header("Authorization", Tokens.bearer("dispatcher1")).when().get("/dispatches/queue")
                .then().statusCode(200).body("find { it.id == " + id + " }.extensionReason", equalTo("需协调市场监管部门联合执法"));
        given().header("Authorization", Tokens.bearer("sup.east")).contentType(ContentType.JSON).body("{\"grant\":true}")
                .when().post("/dispatches/" + id + "/extension/decision").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("dispatcher1")).contentType(ContentType.JSON).body("{\"grant\":true,\"note\":\"同意\"}")
                .when().post("/dispatches/" + id + "/extension/decision")
                .then().statusCode(200).body("extensionStatus", equalTo("GRANTED")).body("resolveDue", equalTo(until.toString()));

        clock.advance(Duration.ofHours(49)); // past the original two days
        scan();
        assertEquals(0, events(number, EventType.DEADLINE_BREACHED.type(), "RESOLUTION"));
        clock.advance(Duration.ofHours(48));
        scan();
        assertEquals(1, events(number, EventType.DEADLINE_BREACHED.type(), "RESOLUTION"));

        given().header("Authorization", Tokens.bearer("sup.east")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"WARNED\",\"publicSummary\":\"已责令整改\"}")
                .when().post("/dispatches/" + id + "/resolution").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("sup.east")).contentType(ContentType.JSON)
                .body("{\"until\":\"" + until.plus(Duration.ofDays(9)) + "\",\"reason\":\"再延\"}")
                .when().post("/dispatches/" + id + "/extension").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aReopenedCaseStartsANewRoundWithFreshDeadlines() throws Exception {
        String number = register("STREET_VENDOR", "NORMAL", clock.instant());
        long first = dispatchId(number);
        supervisor("acknowledgement", first);
        supervisor("arrival", first);
        given().header("Authorization", Tokens.bearer("sup.east")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"PERSUADED\",\"publicSummary\":\"已劝离\"}")
                .when().post("/dispatches/" + first + "/resolution").then().statusCode(200);
        clock.advance(Duration.ofDays(1));
        Instant reopened = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        send(EventType.CASE_REOPENED, number, """
                {"caseNumber":"%s","previousRound":1,"reason":"群众不满意","reopenedAt":"%s"}""".formatted(number, reopened));
        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from dispatch where case_number = ? and round = 2", number) == 1);
        given().header("Authorization", Tokens.bearer("sup.east")).queryParam("caseNumber", number).when().get("/dispatches")
                .then().statusCode(200)
                .body("find { it.caseNumber == '" + number + "' }.round", equalTo(2))
                .body("find { it.caseNumber == '" + number + "' }.previousDispatchId", equalTo((int) first))
                .body("find { it.caseNumber == '" + number + "' }.onSiteDue", equalTo(reopened.plus(Duration.ofHours(1)).toString()))
                .body("find { it.caseNumber == '" + number + "' }.status", equalTo("DISPATCHED"));
    }

    @Test
    void aLimitInWorkingDaysSkipsTheNationalDayHolidayAndCountsTheMakeUpSaturday() throws Exception {
        // Wednesday 30 Sep 2026, 10:00 in Shanghai; 5 working days: 8, 9, 10 (make-up Saturday), 12, 13 October
        Instant received = Instant.parse("2026-09-30T02:00:00Z");
        String number = register("ILLEGAL_CONSTRUCTION", "NORMAL", received);
        given().header("Authorization", Tokens.bearer("dispatcher1")).when().get("/dispatches/" + dispatchId(number))
                .then().statusCode(200)
                .body("resolveDue", equalTo("2026-10-13T16:00:00Z")) // end of Tuesday 13 October, Shanghai
                .body("onSiteDue", equalTo("2026-09-30T03:00:00Z"));
        String urgent = register("STREET_VENDOR", "URGENT", received);
        given().header("Authorization", Tokens.bearer("dispatcher1")).when().get("/dispatches/" + dispatchId(urgent))
                .then().statusCode(200)
                .body("onSiteDue", equalTo("2026-09-30T02:30:00Z"))
                .body("resolveDue", equalTo("2026-10-01T02:00:00Z"));
    }

    // ------------------------------------------------------------------ helpers

    /** Scans, then waits until every due alarm is fired and committed (the service's own watch may hold some). */
    private void scan() throws Exception {
        Instant now = clock.instant();
        try {
            VertxContextSupport.subscribeAndAwait(() -> watch.scan());
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> dueUnfired(now) == 0);
    }

    private long dueUnfired(Instant now) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from deadline_alarm where fired_at is null and not cancelled and due_at <= ?")) {
            s.setObject(1, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Three scans at once, each in its own transaction, as three instances would run them. */
    private void scanConcurrently() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                try {
                    scan();
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
    }

    private String register(String category, String priority, Instant received) throws Exception {
        String number = "D-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        send(EventType.CASE_REGISTERED, number, """
                {"caseNumber":"%s","channel":"HOTLINE","category":"%s","priority":"%s","district":"EAST","street":"人民路",
                 "gridCell":null,"receivedAt":"%s","anonymous":false,"callbackRequested":true}"""
                .formatted(number, category, priority, received.truncatedTo(ChronoUnit.MILLIS)));
        return number;
    }

    private long dispatchId(String number) throws Exception {
        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from dispatch where case_number = ?", number) >= 1);
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select id from dispatch where case_number = ? order by round desc limit 1")) {
            s.setString(1, number);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void supervisor(String step, long id) {
        given().header("Authorization", Tokens.bearer("sup.east")).when().post("/dispatches/" + id + "/" + step)
                .then().statusCode(200);
    }

    private static void send(EventType type, String number, String data) throws Exception {
        TestEvents.send(type, number, data);
    }

    private long events(String number, String typePattern, String kind) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from outbox_event where case_number = ? and type like ? and payload like ?")) {
            s.setString(1, number);
            s.setString(2, typePattern);
            s.setString(3, "%\"kind\":\"" + kind + "\"%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long count(String sql, String number) throws Exception {
        return org.hotline.platform.testing.Sql.number(db, sql, number);
    }
}
