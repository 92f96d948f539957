package org.hotline.intake.cases;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hotline.platform.events.CloudEventHeaders;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.Topics;
import org.hotline.platform.testing.Prometheus;
import org.hotline.platform.testing.Tokens;
import org.hotline.platform.testing.TestEvents;
import org.hotline.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What happens to a case after the first POST: retries, duplicates, corrections, look-ups, search, timeline. */
@QuarkusTest
class CaseRecordQuarkusTest {
    @Inject
    AgroalDataSource db;

    static String complaint(String address, String phone) {
        return """
                {"channel":"HOTLINE","caller":{"name":"李女士","phone":"%s"},"callbackRequested":true,
                 "category":"SHOP_OCCUPYING_STREET","priority":"NORMAL",
                 "location":{"district":"WEST","street":"解放路","address":"%s"},
                 "description":"沿街店铺占道经营，人行道无法通行"}""".formatted(phone, address);
    }

    static ValidatableResponse post(String body, String key) {
        var request = given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/cases").then();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = complaint("解放路" + System.nanoTime() + "号", "13900001111");
        long before = count();
        var first = post(body, key).statusCode(201).extract();
        var again = post(body, key).statusCode(201).header("Idempotency-Replayed", "true").extract();
        assertEquals(first.path("caseNumber"), again.<String>path("caseNumber"));
        assertEquals(first.path("receivedAt"), again.<String>path("receivedAt"), "the replay answers what was stored");
        assertEquals(before + 1, count(), "one case, however often the operator's client retried");

        post(body.replace("人行道无法通行", "人行道完全堵死"), key)
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(before + 1, count());
    }

