package org.hotline.dispatch.dispatches;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hotline.platform.events.CloudEventHeaders;
import org.hotline.platform.events.Topics;
import org.hotline.platform.testing.DatabaseAway;
import org.hotline.platform.events.EventType;
import org.hotline.platform.testing.Prometheus;
import org.hotline.platform.testing.Tokens;
import org.hotline.platform.testing.TestEvents;
import org.hotline.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** dispatch-service consuming intake's events from the real Kafka: routed once, however often delivered. */
@QuarkusTest
class DispatchConsumersQuarkusTest {
    @Inject
    AgroalDataSource db;
    @Inject
    java.time.Clock clock;

    @Test
    void theSameEventDeliveredTwiceMakesOneDispatch() throws Exception {
        String number = caseNumber();
        UUID id = UUID.randomUUID();
        double duplicates = Prometheus.events(EventType.CASE_REGISTERED.type(), "duplicate");
        send(registered(id, number, "EAST", "STREET_VENDOR"));
        send(registered(id, number, "EAST", "STREET_VENDOR"));
        // a later event of the same case, on the same partition: once it is recorded, both copies were handled
        ProducerRecord<String, String> marker = registered(UUID.randomUUID(), number, "EAST", "STREET_VENDOR");
        marker.headers().remove(CloudEventHeaders.TYPE);
        marker.headers().add(CloudEventHeaders.TYPE, "hotline.case.corrected".getBytes(StandardCharsets.UTF_8));
        send(marker);
        String other = caseNumber();
        send(registered(UUID.randomUUID(), other, "WEST", "STREET_VENDOR"));

        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from inbox_event where case_number = ?", number) == 2
                && count("select count(*) from dispatch where case_number = ?", other) == 1);
        assertEquals(1, count("select count(*) from dispatch where case_number = ?", number));
        assertEquals(1, count("select count(*) from outbox_event where case_number = ? and type = 'hotline.dispatch.created'", number),
                "one dispatch.created event");
        // the inbox recognised the second copy (not a constraint that happened to leave the same state)
        assertEquals(1, count("select redeliveries from inbox_event where event_id = ?::uuid", id.toString()));
        assertTrue(Prometheus.events(EventType.CASE_REGISTERED.type(), "duplicate") >= duplicates + 1);

