package org.hotline.followup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hotline.followup.callbacks.service.CallbackWatch;
import org.hotline.platform.events.EventType;
import org.hotline.platform.testing.Tokens;
import org.hotline.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Callbacks and the monthly figures, from the raw events on the real broker, with an injected clock. */
@QuarkusTest
class FollowupQuarkusTest {
    @Inject
    TestClock clock;
    @Inject
    CallbackWatch watch;
    @Inject
    AgroalDataSource db;

    @Test
    void aResolvedCaseIsOnTheWorklistWithTheCallerAndUnreachableCallersAreTriedAgainThenClosed() throws Exception {
        clock.set(Instant.now());
        Instant t = clock.instant();
        String number = caseOf("EAST", t);
        long id = resolvedRound(number, 1, t.minus(Duration.ofHours(3)), t.minus(Duration.ofHours(2)), null, t);
        long callback = awaitCallback(number);
        given().header("Authorization", Tokens.bearer("operator1")).when().get("/callbacks")
                .then().statusCode(200)
                .body("find { it.caseNumber == '" + number + "' }.caller.name", equalTo("李女士"))
                .body("find { it.caseNumber == '" + number + "' }.caller.phone", equalTo("13900001234"))
                .body("find { it.caseNumber == '" + number + "' }.outcome", equalTo("PERSUADED"));
        given().header("Authorization", Tokens.bearer("sup.east")).when().get("/callbacks").then().statusCode(403);
        // auditors see the worklist, not who to call
        given().header("Authorization", Tokens.bearer("auditor1")).when().get("/callbacks").then().statusCode(200)
                .body("find { it.caseNumber == '" + number + "' }.outcome", equalTo("PERSUADED"))
                .body("find { it.caseNumber == '" + number + "' }.caller", org.hamcrest.Matchers.nullValue());

        attempt(callback, "UNREACHABLE").body("status", equalTo("DUE")).body("attempts", equalTo(1));
        worklist().body("caseNumber", not(hasItem(number))); // tried again only after the spacing
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        worklist().body("caseNumber", hasItem(number));
        attempt(callback, "UNREACHABLE");
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        attempt(callback, "UNREACHABLE").body("status", equalTo("CLOSED"));
        assertEquals(1, count("select count(*) from outbox_event where case_number = ? and type = 'hotline.case.closed' and payload like '%UNREACHABLE%'", number));
        attempt(callback, "SATISFIED").statusCode(409);
        // the round itself is what the assessment counts: on site and resolved, as dispatch reported it
        assertEquals(1, count("select count(*) from round_facts where dispatch_id = " + id
                + " and case_number = ? and on_site_at is not null and resolved_at is not null", number));
    }