    @Test
    void concurrentRetriesWithOneKeyStillMakeOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = complaint("解放路" + System.nanoTime() + "号", "13900002222");
        long before = count();
        List<Thread> threads = new ArrayList<>();
        Set<String> numbers = java.util.Collections.synchronizedSet(new HashSet<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> numbers.add(post(body, key).statusCode(201).extract().path("caseNumber")));
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, numbers.size(), "every retry got the same case: " + numbers);
        assertEquals(before + 1, count());
    }

    @Test
    void aSecondComplaintAboutTheSamePlaceIsLinkedToTheOpenCase() {
        String address = "解放路" + System.nanoTime() + "号";
        String first = post(complaint(address, "13900003333"), null).statusCode(201)
                .body("likelyDuplicateOf", nullValue()).extract().path("caseNumber");
        // typed differently: a space and full-width digits
        String fullWidth = address.replace("0", "０").replace("1", "１") + " ";
        String second = post(complaint(fullWidth, "13900004444"), null).statusCode(201)
                .body("likelyDuplicateOf", equalTo(first)).extract().path("caseNumber");
        assertFalse(first.equals(second), "both cases stay");
        // another category at that address is not a duplicate
        post(complaint(address, "13900004444").replace("SHOP_OCCUPYING_STREET", "SANITATION"), null)
                .statusCode(201).body("likelyDuplicateOf", nullValue());
    }

    /** Two operators take a call about one place at the same moment, many times: the later is always linked to the earlier. */
    @Test
    void twoCallsAboutOnePlaceAtOnceAreLinkedLaterToEarlierEveryTime() throws Exception {
        for (int round = 0; round < 15; round++) {
            String address = "解放路" + System.nanoTime() + "号";
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            List<java.util.concurrent.CompletableFuture<String>> calls = new ArrayList<>();
            for (String phone : List.of("13900008881", "13900008882")) {
                calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return post(complaint(address, phone), null).statusCode(201).extract().<String>path("caseNumber");
                }));
            }
            java.util.concurrent.CompletableFuture.allOf(calls.toArray(new java.util.concurrent.CompletableFuture[0])).get();
            List<io.restassured.path.json.JsonPath> cases = new ArrayList<>();
            for (var call : calls) {
                cases.add(given().header("Authorization", Tokens.bearer("operator1")).when().get("/cases/" + call.get())
                        .then().statusCode(200).extract().jsonPath());
            }
            cases.sort(java.util.Comparator.comparing((io.restassured.path.json.JsonPath c) -> Instant.parse(c.getString("receivedAt")))
                    .thenComparing(c -> c.getString("likelyDuplicateOf") == null ? 0 : 1));
            String seen = cases.stream().map(c -> c.getString("caseNumber") + " received " + c.getString("receivedAt")
                    + " duplicate of " + c.getString("likelyDuplicateOf")).toList().toString();
            assertEquals(null, cases.get(0).getString("likelyDuplicateOf"), "round " + round + ": the earlier call is the original " + seen);
            assertEquals(cases.get(0).getString("caseNumber"), cases.get(1).getString("likelyDuplicateOf"),
                    "round " + round + ": the later call is linked to the earlier " + seen);
        }
    }

    /** A call logged late (received before the open cases of its place) becomes their original; nothing points backwards. */
    @Test
    void aCallLoggedLateBecomesTheOriginalOfLaterOnes() {
        String address = "解放路" + System.nanoTime() + "号";
        Instant now = Instant.now();
        String later = post(withReceived(complaint(address, "13900008883"), now.minus(Duration.ofMinutes(10))), null)
                .statusCode(201).body("likelyDuplicateOf", nullValue()).extract().path("caseNumber");
        String earlier = post(withReceived(complaint(address, "13900008884"), now.minus(Duration.ofMinutes(30))), null)
                .statusCode(201).body("likelyDuplicateOf", nullValue()).extract().path("caseNumber");
        given().header("Authorization", Tokens.bearer("operator1")).when().get("/cases/" + later)
                .then().statusCode(200).body("likelyDuplicateOf", equalTo(earlier));
        post(complaint(address, "13900008885"), null).statusCode(201).body("likelyDuplicateOf", equalTo(earlier));
    }

    private static String withReceived(String complaint, Instant received) {
        return complaint.replace("\"channel\":", "\"receivedAt\":\"" + received + "\",\"channel\":");
    }

    @Test
    void anOperatorCorrectsAMistakeAndTheHistoryKeepsWhoAndWhen() throws Exception {
        try (TopicProbe cases = new TopicProbe(TopicProbe.testTopic(Topics.INTAKE_CASES))) {
            String number = post(complaint("解放路" + System.nanoTime() + "号", "13900005555"), null).statusCode(201)
                    .extract().path("caseNumber");
            given().header("Authorization", Tokens.bearer("operator2")).contentType(ContentType.JSON)
                    .body("{\"category\":\"STREET_VENDOR\",\"location\":{\"district\":\"EAST\",\"street\":\"人民路\",\"address\":\"人民路1号\"}}")
                    .when().patch("/cases/" + number)
                    .then().statusCode(200)
                    .body("category", equalTo("STREET_VENDOR"))
                    .body("location.district", equalTo("EAST"))
                    .body("history.field", hasItem("category"))
                    .body("history.find { it.field == 'category' }.from", equalTo("SHOP_OCCUPYING_STREET"))
                    .body("history.find { it.field == 'category' }.to", equalTo("STREET_VENDOR"))
                    .body("history.by", everyItem(equalTo("operator2")))
                    .body("timeline.step", contains("REGISTERED", "CORRECTED"));

            List<ConsumerRecord<String, String>> events = cases.await(TopicProbe.key(number), 2, Duration.ofSeconds(10));
            assertEquals(EventType.CASE_CORRECTED.type(), TopicProbe.header(events.get(1), CloudEventHeaders.TYPE));
            assertTrue(events.get(1).value().contains("\"district\":\"EAST\""));
            assertFalse(events.get(1).value().contains("13900005555"));

            given().header("Authorization", Tokens.bearer("operator2")).contentType(ContentType.JSON)
                    .body("{\"category\":\"PARKING\"}")
                    .when().patch("/cases/" + number)
                    .then().statusCode(400).body("errors.field", hasItem("category"));
            given().header("Authorization", Tokens.bearer("auditor1")).contentType(ContentType.JSON)
                    .body("{\"category\":\"SANITATION\"}")
                    .when().patch("/cases/" + number).then().statusCode(403);

            // once a squad has it, it cannot be corrected
            send(number, EventType.DISPATCH_CREATED, """
                    {"caseNumber":"%s","dispatchId":1,"round":1,"squad":"EAST-1","dispatchedAt":"%s",
                     "onSiteDue":"%s","resolveDue":"%s"}""".formatted(number, Instant.now(), Instant.now(), Instant.now()));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", Tokens.bearer("operator1"))
                    .when().get("/cases/" + number).then().body("status", equalTo("DISPATCHED")));
            given().header("Authorization", Tokens.bearer("operator2")).contentType(ContentType.JSON)
                    .body("{\"description\":\"补充：早晚高峰尤其严重\"}")
                    .when().patch("/cases/" + number)
                    .then().statusCode(409).contentType("application/problem+json");
        }
    }

    @Test
    void aCallerRingingBackIsFoundByPhoneWithTheTimelineOfEachCase() throws Exception {
        String phone = "1370000" + (1000 + (System.nanoTime() % 9000));
        String older = post(complaint("解放路" + System.nanoTime() + "号", phone), null).statusCode(201).extract().path("caseNumber");
        String newer = post(complaint("解放路" + System.nanoTime() + "号", phone), null).statusCode(201).extract().path("caseNumber");
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as stored
        send(older, EventType.DISPATCH_CREATED, """
                {"caseNumber":"%s","dispatchId":7,"round":1,"squad":"WEST-1","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s"}"""
                .formatted(older, t, t.plusSeconds(3600), t.plusSeconds(172800)));
        send(older, EventType.DISPATCH_ACKNOWLEDGED, """
                {"caseNumber":"%s","dispatchId":7,"round":1,"squad":"WEST-1","at":"%s"}""".formatted(older, t.plusSeconds(60)));
        send(older, EventType.DISPATCH_ON_SITE, """
                {"caseNumber":"%s","dispatchId":7,"round":1,"squad":"WEST-1","at":"%s"}""".formatted(older, t.plusSeconds(1800)));
        send(older, EventType.DISPATCH_RESOLVED, """
                {"caseNumber":"%s","dispatchId":7,"round":1,"squad":"WEST-1","outcome":"PERSUADED","publicSummary":"已劝导",
                 "resolvedAt":"%s"}""".formatted(older, t.plusSeconds(7200)));
        send(older, EventType.CASE_CLOSED, """
                {"caseNumber":"%s","outcome":"PERSUADED","publicSummary":"已劝导","satisfaction":"SATISFIED",
                 "resolvedAt":"%s","closedAt":"%s"}""".formatted(older, t.plusSeconds(7200), t.plusSeconds(90000)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", Tokens.bearer("operator1"))
                .when().get("/cases/" + older).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("timeline.step", contains("REGISTERED", "DISPATCHED", "ACKNOWLEDGED", "ON_SITE", "RESOLVED", "CLOSED"))
                .body("timeline[1].squad", equalTo("WEST-1"))
                .body("timeline[4].detail", equalTo("PERSUADED"))
                // the promise the operator reads out: the round's deadlines, as dispatch set them
                .body("onSiteDue", equalTo(t.plusSeconds(3600).toString()))
                .body("resolveDue", equalTo(t.plusSeconds(172800).toString())));

        // the caller gives the number differently this time
        String typed = "+86 " + phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
        given().header("Authorization", Tokens.bearer("operator1")).queryParam("phone", typed)
                .when().get("/cases")
                .then().statusCode(200)
                .body("items.caseNumber", contains(newer, older))
                .body("items[0].timeline.step", contains("REGISTERED"))
                .body("items[1].timeline.step", hasItem("CLOSED"))
                .body("items[1].caller.phone", equalTo(phone));
        // a supervisor never sees callers' data
        given().header("Authorization", Tokens.bearer("sup.west")).queryParam("phone", phone)
                .when().get("/cases").then().statusCode(403);
        // the same look-up with the phone in a body (a screen that must not put it in a URL)
        given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.JSON)
                .body("{\"phone\":\"" + typed + "\"}")
                .when().post("/cases/caller-history")
                .then().statusCode(200)
                .body("items.caseNumber", contains(newer, older));
        given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.JSON).body("{\"phone\":\"12345\"}")
                .when().post("/cases/caller-history")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("phone"));
        given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.JSON).body("{}")
                .when().post("/cases/caller-history")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("phone"));
        given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.JSON).body("{\"phone\":")
                .when().post("/cases/caller-history")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("operator1")).when().get("/catalogue")
                .then().statusCode(200).body("districts", hasItem("EAST")).body("categories.STREET_VENDOR", notNullValue());
        given().when().get("/catalogue").then().statusCode(401);
        given().header("Authorization", Tokens.bearer("sup.west")).contentType(ContentType.JSON).body("{\"phone\":\"" + phone + "\"}")
                .when().post("/cases/caller-history").then().statusCode(403);
    }

    @Test
    void aRedeliveredEventAddsNoSecondStep() throws Exception {
        String number = post(complaint("解放路" + System.nanoTime() + "号", "13900006666"), null).statusCode(201).extract().path("caseNumber");
        UUID id = UUID.randomUUID();
        String data = """
                {"caseNumber":"%s","dispatchId":9,"round":1,"squad":"WEST-1","at":"%s"}""".formatted(number, Instant.now());
        double duplicates = Prometheus.events(EventType.DISPATCH_ACKNOWLEDGED.type(), "duplicate");
        send(id, number, EventType.DISPATCH_ACKNOWLEDGED, data);
        send(id, number, EventType.DISPATCH_ACKNOWLEDGED, data);
        send(number, EventType.DISPATCH_ON_SITE, data); // behind both on the same partition
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", Tokens.bearer("operator1"))
                .when().get("/cases/" + number).then().body("timeline.step", contains("REGISTERED", "ACKNOWLEDGED", "ON_SITE")));
        // the inbox recognised the second copy (not a constraint that happened to leave the same state)
        try (Connection c = db.getConnection();
             var q = c.prepareStatement("select redeliveries from inbox_event where event_id = ?::uuid")) {
            q.setString(1, id.toString());
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                assertEquals(1, r.getInt(1));
            }
        }
        assertTrue(Prometheus.events(EventType.DISPATCH_ACKNOWLEDGED.type(), "duplicate") >= duplicates + 1);
    }

    /** A squad returns the case (退单) and a dispatcher re-routes it: the operator's timeline tells why and who. */
    @Test
    void theTimelineShowsAReturnWithItsReasonAndWhoReRoutedIt() throws Exception {
        String number = post(complaint("解放路" + System.nanoTime() + "号", "13900006667"), null).statusCode(201).extract().path("caseNumber");
        Instant t = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS); // after the registration
        send(number, EventType.DISPATCH_CREATED, """
                {"caseNumber":"%s","dispatchId":11,"round":1,"squad":"WEST-1","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s"}"""
                .formatted(number, t, t.plus(Duration.ofHours(1)), t.plus(Duration.ofDays(2))));
        send(number, EventType.DISPATCH_RETURNED, """
                {"caseNumber":"%s","dispatchId":11,"round":1,"squad":"WEST-1","by":"sup.west","reason":"不属于本中队辖区",
                 "until":null,"at":"%s"}""".formatted(number, t.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", Tokens.bearer("operator1"))
                .when().get("/cases/" + number).then().body("status", equalTo("AWAITING_DISPATCH")));
        send(number, EventType.DISPATCH_REROUTED, """
                {"caseNumber":"%s","dispatchId":11,"round":1,"squad":"EAST-1","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s",
                 "reroutedBy":"dispatcher1"}""".formatted(number, t.plusSeconds(120), t.plus(Duration.ofHours(1)), t.plus(Duration.ofDays(2))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", Tokens.bearer("operator1"))
                .when().get("/cases/" + number).then()
                .body("timeline.step", contains("REGISTERED", "DISPATCHED", "RETURNED", "DISPATCHED"))
                .body("timeline[2].detail", equalTo("不属于本中队辖区"))
                .body("timeline[2].by", equalTo("sup.west"))
                .body("timeline[3].squad", equalTo("EAST-1"))
                .body("timeline[3].detail", equalTo("REROUTED"))
                .body("timeline[3].by", equalTo("dispatcher1"))
                .body("status", equalTo("DISPATCHED")));
    }

    /**
     * An event intake cannot read goes to the dead-letter topic naming intake and the kind of failure, never what the
     * event said; {@code deploy/dead-letter/replay} sends a dead letter back to its topic, where it is applied once.
     */
    @Test
    void aDeadLetterNamesTheServiceNotTheDataAndTheReplayCommandSendsItBack() throws Exception {
        String unreadable = post(complaint("解放路" + System.nanoTime() + "号", "13900006668"), null).statusCode(201).extract().path("caseNumber");
        String number = post(complaint("解放路" + System.nanoTime() + "号", "13900006669"), null).statusCode(201).extract().path("caseNumber");
        try (TopicProbe dead = new TopicProbe(TopicProbe.testTopic(Topics.DEAD_LETTER))) {
            send(unreadable, EventType.DISPATCH_ON_SITE, """
                    {"caseNumber":"%s","dispatchId":9,"round":1,"squad":"WEST-1","at":"李女士 13900009999"}""".formatted(unreadable));
            String reason = header(dead.await(TopicProbe.key(unreadable), 1, Duration.ofSeconds(20)).get(0), "dead-letter-reason");
            assertTrue(reason.startsWith("intake-service: "), reason);
            assertFalse(reason.contains("13900009999") || reason.contains("李女士"), "the reason quotes the event: " + reason);
        }
        // a dead letter whose cause has since been fixed, as the connector wrote it
        ProducerRecord<String, String> letter = new ProducerRecord<>(TopicProbe.testTopic(Topics.DEAD_LETTER), number, """
                {"caseNumber":"%s","dispatchId":9,"round":1,"squad":"WEST-1","at":"%s"}""".formatted(number, Instant.now().plusSeconds(1)));
        letter.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        letter.headers().add(CloudEventHeaders.TYPE, EventType.DISPATCH_ACKNOWLEDGED.type().getBytes(StandardCharsets.UTF_8));
        letter.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dead-letter-topic", TopicProbe.testTopic(Topics.DISPATCH_DISPATCHES).getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dead-letter-reason", "intake-service: java.lang.IllegalStateException".getBytes(StandardCharsets.UTF_8));
        TestEvents.send(letter);

        ProcessBuilder replay = new ProcessBuilder("../deploy/dead-letter/replay", number).redirectErrorStream(true);
        replay.environment().put("TOPIC_PREFIX", "test.");
        Process process = replay.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("sent back: 1,"), output);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().header("Authorization", Tokens.bearer("operator1"))
                .when().get("/cases/" + number).then().body("timeline.step", contains("REGISTERED", "ACKNOWLEDGED")));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void searchIsNewestFirstAndTheCursorNeitherRepeatsNorSkips() {
        String district = "NORTH";
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(post(complaint("解放路" + System.nanoTime() + "号", "13900007777").replace("WEST", district)
                    .replace("HOTLINE", "BUREAU_LINE"), null).statusCode(201).extract().path("caseNumber"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().header("Authorization", Tokens.bearer("auditor1"))
                    .queryParam("district", district).queryParam("channel", "BUREAU_LINE").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/cases").then().statusCode(200)
                    .body("items.location.district", everyItem(equalTo(district)))
                    .extract();
            seen.addAll(page.path("items.caseNumber"));
            cursor = page.path("next");
            if (pages++ == 0) {
                // a case registered between two pages appears on no later page
                post(complaint("解放路" + System.nanoTime() + "号", "13900007777").replace("WEST", district)
                        .replace("HOTLINE", "BUREAU_LINE"), null).statusCode(201);
            }
        } while (cursor != null);
        List<String> expected = new ArrayList<>(registered);
        java.util.Collections.reverse(expected);
        assertTrue(seen.containsAll(registered));
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no case twice: " + seen);
        assertEquals(expected, seen.stream().filter(registered::contains).toList(), "newest first");

        given().header("Authorization", Tokens.bearer("auditor1")).queryParam("status", "LOST")
                .when().get("/cases").then().statusCode(400).body("errors.field", hasItem("status"));
        given().header("Authorization", Tokens.bearer("auditor1")).queryParam("cursor", "garbage")
                .when().get("/cases").then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().header("Authorization", Tokens.bearer("auditor1")).queryParam("phone", "12345")
                .when().get("/cases").then().statusCode(400).body("errors.field", hasItem("phone"));
        given().header("Authorization", Tokens.bearer("auditor1")).queryParam("from", "last week")
                .when().get("/cases").then().statusCode(400).body("errors.field", hasItem("from"));
        given().header("Authorization", Tokens.bearer("auditor1")).queryParam("status", "CLOSED").queryParam("district", district)
                .when().get("/cases").then().statusCode(200).body("items.caseNumber", not(hasItem(registered.get(0))));
    }

    @Inject
    org.hotline.platform.privacy.PersonalDataRetention retention;

    @Test
    void aCaseClosedLongerThanTheRetentionIsKeptWithoutItsCaller() throws Exception {
        String old = post(complaint("保留路" + System.nanoTime() + "号", "13900007701"), null).statusCode(201)
                .extract().path("caseNumber");
        String recent = post(complaint("保留路" + System.nanoTime() + "号", "13900007702"), null).statusCode(201)
                .extract().path("caseNumber");
        closedDaysAgo(old, 181);
        closedDaysAgo(recent, 179);

        retention.erase();

        given().header("Authorization", Tokens.bearer("operator1")).when().get("/cases/" + old).then().statusCode(200)
                .body("caseNumber", equalTo(old)).body("status", equalTo("CLOSED"))
                .body("category", equalTo("SHOP_OCCUPYING_STREET")).body("caller.name", nullValue())
                .body("caller.phone", nullValue());
        given().header("Authorization", Tokens.bearer("operator1")).when().get("/cases/" + recent).then().statusCode(200)
                .body("caller.name", equalTo("李女士")).body("caller.phone", equalTo("13900007702"));
        given().header("Authorization", Tokens.bearer("operator1")).queryParam("phone", "13900007701")
                .when().get("/cases").then().statusCode(200).body("items.caseNumber", not(hasItem(old)));
    }

    private void closedDaysAgo(String number, int days) throws Exception {
        try (Connection c = db.getConnection(); var s = c.prepareStatement(
                "update hotline_case set status = 'CLOSED' where case_number = ?; "
                        + "insert into case_step (case_number, step, at) values (?, 'CLOSED', now() - make_interval(days => ?))")) {
            s.setString(1, number);
            s.setString(2, number);
            s.setInt(3, days);
            s.execute();
        }
    }

    static void send(String number, EventType type, String data) throws Exception {
        TestEvents.send(type, number, data);
    }

    static void send(UUID id, String number, EventType type, String data) throws Exception {
        TestEvents.send(id, type, number, data);
    }

    private long count() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from hotline_case")) {
            r.next();
            return r.getLong(1);
        }
    }
}