        given().header("Authorization", Tokens.bearer("sup.east")).queryParam("caseNumber", number).when().get("/dispatches")
                .then().statusCode(200).body("size()", equalTo(1));
        given().header("Authorization", Tokens.bearer("sup.east")).queryParam("caseNumber", other).when().get("/dispatches")
                .then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", Tokens.bearer("sup.west")).queryParam("caseNumber", other).when().get("/dispatches")
                .then().statusCode(200).body("caseNumber", hasItem(other));
        given().header("Authorization", Tokens.bearer("sup.west")).queryParam("caseNumber", number).when().get("/dispatches")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theBoardNarrowsOpenDispatchesBySquadDistrictStageAndBreach() throws Exception {
        String west = caseNumber();
        send(registered(UUID.randomUUID(), west, "WEST", "STREET_VENDOR"));
        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from dispatch where case_number = ?", west) == 1);
        java.util.function.Function<java.util.Map<String, Object>, List<String>> board = filters ->
                given().header("Authorization", Tokens.bearer("dispatcher1")).queryParam("caseNumber", west).queryParams(filters)
                        .when().get("/dispatches").then().statusCode(200).extract().jsonPath().getList("caseNumber");
        assertEquals(List.of(west), board.apply(java.util.Map.of("squad", "WEST-1", "district", "WEST", "status", "DISPATCHED")));
        assertEquals(List.of(), board.apply(java.util.Map.of("squad", "EAST-1")));
        assertEquals(List.of(), board.apply(java.util.Map.of("district", "EAST")));
        assertEquals(List.of(), board.apply(java.util.Map.of("status", "ON_SITE")));
        // deadlines as the service's clock reads them (other tests move it)
        Instant now = clock.instant();
        due(west, now.plus(Duration.ofMinutes(50)), now.plus(Duration.ofDays(2)));
        assertEquals(List.of(), board.apply(java.util.Map.of("overdue", "true")), "in time: not on the breach list");
        due(west, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofDays(2)));
        assertEquals(List.of(west), board.apply(java.util.Map.of("overdue", "true")), "on site too late: on the breach list");
        // a supervisor asking for another squad sees nothing of it; a stage that does not exist is a 400 naming the field
        given().header("Authorization", Tokens.bearer("sup.east")).queryParam("squad", "WEST-1").when().get("/dispatches")
                .then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", Tokens.bearer("dispatcher1")).queryParam("status", "LOST").when().get("/dispatches")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().header("Authorization", Tokens.bearer("dispatcher1")).queryParam("district", "EAST\u0000").when().get("/dispatches")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("district"));
    }

    @Test
    void aStaffConductComplaintGoesToTheDisciplineOffice() throws Exception {
        String number = caseNumber();
        send(registered(UUID.randomUUID(), number, "EAST", "STAFF_CONDUCT"));
        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from dispatch where case_number = ?", number) == 1);
        given().header("Authorization", Tokens.bearer("dispatcher1")).queryParam("caseNumber", number).when().get("/dispatches")
                .then().statusCode(200)
                .body("find { it.caseNumber == '" + number + "' }.squad", equalTo("DISCIPLINE"));
    }

    @Test
    void aCaseNobodyCouldRouteIsRoutedOnceIntakeCorrectsItsDistrict() throws Exception {
        String number = caseNumber();
        send(registered(UUID.randomUUID(), number, "HARBOUR", "STREET_VENDOR"));
        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from dispatch where case_number = ? and status = 'UNROUTED'", number) == 1);
        given().header("Authorization", Tokens.bearer("dispatcher1")).queryParam("caseNumber", number).when().get("/dispatches")
                .then().statusCode(200).body("find { it.caseNumber == '" + number + "' }.status", equalTo("UNROUTED"));

        ProducerRecord<String, String> corrected = new ProducerRecord<>(TopicProbe.testTopic(Topics.INTAKE_CASES), number, """
                {"caseNumber":"%s","category":"STREET_VENDOR","district":"WEST","street":"解放路","gridCell":null,"correctedAt":"%s"}"""
                .formatted(number, Instant.now()));
        corrected.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        corrected.headers().add(CloudEventHeaders.TYPE, "hotline.case.corrected".getBytes(StandardCharsets.UTF_8));
        send(corrected);
        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from outbox_event where case_number = ? and type = 'hotline.dispatch.rerouted'", number) == 1);
        given().header("Authorization", Tokens.bearer("sup.west")).queryParam("caseNumber", number).when().get("/dispatches")
                .then().statusCode(200)
                .body("find { it.caseNumber == '" + number + "' }.status", equalTo("DISPATCHED"))
                .body("find { it.caseNumber == '" + number + "' }.street", equalTo("解放路"));
    }

    @Test
    void anEventThatCannotBeProcessedGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        try (TopicProbe deadLetters = new TopicProbe(TopicProbe.testTopic(Topics.DEAD_LETTER))) {
            String notACloudEvent = caseNumber();
            TestEvents.send(new ProducerRecord<>(TopicProbe.testTopic(Topics.INTAKE_CASES), notACloudEvent, "{}"));
            String badData = caseNumber();
            ProducerRecord<String, String> bad = registered(UUID.randomUUID(), badData, "EAST", "STREET_VENDOR");
            send(new ProducerRecord<>(bad.topic(), null, bad.key(), "{\"caseNumber\": [1, 2", bad.headers()));

            for (String number : List.of(notACloudEvent, badData)) {
                List<ConsumerRecord<String, String>> dead = deadLetters.await(TopicProbe.key(number), 1, Duration.ofSeconds(20));
                assertEquals(1, dead.size(), number + " on the dead-letter topic");
                assertNotNull(TopicProbe.header(dead.get(0), "dead-letter-reason"));
                assertEquals(TopicProbe.testTopic(Topics.INTAKE_CASES), TopicProbe.header(dead.get(0), "dead-letter-topic"));
            }
            // and the partition is not blocked: a good event behind them is still routed
            String good = caseNumber();
            send(registered(UUID.randomUUID(), good, "EAST", "STREET_VENDOR"));
            await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from dispatch where case_number = ?", good) == 1);
            assertEquals(0, count("select count(*) from dispatch where case_number = ?", badData));
        }
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("result=\"dead_lettered\""));
    }

    @Test
    void anEventArrivingWhileTheDatabaseIsAwayWaitsForItAndIsAppliedOnceNeverDeadLettered() throws Exception {
        String number = caseNumber();
        try (TopicProbe deadLetters = new TopicProbe(TopicProbe.testTopic(Topics.DEAD_LETTER));
             Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/dispatch_test", "postgres", "")) {
            double before = outageRetries();
            try (DatabaseAway away = DatabaseAway.refuse("dispatch", "dispatch_test")) {
                send(registered(UUID.randomUUID(), number, "EAST", "STREET_VENDOR"));
                // far more attempts than the retries any other failure gets (8): the old inbox dead-lettered here
                await().atMost(Duration.ofSeconds(60)).until(() -> outageRetries() - before >= 12);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> count(admin, number) == 1);
            assertEquals(0, deadLetters.settle(TopicProbe.key(number), Duration.ofSeconds(2)).size(), "nothing dead-lettered");
            assertEquals(1, count(admin, number), "routed once");
        }
    }

    /** The inbox's retries for the database being away, from the service's Prometheus metrics. */
    static double outageRetries() {
        return Prometheus.sum(given().when().get("/q/metrics").then().statusCode(200).extract().asString(),
                "hotline_inbox_retries_total", "reason=\"outage\"");
    }

    static long count(Connection admin, String number) throws Exception {
        try (PreparedStatement s = admin.prepareStatement("select count(*) from dispatch where case_number = ?")) {
            s.setString(1, number);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static ProducerRecord<String, String> registered(UUID id, String number, String district, String category) {
        Instant received = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String data = """
                {"caseNumber":"%s","channel":"HOTLINE","category":"%s","priority":"NORMAL","district":"%s",
                 "street":"人民路","receivedAt":"%s","anonymous":false,"callbackRequested":true,"registeredAt":"%s"}"""
                .formatted(number, category, district, received, received);
        ProducerRecord<String, String> record = new ProducerRecord<>(TopicProbe.testTopic(Topics.INTAKE_CASES), number, data);
        record.headers().add(CloudEventHeaders.ID, id.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, "hotline.case.registered".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/hotline/intake-service".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Test
    void twoSupervisorsAcknowledgingAtOnceGetOne200AndOne409NeverA500() throws Exception {
        for (int round = 0; round < 6; round++) {
            String number = caseNumber();
            send(registered(UUID.randomUUID(), number, "EAST", "STREET_VENDOR"));
            long id = await().atMost(Duration.ofSeconds(15)).until(() -> given().header("Authorization", Tokens.bearer("sup.east"))
                    .queryParam("caseNumber", number).when().get("/dispatches").then().statusCode(200)
                    .extract().jsonPath().getList("id", Long.class), ids -> ids.size() == 1).get(0);
            var both = java.util.stream.IntStream.range(0, 2).mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() ->
                            given().header("Authorization", Tokens.bearer("sup.east")).when().post("/dispatches/" + id + "/acknowledgement")
                                    .then().extract().response()))
                    .toList().stream().map(java.util.concurrent.CompletableFuture::join).toList();
            List<Integer> statuses = both.stream().map(r -> r.statusCode()).sorted().toList();
            assertEquals(List.of(200, 409), statuses, "round " + round);
            both.stream().filter(r -> r.statusCode() == 409)
                    .forEach(r -> assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType()));
            assertEquals(1, count("select count(*) from outbox_event where case_number = ? and type = 'hotline.dispatch.acknowledged'", number));
        }
    }

    @Test
    void aDispatchCannotBeSentToASquadOrDistrictThatDoesNotExist() throws Exception {
        String number = caseNumber();
        send(registered(UUID.randomUUID(), number, "EAST", "STREET_VENDOR"));
        long id = await().atMost(Duration.ofSeconds(15)).until(() -> given().header("Authorization", Tokens.bearer("dispatcher1"))
                .queryParam("caseNumber", number).when().get("/dispatches").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class), ids -> ids.size() == 1).get(0);
        given().header("Authorization", Tokens.bearer("dispatcher1")).contentType("application/json").body("{\"squad\":\"NOWHERE-9\"}")
                .when().post("/dispatches/" + id + "/reroute").then().statusCode(400).body("errors.field", hasItem("squad"));
        given().header("Authorization", Tokens.bearer("sup.east")).queryParam("caseNumber", number).when().get("/dispatches")
                .then().statusCode(200).body("id", hasItem((int) id));
        for (String[] bad : new String[][] {{"district", "{\"district\":\"NOWHERE\",\"squad\":\"EAST-1\"}"},
                {"squad", "{\"district\":\"EAST\",\"squad\":\"NOWHERE-9\"}"},
                {"category", "{\"district\":\"EAST\",\"category\":\"UFO\",\"squad\":\"EAST-1\"}"}}) {
            given().header("Authorization", Tokens.bearer("dispatcher1")).contentType("application/json").body(bad[1])
                    .when().put("/routing-rules").then().statusCode(400).body("errors.field", hasItem(bad[0]));
        }
        given().header("Authorization", Tokens.bearer("dispatcher1")).queryParam("limit", "abc").when().get("/dispatches")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().header("Authorization", Tokens.bearer("dispatcher1")).when().get("/dispatches/1.5")
                .then().statusCode(400).body("errors.field", hasItem("id"));
        given().when().get("/dispatches").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        given().header("Authorization", "Bearer not-a-token").when().get("/dispatches").then().statusCode(401)
                .contentType("application/problem+json");
    }

    static void send(ProducerRecord<String, String> record) throws Exception {
        TestEvents.send(record);
    }

    static String caseNumber() {
        return "T-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    private void due(String number, Instant onSite, Instant resolve) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("update dispatch set on_site_due = ?, resolve_due = ? where case_number = ?")) {
            s.setObject(1, java.time.OffsetDateTime.ofInstant(onSite, java.time.ZoneOffset.UTC));
            s.setObject(2, java.time.OffsetDateTime.ofInstant(resolve, java.time.ZoneOffset.UTC));
            s.setString(3, number);
            s.executeUpdate();
        }
    }

    private long count(String sql, String number) throws Exception {
        return org.hotline.platform.testing.Sql.number(db, sql, number);
    }
}