    @Test
    void twoOperatorsRecordingOneCallbackAtOnceGetOne200AndOne409() throws Exception {
        clock.set(Instant.now());
        for (int round = 0; round < 4; round++) {
            Instant t = clock.instant();
            String number = caseOf("EAST", t);
            resolvedRound(number, 1, t.minus(Duration.ofHours(3)), t.minus(Duration.ofHours(2)), null, t);
            long callback = awaitCallback(number);
            var both = java.util.stream.IntStream.range(0, 2).mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    attempt(callback, "SATISFIED").extract().response())).toList()
                    .stream().map(java.util.concurrent.CompletableFuture::join).toList();
            assertEquals(List.of(200, 409), both.stream().map(r -> r.statusCode()).sorted().toList(), "round " + round);
            assertEquals(1, count("select count(*) from outbox_event where case_number = ? and type = 'hotline.case.closed'", number));
            if (round == 3) { // past the retention, the contact goes; the callback and its result stay
                try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                        "update callback set closed_at = now() - interval '181 days' where case_number = ?")) {
                    s.setString(1, number);
                    s.executeUpdate();
                }
                assertEquals(1, count("select count(*) from caller_contact where case_number = ?", number));
                retention.erase();
                assertEquals(0, count("select count(*) from caller_contact where case_number = ?", number));
                assertEquals(1, count("select count(*) from callback where case_number = ? and result = 'SATISFIED'", number));
            }
        }
    }

    @jakarta.inject.Inject
    org.hotline.platform.privacy.PersonalDataRetention retention;

    @Test
    void dissatisfiedReopensUntilTheLimitThenGoesToTheAuditorsQueue() throws Exception {
        clock.set(Instant.now());
        Instant t = clock.instant();
        String number = caseOf("EAST", t);
        for (int round = 1; round <= 3; round++) {
            resolvedRound(number, round, t.plus(Duration.ofHours(1)), t.plus(Duration.ofHours(2)), null, t.plus(Duration.ofHours(3)));
            long callback = awaitCallback(number, round);
            String expected = round <= 2 ? "REOPENED" : "ESCALATED";
            attempt(callback, "DISSATISFIED").body("status", equalTo(expected));
        }
        assertEquals(2, count("select count(*) from outbox_event where case_number = ? and type = 'hotline.case.reopened'", number));
        given().header("Authorization", Tokens.bearer("auditor1")).when().get("/callbacks/escalated")
                .then().statusCode(200).body("caseNumber", hasItem(number));
    }

    @Test
    void aLateCallbackIsWarnedAndFlaggedOverdueOnce() throws Exception {
        clock.set(Instant.now());
        Instant t = clock.instant();
        String number = caseOf("EAST", t);
        resolvedRound(number, 1, t, t, null, t);
        awaitCallback(number);
        clock.advance(Duration.ofHours(19)); // 75% of the day
        scan();
        scan();
        assertEquals(1, count("select count(*) from outbox_event where case_number = ? and type = 'hotline.callback.warning'", number));
        clock.advance(Duration.ofHours(6));
        scan();
        scan();
        assertEquals(1, count("select count(*) from outbox_event where case_number = ? and type = 'hotline.callback.overdue'", number));
        worklist().body("find { it.caseNumber == '" + number + "' }.overdue", equalTo(true));
    }

    /**
     * A scripted October of one district, counted by hand:
     * A on site on time, resolved on time, called back on time: satisfied.
     * B on site late, resolved after its first deadline but within a granted extension, called back late: dissatisfied.
     * C never on site, never resolved, both deadlines passed.
     * response 1/3, on-time resolution 2/3 (without extensions 1/3), satisfaction 1/2, on-time callback 1/2, reopen 1/2.
     */
    @Test
    void theMonthlyFiguresMatchAHandCount() throws Exception {
        String district = "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Instant oct10 = Instant.parse("2026-10-10T02:00:00Z");
        String a = caseOf(district, oct10.minus(Duration.ofHours(1)));
        String b = caseOf(district, oct10.minus(Duration.ofHours(1)));
        String c = caseOf(district, Instant.parse("2026-10-20T01:00:00Z"));
        resolvedRound(a, 1, oct10.minus(Duration.ofMinutes(30)), Instant.parse("2026-10-11T02:00:00Z"), null, oct10);
        resolvedRound(b, 1, oct10.plus(Duration.ofHours(2)), Instant.parse("2026-10-13T02:00:00Z"),
                Instant.parse("2026-10-14T02:00:00Z"), oct10);
        long cId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        send(EventType.DISPATCH_CREATED, c, """
                {"caseNumber":"%s","dispatchId":%d,"round":1,"squad":"EAST-1","dispatchedAt":"2026-10-20T01:00:00Z",
                 "onSiteDue":"2026-10-20T02:00:00Z","resolveDue":"2026-10-22T01:00:00Z"}""".formatted(c, cId));

        long callbackA = awaitCallback(a);
        long callbackB = awaitCallback(b);
        clock.set(Instant.parse("2026-10-11T04:00:00Z"));
        attempt(callbackA, "SATISFIED");
        clock.set(Instant.parse("2026-10-15T04:00:00Z"));
        attempt(callbackB, "DISSATISFIED");
        clock.set(Instant.parse("2026-10-25T00:00:00Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from round_facts where case_number = ?", c) == 1);

        given().header("Authorization", Tokens.bearer("auditor1")).queryParam("month", "2026-10").queryParam("by", "district")
                .when().get("/assessment")
                .then().statusCode(200)
                .body("definitions.satisfaction", org.hamcrest.Matchers.containsString("reached the caller"))
                .body(group(district, "response.count"), equalTo(1)).body(group(district, "response.of"), equalTo(3))
                .body(group(district, "onTimeResolution.count"), equalTo(2)).body(group(district, "onTimeResolution.of"), equalTo(3))
                .body(group(district, "onTimeResolutionWithoutExtensions.count"), equalTo(1))
                .body(group(district, "satisfaction.count"), equalTo(1)).body(group(district, "satisfaction.of"), equalTo(2))
                .body(group(district, "satisfaction.rate"), equalTo(0.5f))
                .body(group(district, "onTimeCallback.count"), equalTo(1)).body(group(district, "onTimeCallback.of"), equalTo(2))
                .body(group(district, "reopen.count"), equalTo(1)).body(group(district, "reopen.of"), equalTo(2));
        given().header("Authorization", Tokens.bearer("auditor1")).queryParam("month", "October")
                .when().get("/assessment").then().statusCode(400).body("errors.field", hasItem("month"));
        given().header("Authorization", Tokens.bearer("operator1")).queryParam("month", "2026-10")
                .when().get("/assessment").then().statusCode(403);
    }

    /**
     * intake's registration held back (longer than the inbox's whole retry budget) while the round is resolved: the
     * resolution waits, parked, nothing is dead-lettered, a redelivery meanwhile counts as a duplicate; when the
     * registration comes, exactly one callback falls due.
     */
    @Test
    void aResolutionThatOvertakesTheRegistrationWaitsForItAndMakesOneCallback() throws Exception {
        clock.set(Instant.now());
        Instant t = clock.instant();
        String number = "F-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        org.hotline.platform.testing.TopicProbe dead = new org.hotline.platform.testing.TopicProbe(
                org.hotline.platform.testing.TopicProbe.testTopic(org.hotline.platform.events.Topics.DEAD_LETTER));
        UUID resolution = UUID.randomUUID();
        String resolvedData = """
                {"caseNumber":"%s","dispatchId":%d,"round":1,"squad":"EAST-1","outcome":"PERSUADED","publicSummary":"已劝离",
                 "resolvedAt":"%s"}""".formatted(number, ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2), t);
        TestEvents.send(resolution, EventType.DISPATCH_RESOLVED, number, resolvedData);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from parked_event where case_number = ?", number) == 1);
        await().during(HOLD_BACK).atMost(HOLD_BACK.plusSeconds(30))
                .until(() -> count("select count(*) from parked_event where case_number = ?", number) == 1);
        double duplicates = events("hotline.dispatch.resolved", "duplicate");
        TestEvents.send(resolution, EventType.DISPATCH_RESOLVED, number, resolvedData);
        await().atMost(Duration.ofSeconds(60)).until(() -> redeliveries(resolution) == 1);
        assertTrue(events("hotline.dispatch.resolved", "duplicate") >= duplicates + 1, "counted as a duplicate");

        register(number, "EAST", t);
        awaitCallback(number);
        assertEquals(0, count("select count(*) from parked_event where case_number = ?", number));
        TestEvents.send(resolution, EventType.DISPATCH_RESOLVED, number, resolvedData);
        await().atMost(Duration.ofSeconds(60)).until(() -> redeliveries(resolution) == 2);
        assertTrue(events("hotline.dispatch.resolved", "duplicate") >= duplicates + 2, "counted as a duplicate");
        assertEquals(1, count("select count(*) from callback where case_number = ?", number));
        try (dead) {
            assertEquals(List.of(), dead.settle(org.hotline.platform.testing.TopicProbe.key(number), Duration.ofSeconds(1)),
                    "nothing of this case dead-lettered");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** How often the inbox saw this event again after processing it (each a duplicate that changed nothing). */
    private long redeliveries(UUID event) throws Exception {
        return count("select coalesce(sum(redeliveries), -1) from inbox_event where event_id = ?::uuid", event.toString());
    }

    /**
     * How long intake's events are held back: longer than every retry the inbox would give a failing event in the test
     * profile (about 3 s); {@code -Dtest.hold-back-seconds=180} holds them back three minutes.
     */
    static final Duration HOLD_BACK = Duration.ofSeconds(Long.getLong("test.hold-back-seconds", 4));

    private static double events(String type, String result) {
        return org.hotline.platform.testing.Prometheus.events(type, result);
    }

    private static String group(String key, String path) {
        return "groups.find { it.key == '" + key + "' }." + path;
    }

    private String caseOf(String district, Instant received) throws Exception {
        String number = "F-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        register(number, district, received);
        return number;
    }

    private void register(String number, String district, Instant received) throws Exception {
        send(EventType.CASE_REGISTERED, number, """
                {"caseNumber":"%s","channel":"MAYOR_LINE","category":"STREET_VENDOR","priority":"NORMAL","district":"%s",
                 "street":"人民路","gridCell":null,"receivedAt":"%s","anonymous":false,"callbackRequested":true}"""
                .formatted(number, district, received));
        send(EventType.CASE_CONTACT, number, """
                {"caseNumber":"%s","name":"李女士","phone":"13900001234"}""".formatted(number));
    }

    /** A dispatch round: created, on site, optionally extended, resolved. Returns its dispatch id. */
    private long resolvedRound(String number, int round, Instant onSiteAt, Instant resolvedAt, Instant extendedTo, Instant from)
            throws Exception {
        long id = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
        send(EventType.DISPATCH_CREATED, number, """
                {"caseNumber":"%s","dispatchId":%d,"round":%d,"squad":"EAST-1","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s"}"""
                .formatted(number, id, round, from, from.plus(Duration.ofHours(1)), from.plus(Duration.ofDays(2))));
        send(EventType.DISPATCH_ON_SITE, number, """
                {"caseNumber":"%s","dispatchId":%d,"round":%d,"squad":"EAST-1","at":"%s"}""".formatted(number, id, round, onSiteAt));
        if (extendedTo != null) {
            send(EventType.EXTENSION_GRANTED, number, """
                    {"caseNumber":"%s","dispatchId":%d,"round":%d,"squad":"EAST-1","by":"dispatcher1","reason":"同意",
                     "until":"%s","at":"%s"}""".formatted(number, id, round, extendedTo, from.plus(Duration.ofDays(1))));
        }
        send(EventType.DISPATCH_RESOLVED, number, """
                {"caseNumber":"%s","dispatchId":%d,"round":%d,"squad":"EAST-1","outcome":"PERSUADED","publicSummary":"已劝离",
                 "resolvedAt":"%s"}""".formatted(number, id, round, resolvedAt));
        return id;
    }

    private long awaitCallback(String number) throws Exception {
        return awaitCallback(number, 1);
    }

    private long awaitCallback(String number, int round) throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from callback where case_number = ? and round = " + round, number) == 1);
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select id from callback where case_number = ? and round = " + round)) {
            s.setString(1, number);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static io.restassured.response.ValidatableResponse attempt(long callback, String result) {
        return given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.JSON)
                .body("{\"result\":\"" + result + "\",\"notes\":\"回访记录\"}")
                .when().post("/callbacks/" + callback + "/attempts").then();
    }

    private static io.restassured.response.ValidatableResponse worklist() {
        return given().header("Authorization", Tokens.bearer("operator1")).when().get("/callbacks").then().statusCode(200);
    }

    private void scan() {
        try {
            VertxContextSupport.subscribeAndAwait(() -> watch.scan());
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private static void send(EventType type, String number, String data) throws Exception {
        TestEvents.send(type, number, data);
    }

    private long count(String sql, String number) throws Exception {
        return org.hotline.platform.testing.Sql.number(db, sql, number);
    }
}
