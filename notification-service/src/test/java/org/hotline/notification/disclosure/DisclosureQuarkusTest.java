package org.hotline.notification.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hotline.platform.events.EventType;
import org.hotline.platform.testing.Tokens;
import org.hotline.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public feed from followup's closures on the real broker: guarded, chained, cacheable, verifiable. */
@QuarkusTest
class DisclosureQuarkusTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    @Test
    void aSummaryNamingTheCallerIsHeldUntilSomeoneWritesACleanOne() throws Exception {
        String number = closedCase("已联系赵丽华女士（139 0000 1234），现场已整改");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().header("Authorization", Tokens.bearer("auditor1"))
                .when().get("/disclosure/held").then().statusCode(200)
                .body("find { it.caseNumber == '" + number + "' }.reason", notNullValue())
                .body("find { it.caseNumber == '" + number + "' }.publicSummary", equalTo("已联系赵丽华女士（139 0000 1234），现场已整改")));
        given().queryParam("limit", 1000).queryParam("after", 0).when().get("/disclosure/entries")
                .then().body("caseNumber", not(hasItem(number)));
        // closed all the same, its outcome under review: never shown as still open
        given().when().get("/open311/v2/requests/" + number + ".json").then().statusCode(200)
                .body("[0].status", equalTo("closed")).body("[0].status_notes", org.hamcrest.Matchers.containsString("review"));

        given().header("Authorization", Tokens.bearer("auditor1")).contentType(ContentType.JSON)
                .body("{\"publicSummary\":\"经与赵丽华沟通，现场已整改\"}")
                .when().post("/disclosure/held/" + number)
                .then().statusCode(400).body("errors.field", hasItem("publicSummary"));
        given().header("Authorization", Tokens.bearer("auditor1")).contentType(ContentType.JSON)
                .body("{\"publicSummary\":\"执法队员到场，现场已整改\"}")
                .when().post("/disclosure/held/" + number)
                .then().statusCode(200).body("caseNumber", equalTo(number)).body("hash", notNullValue());
        given().when().get("/disclosure/held").then().statusCode(401);
    }

    @Test
    void theChainVerifiesAndAnAlteredEntryIsCaught() throws Exception {
        String number = closedCase("执法队员到场劝离流动摊贩，现场已恢复整洁");
        await().atMost(Duration.ofSeconds(15)).until(() -> allEntries().stream().anyMatch(e -> number.equals(e.path("caseNumber").asText())));
        long seq = allEntries().stream().filter(e -> number.equals(e.path("caseNumber").asText())).findFirst().orElseThrow().path("seq").asLong();
        given().header("Authorization", Tokens.bearer("auditor1")).contentType(ContentType.JSON)
                .body("{\"publicSummary\":\"执法队员到场劝离流动摊贩，现场已恢复整洁，次日复查无反弹\"}")
                .when().post("/disclosure/entries/" + seq + "/correction")
                .then().statusCode(200).body("correctsSeq", equalTo((int) seq));

        List<JsonNode> entries = allEntries();
        JsonNode checkpoint = JSON.readTree(given().when().get("/disclosure/checkpoint").then().statusCode(200).extract().asString());
        assertEquals(Optional.empty(), FeedVerifier.verify(entries, checkpoint), "the untouched chain holds");

        List<JsonNode> altered = new ArrayList<>(entries);
        int i = (int) (seq - 1);
        ObjectNode changed = altered.get(i).deepCopy();
        changed.put("publicSummary", "现场无问题");
        altered.set(i, changed);
        Optional<String> problem = FeedVerifier.verify(altered, checkpoint);
        assertTrue(problem.isPresent() && problem.get().contains("entry " + seq), "the altered entry is named: " + problem);
    }

    @Test
    void theFeedsAreCacheableAndAConditionalGetIs304() {
        String etag = given().when().get("/feed/json?after=0&limit=5").then().statusCode(200)
                .contentType("application/feed+json")
                .header("Cache-Control", notNullValue())
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/feed/json?after=0&limit=5").then().statusCode(304);
        String atomTag = given().when().get("/feed/atom?after=0&limit=5").then().statusCode(200)
                .contentType("application/atom+xml").extract().header("ETag");
        given().header("If-None-Match", atomTag).when().get("/feed/atom?after=0&limit=5").then().statusCode(304);
        // RFC 9110: If-None-Match compares the weak way, with or without W/
        for (String path : List.of("/open311/v2/requests.json", "/open311/v2/services.xml", "/statistics?by=district", "/feed/json")) {
            String tag = given().when().get(path).then().statusCode(200).header("Cache-Control", notNullValue())
                    .extract().header("ETag");
            assertTrue(tag.startsWith("W/\""), path + ": " + tag);
            given().header("If-None-Match", tag).when().get(path).then().statusCode(304);
            given().header("If-None-Match", tag.substring(2)).when().get(path).then().statusCode(304);
            given().header("If-None-Match", "W/\"something-else\"").when().get(path).then().statusCode(200);
        }
    }

    @Test
    void theSiteShowsAClosedCaseOnTheHomePageAndItsOwnPageAndNothingOfTheCaller() throws Exception {
        String number = closedCase("执法队员到场劝离流动摊贩，现场已恢复整洁");
        await().atMost(Duration.ofSeconds(15)).until(() -> entriesOf(number) == 1);
        String home = given().when().get("/").then().statusCode(200).contentType("text/html")
                .header("ETag", org.hamcrest.Matchers.startsWith("W/")).header("Cache-Control", notNullValue())
                .extract().asString();
        assertTrue(home.contains(number), "the newest outcome is on the home page");
        assertTrue(home.contains("rel=\"alternate\" type=\"application/atom+xml\""), "feed autodiscovery");
        String page = given().when().get("/cases/" + number).then().statusCode(200).extract().asString();
        assertTrue(page.contains("劝导离开") && page.contains("执法队员到场劝离流动摊贩"), page);
        assertTrue(given().queryParam("lang", "en").when().get("/cases/" + number).then().statusCode(200).extract().asString()
                .contains("Persuaded to leave"));
        given().redirects().follow(false).queryParam("number", " " + number.toLowerCase() + " ").when().get("/cases")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/cases/" + number));
        given().when().get("/cases/X-000000-0000").then().statusCode(404).contentType("text/html")
                .body(org.hamcrest.Matchers.containsString("没有找到这个案件"));
        String figures = given().when().get("/figures").then().statusCode(200).extract().asString();
        assertTrue(figures.contains("到场及时率") && figures.contains("满意率 = "), "figures with their definitions");
        given().when().get("/figures/data.csv").then().statusCode(200).contentType("text/csv")
                .body(org.hamcrest.Matchers.startsWith("month,by,key,cases,"));
        given().when().get("/check").then().statusCode(200).body(org.hamcrest.Matchers.containsString("check.js"));
        given().when().get("/open-data").then().statusCode(200).body(org.hamcrest.Matchers.containsString("public_summary"));
        String csv = given().when().get("/open-data.csv").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(number), "the open data holds the case");
        for (String body : List.of(home, page, figures, csv)) {
            for (String personal : List.of("赵丽华", "13900001234", "88号")) {
                assertFalse(body.contains(personal), "a public page holds " + personal);
            }
        }
    }

    /** A contact that cannot be applied holds a name and a phone: it goes to its own dead-letter topic, never the shared one. */
    @Test
    void aContactThatCannotBeAppliedGoesToTheContactsOwnDeadLetterTopic() throws Exception {
        String number = "C-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        var topic = org.hotline.platform.testing.TopicProbe.testTopic(org.hotline.platform.events.Topics.INTAKE_CONTACTS);
        try (var contacts = new org.hotline.platform.testing.TopicProbe(topic + ".dead-letter");
             var shared = new org.hotline.platform.testing.TopicProbe(
                     org.hotline.platform.testing.TopicProbe.testTopic(org.hotline.platform.events.Topics.DEAD_LETTER))) {
            // a contact whose name is not text: unreadable, so it cannot be applied however often it is tried
            send(EventType.CASE_CONTACT, number, """
                    {"caseNumber":"%s","name":{"given":"钱"},"phone":"13900004321"}""".formatted(number));
            var dead = contacts.await(org.hotline.platform.testing.TopicProbe.key(number), 1, Duration.ofSeconds(30));
            assertEquals(1, dead.size(), "on intake.contacts.dead-letter");
            assertEquals(List.of(), shared.settle(org.hotline.platform.testing.TopicProbe.key(number), Duration.ofSeconds(2)),
                    "never on the shared hotline.dead-letter");
            String reason = org.hotline.platform.testing.TopicProbe.header(dead.get(0), "dead-letter-reason");
            assertFalse(reason != null && (reason.contains("13900004321") || reason.contains("钱")), "the reason names no data: " + reason);
        }
    }

    @Test
    void aSubscriberSeesTheNewestFirstEachLinkedToItsCaseAndPagesBack() throws Exception {
        String number = closedCase("执法队员到场，占道摊点已清理");
        await().atMost(Duration.ofSeconds(15)).until(() -> entriesOf(number) == 1);
        long newest = allEntries().stream().mapToLong(e -> e.path("seq").asLong()).max().orElseThrow();
        var feed = given().queryParam("limit", 2).when().get("/feed/json").then().statusCode(200).extract().jsonPath();
        assertEquals(Long.toString(newest), feed.getString("items[0].id"), "the newest entry first");
        assertEquals(Long.toString(newest - 1), feed.getString("items[1].id"));
        assertTrue(feed.getString("items[0].url").matches("http://[^/]+/cases/[A-Z]-\\d{6}-\\d+"), feed.getString("items[0].url"));
        assertTrue(feed.getString("next_url").contains("before=" + (newest - 1)), feed.getString("next_url"));
        given().queryParam("before", newest - 1).queryParam("limit", 1).when().get("/feed/json").then().statusCode(200)
                .body("items[0].id", equalTo(Long.toString(newest - 2)));
        String atom = given().queryParam("limit", 1).when().get("/feed/atom").then().statusCode(200).extract().asString();
        assertTrue(atom.contains("<id>urn:hotline:disclosure:" + newest + "</id>"), atom);
        assertTrue(atom.contains("rel=\"alternate\" type=\"text/html\" href=\"http"), atom);
    }

    @Test
    void open311ClientsStartFromDiscoveryAndUnknownFormatsAre404() {
        given().when().get("/open311/v2/discovery.json").then().statusCode(200)
                .body("changeset", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"))
                .body("endpoints[0].url", org.hamcrest.Matchers.endsWith("/open311/v2"))
                .body("endpoints[0].formats", hasItem("text/xml"));
        given().when().get("/open311/v2/discovery.xml").then().statusCode(200).contentType("text/xml")
                .body("discovery.endpoints.endpoint.specification", equalTo("http://wiki.open311.org/GeoReport_v2"));
        for (String path : List.of("/open311/v2/requests.csv", "/open311/v2/services.html", "/open311/v2/requests/H-000000-0000.txt",
                "/open311/v2/discovery.yaml")) {
            given().when().get(path).then().statusCode(404).contentType("application/json").body("[0].code", equalTo(404));
        }
    }

    /** Satisfied, basically satisfied, dissatisfied-then-satisfied and unreachable: 3 of 4 answers, as the auditors count. */
    @Test
    void publicSatisfactionCountsEveryCallbackAnswerDissatisfiedIncluded() throws Exception {
        String district = "H" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Instant received = Instant.parse("2026-09-10T02:00:00Z");
        String satisfied = registered(district, "STREET_VENDOR", received);
        String basically = registered(district, "STREET_VENDOR", received);
        String reopened = registered(district, "STREET_VENDOR", received);
        String unreachable = registered(district, "STREET_VENDOR", received);
        round(satisfied, received, received.plus(Duration.ofMinutes(30)), received.plus(Duration.ofHours(5)), "SATISFIED");
        round(basically, received, received.plus(Duration.ofMinutes(30)), received.plus(Duration.ofHours(5)), "BASICALLY_SATISFIED");
        round(unreachable, received, received.plus(Duration.ofMinutes(30)), received.plus(Duration.ofHours(5)), "UNREACHABLE");
        send(EventType.CASE_REOPENED, reopened, """
                {"caseNumber":"%s","previousRound":1,"reason":"摊点又回来了","reopenedAt":"%s"}"""
                .formatted(reopened, received.plus(Duration.ofDays(1))));
        round(reopened, received, received.plus(Duration.ofMinutes(30)), received.plus(Duration.ofDays(2)), "SATISFIED");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("month", "2026-09").queryParam("by", "district")
                .when().get("/statistics").then().statusCode(200)
                .body("groups.find { it.key == '" + district + "' }.satisfaction.count", equalTo(3))
                .body("groups.find { it.key == '" + district + "' }.satisfaction.of", equalTo(4)));
    }

    @Test
    void theFiguresRecomputedFromTheOpenDataAloneEqualThePublishedOnes() throws Exception {
        String district = "R" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Instant received = Instant.parse("2026-08-04T02:00:00Z");
        String kept = registered(district, "STREET_VENDOR", received);
        round(kept, received, received.plus(Duration.ofMinutes(30)), received.plus(Duration.ofHours(5)), "SATISFIED");
        String late = registered(district, "STREET_VENDOR", received);
        round(late, received, received.plus(Duration.ofHours(2)), received.plus(Duration.ofDays(3)), "BASICALLY_SATISFIED");
        String extended = registered(district, "STREET_VENDOR", received); // dealt with after its promise, within its extension
        send(EventType.DISPATCH_CREATED, extended, """
                {"caseNumber":"%s","dispatchId":1,"round":1,"squad":"WEST-1","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s"}"""
                .formatted(extended, received, received.plus(Duration.ofHours(1)), received.plus(Duration.ofDays(2))));
        send(EventType.EXTENSION_GRANTED, extended, """
                {"caseNumber":"%s","dispatchId":1,"round":1,"squad":"WEST-1","by":"dispatcher1","reason":"需要鉴定","until":"%s","at":"%s"}"""
                .formatted(extended, received.plus(Duration.ofDays(4)), received.plus(Duration.ofDays(1))));
        send(EventType.DISPATCH_RESOLVED, extended, """
                {"caseNumber":"%s","dispatchId":1,"round":1,"squad":"WEST-1","outcome":"WARNED","publicSummary":"已责令整改",
                 "resolvedAt":"%s"}""".formatted(extended, received.plus(Duration.ofDays(3))));
        send(EventType.CASE_CLOSED, extended, """
                {"caseNumber":"%s","outcome":"WARNED","publicSummary":"已责令整改","satisfaction":"SATISFIED","resolvedAt":"%s","closedAt":"%s"}"""
                .formatted(extended, received.plus(Duration.ofDays(3)), received.plus(Duration.ofDays(4))));
        String reopened = registered(district, "STREET_VENDOR", received);
        send(EventType.CASE_REOPENED, reopened, """
                {"caseNumber":"%s","previousRound":1,"reason":"摊点又回来了","reopenedAt":"%s"}"""
                .formatted(reopened, received.plus(Duration.ofDays(1))));
        round(reopened, received, received.plus(Duration.ofMinutes(40)), received.plus(Duration.ofDays(2)), "SATISFIED");
        String escalated = registered(district, "STREET_VENDOR", received);
        send(EventType.CALLBACK_ESCALATED, escalated, """
                {"caseNumber":"%s","callbackId":9,"round":2,"flag":"ESCALATED","dueAt":"%s","at":"%s"}"""
                .formatted(escalated, received.plus(Duration.ofDays(3)), received.plus(Duration.ofDays(3))));
        String open = registered(district, "STREET_VENDOR", received); // never on site: both deadlines passed
        send(EventType.DISPATCH_CREATED, open, """
                {"caseNumber":"%s","dispatchId":1,"round":1,"squad":"WEST-1","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s"}"""
                .formatted(open, received, received.plus(Duration.ofHours(1)), received.plus(Duration.ofDays(2))));
        String group = "groups.find { it.key == '" + district + "' }";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("month", "2026-08").queryParam("by", "district")
                .when().get("/statistics").then().statusCode(200)
                .body(group + ".cases", equalTo(6))
                .body(group + ".onTimeResolution.of", equalTo(5))
                .body(group + ".satisfaction.of", equalTo(6)));
        io.restassured.path.json.JsonPath published = given().queryParam("month", "2026-08").queryParam("by", "district")
                .when().get("/statistics").then().extract().jsonPath();

        // what a journalist does with the two downloads and the written definitions
        List<java.util.Map<String, String>> cases = csv(given().when().get("/open-data.csv").then().statusCode(200).extract().asString());
        List<java.util.Map<String, String>> answers = csv(given().when().get("/open-data-answers.csv").then().statusCode(200).extract().asString());
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.util.function.Predicate<String> inAugust = t -> java.time.YearMonth.from(Instant.parse(t).atZone(zone)).toString().equals("2026-08");
        List<java.util.Map<String, String>> mine = cases.stream()
                .filter(c -> c.get("district").equals(district) && inAugust.test(c.get("received_at"))).toList();
        java.util.Set<String> numbers = mine.stream().map(c -> c.get("case_number")).collect(java.util.stream.Collectors.toSet());
        List<String> results = answers.stream().filter(a -> numbers.contains(a.get("case_number")) && inAugust.test(a.get("answered_at")))
                .map(a -> a.get("result")).toList();
        Instant now = Instant.now();
        java.util.Map<String, String> recomputed = new java.util.LinkedHashMap<>();
        recomputed.put("cases", String.valueOf(mine.size()));
        recomputed.put("response", met(mine, "on_site_at", "on_site_due", now));
        recomputed.put("onTimeResolution", met(mine, "resolved_at", "resolve_due", now));
        recomputed.put("onTimeResolutionWithoutExtensions", met(mine, "resolved_at", "resolve_due_promised", now));
        recomputed.put("satisfaction", results.stream().filter(r -> r.equals("SATISFIED") || r.equals("BASICALLY_SATISFIED")).count()
                + "/" + results.size());
        recomputed.put("reopen", results.stream().filter(r -> r.equals("DISSATISFIED")).count() + "/" + results.size());
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        shown.put("cases", String.valueOf(published.getInt(group + ".cases")));
        for (String figure : List.of("response", "onTimeResolution", "onTimeResolutionWithoutExtensions", "satisfaction", "reopen")) {
            shown.put(figure, published.getInt(group + "." + figure + ".count") + "/" + published.getInt(group + "." + figure + ".of"));
        }
        assertEquals(recomputed, shown);
        // and they say what happened: the extension counts only with extensions; two answers reopened or escalated
        assertEquals("3/5", shown.get("onTimeResolution"));
        assertEquals("2/5", shown.get("onTimeResolutionWithoutExtensions"));
        assertEquals("2/6", shown.get("reopen"));
        assertEquals("open", mine.stream().filter(c -> c.get("case_number").equals(open)).findFirst().orElseThrow().get("status"));
    }

    /** "count/of" of cases whose {@code at} came by {@code due}, over those with {@code at} or whose {@code due} has passed. */
    private static String met(List<java.util.Map<String, String>> cases, String at, String due, Instant now) {
        long of = cases.stream().filter(c -> !c.get(at).isEmpty() || (!c.get(due).isEmpty() && !Instant.parse(c.get(due)).isAfter(now))).count();
        long count = cases.stream().filter(c -> !c.get(at).isEmpty() && !c.get(due).isEmpty()
                && !Instant.parse(c.get(at)).isAfter(Instant.parse(c.get(due)))).count();
        return count + "/" + of;
    }

    /** RFC 4180, as any spreadsheet reads it: a header row, then one map per row. */
    private static List<java.util.Map<String, String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        List<String> head = rows.get(0);
        return rows.subList(1, rows.size()).stream().map(r -> {
            java.util.Map<String, String> m = new java.util.HashMap<>();
            for (int i = 0; i < head.size(); i++) {
                m.put(head.get(i), i < r.size() ? r.get(i) : "");
            }
            return m;
        }).toList();
    }

    @Test
    void noPublicAnswerCarriesWhatTheCallerSaidAboutThemselves() throws Exception {
        String number = closedCase("执法队员到场劝离流动摊贩，现场已恢复整洁");
        await().atMost(Duration.ofSeconds(15)).until(() -> allEntries().stream().anyMatch(e -> number.equals(e.path("caseNumber").asText())));
        for (String path : List.of("/disclosure/entries?limit=1000", "/feed/json?limit=1000", "/feed/atom?limit=1000",
                "/disclosure/checkpoint", "/open311/v2/requests.json", "/open311/v2/requests.xml", "/open311/v2/services.xml",
                "/statistics?by=district", "/statistics?by=category", "/statistics?by=channel")) {
            String body = given().when().get(path).then().statusCode(200).extract().asString();
            for (String personal : List.of("赵丽华", "13900001234", "88号")) {
                assertFalse(body.contains(personal), path + " contains " + personal);
            }
        }
    }

    @io.quarkus.test.common.http.TestHTTPResource("/feed/stream")
    java.net.URI stream;

    @Test
    void theLiveStreamResumesAfterTheLastEventIdWithoutGapOrRepeat() throws Exception {
        String number = closedCase("执法队员到场劝离流动摊贩，现场已恢复整洁");
        await().atMost(Duration.ofSeconds(15)).until(() -> allEntries().stream().anyMatch(e -> number.equals(e.path("caseNumber").asText())));
        long seq = allEntries().stream().filter(e -> number.equals(e.path("caseNumber").asText())).findFirst().orElseThrow().path("seq").asLong();
        long last = allEntries().get(allEntries().size() - 1).path("seq").asLong();
        long from = Math.max(0, seq - 2);

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<java.util.stream.Stream<String>> response = http.send(
                java.net.http.HttpRequest.newBuilder(stream).header("Accept", "text/event-stream")
                        .header("Last-Event-ID", Long.toString(from)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        List<Long> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> data = java.util.Collections.synchronizedList(new ArrayList<>());
        var lines = response.body().iterator();
        long count = last - from;
        var reading = java.util.concurrent.CompletableFuture.runAsync(() -> {
            while ((ids.size() < count || data.size() < count) && lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("id:")) {
                    ids.add(Long.parseLong(line.substring(3).trim()));
                } else if (line.startsWith("data:")) {
                    data.add(line);
                }
            }
        });
        try {
            reading.get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // fewer events than expected: the assertion below says which
        }
        response.body().close();
        List<Long> expected = new ArrayList<>();
        for (long i = from + 1; i <= last; i++) {
            expected.add(i);
        }
        assertEquals(expected, ids, "every entry after Last-Event-ID, once, in order");
        assertTrue(data.stream().anyMatch(d -> d.contains(number)), "data: " + data);
    }

    /** October in one district: P on time and satisfied, Q late and dissatisfied, R staff conduct, never on site. */
    @Test
    void thePublicStatisticsCountEveryCaseAndShowNoStaffConductCase() throws Exception {
        String district = "S" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Instant received = Instant.parse("2026-10-05T02:00:00Z");
        String p = registered(district, "STREET_VENDOR", received);
        String q = registered(district, "STREET_VENDOR", received);
        String r = registered(district, "STAFF_CONDUCT", received);
        round(p, received, Instant.parse("2026-10-05T02:30:00Z"), Instant.parse("2026-10-06T02:00:00Z"), "SATISFIED");
        round(q, received, Instant.parse("2026-10-05T04:00:00Z"), Instant.parse("2026-10-08T02:00:00Z"), "DISSATISFIED");
        send(EventType.DISPATCH_CREATED, r, """
                {"caseNumber":"%s","dispatchId":3,"round":1,"squad":"DISCIPLINE","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s"}"""
                .formatted(r, received, received.plus(Duration.ofHours(1)), received.plus(Duration.ofDays(2))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().queryParam("month", "2026-10").queryParam("by", "district")
                .when().get("/statistics").then().statusCode(200)
                .body("groups.find { it.key == '" + district + "' }.cases", equalTo(3))
                .body("groups.find { it.key == '" + district + "' }.response.count", equalTo(1))
                .body("groups.find { it.key == '" + district + "' }.response.of", equalTo(3))
                .body("groups.find { it.key == '" + district + "' }.onTimeResolution.count", equalTo(1))
                .body("groups.find { it.key == '" + district + "' }.onTimeResolution.of", equalTo(3))
                .body("groups.find { it.key == '" + district + "' }.satisfaction.count", equalTo(1))
                .body("groups.find { it.key == '" + district + "' }.satisfaction.of", equalTo(2)));
        given().queryParam("month", "2026-10").queryParam("by", "category").when().get("/statistics").then().statusCode(200)
                .body("groups.key", hasItem("STAFF_CONDUCT"));
        for (String path : List.of("/disclosure/entries?limit=1000", "/open311/v2/requests.json?start_date=2026-10-01T00:00:00Z&end_date=2026-10-31T00:00:00Z")) {
            assertFalse(given().when().get(path).then().statusCode(200).extract().asString().contains(r), path + " shows a staff-conduct case");
        }
        given().queryParam("month", "Oct").when().get("/statistics").then().statusCode(400).body("errors.field", hasItem("month"));
    }

    private String registered(String district, String category, Instant received) throws Exception {
        String number = "S-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        send(EventType.CASE_REGISTERED, number, """
                {"caseNumber":"%s","channel":"MAYOR_LINE","category":"%s","priority":"NORMAL","district":"%s",
                 "street":"解放路","gridCell":null,"receivedAt":"%s","anonymous":false,"callbackRequested":true}"""
                .formatted(number, category, district, received));
        send(EventType.CASE_CONTACT, number, """
                {"caseNumber":"%s","name":"钱先生","phone":"13900005678"}""".formatted(number));
        return number;
    }

    private void round(String number, Instant received, Instant onSite, Instant resolved, String satisfaction) throws Exception {
        send(EventType.DISPATCH_CREATED, number, """
                {"caseNumber":"%s","dispatchId":1,"round":1,"squad":"WEST-1","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s"}"""
                .formatted(number, received, received.plus(Duration.ofHours(1)), received.plus(Duration.ofDays(2))));
        send(EventType.DISPATCH_ON_SITE, number, """
                {"caseNumber":"%s","dispatchId":1,"round":1,"squad":"WEST-1","at":"%s"}""".formatted(number, onSite));
        send(EventType.DISPATCH_RESOLVED, number, """
                {"caseNumber":"%s","dispatchId":1,"round":1,"squad":"WEST-1","outcome":"WARNED","publicSummary":"已责令整改",
                 "resolvedAt":"%s"}""".formatted(number, resolved));
        send(EventType.CASE_CLOSED, number, """
                {"caseNumber":"%s","outcome":"WARNED","publicSummary":"已责令整改","satisfaction":"%s","resolvedAt":"%s","closedAt":"%s"}"""
                .formatted(number, satisfaction, resolved, resolved.plus(Duration.ofDays(1))));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/notifications/stream")
    java.net.URI notifications;

    @Test
    void aSupervisorHearsOfNewWorkAndDeadlinesForTheirSquadOnly() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        assertEquals(401, http.send(java.net.http.HttpRequest.newBuilder(notifications).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
        var response = http.send(java.net.http.HttpRequest.newBuilder(notifications)
                        .header("Accept", "text/event-stream").header("Authorization", Tokens.bearer("sup.east")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        var lines = response.body().iterator();
        var ready = new java.util.concurrent.CountDownLatch(1);
        var reading = java.util.concurrent.CompletableFuture.runAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("event:") && line.contains("ready")) {
                    ready.countDown(); // the stream runs from the newest notice: what follows is what we send now
                } else if (line.startsWith("data:") && ready.getCount() == 0) {
                    seen.add(line);
                    if (seen.stream().filter(l -> l.contains("EAST-1") && l.contains("case")).count() >= 2) {
                        return;
                    }
                }
            }
        });
        assertTrue(ready.await(10, java.util.concurrent.TimeUnit.SECONDS), "the stream says it is ready");
        String east = registered("EAST", "STREET_VENDOR", Instant.now());
        String west = registered("WEST", "STREET_VENDOR", Instant.now());
        Instant t = Instant.now();
        send(EventType.DISPATCH_CREATED, west, """
                {"caseNumber":"%s","dispatchId":11,"round":1,"squad":"WEST-1","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s"}"""
                .formatted(west, t, t.plus(Duration.ofHours(1)), t.plus(Duration.ofDays(2))));
        send(EventType.DISPATCH_CREATED, east, """
                {"caseNumber":"%s","dispatchId":12,"round":1,"squad":"EAST-1","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s"}"""
                .formatted(east, t, t.plus(Duration.ofHours(1)), t.plus(Duration.ofDays(2))));
        send(EventType.DEADLINE_WARNING, east, """
                {"caseNumber":"%s","dispatchId":12,"round":1,"squad":"EAST-1","kind":"ON_SITE","stage":"WARNING",
                 "deadline":"%s","dueAt":"%s","raisedAt":"%s"}""".formatted(east, t.plus(Duration.ofHours(1)), t, t));
        await().atMost(Duration.ofSeconds(60)).until(() -> seen.stream().filter(l -> l.contains(east)).count() >= 2);
        response.body().close();
        assertEquals(2, seen.stream().filter(l -> l.contains(east)).count(), "the new dispatch and its warning: " + seen);
        assertFalse(seen.stream().anyMatch(l -> l.contains(west)), "another squad's work is not shown");
    }

    static final List<String> GEOREPORT_REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
            "address");

    @Test
    void open311ClientsReadServicesAndRequestsInXmlAndJson() throws Exception {
        String number = closedCase("执法队员到场劝离流动摊贩，现场已恢复整洁");
        await().atMost(Duration.ofSeconds(15)).until(() -> allEntries().stream().anyMatch(e -> number.equals(e.path("caseNumber").asText())));

        given().when().get("/open311/v2/services.json").then().statusCode(200)
                .body("service_code", hasItem("STREET_VENDOR")).body("service_code", not(hasItem("STAFF_CONDUCT")));
        given().when().get("/open311/v2/services.xml").then().statusCode(200).contentType("text/xml")
                .body("services.service.service_code", hasItem("STREET_VENDOR"));

        var json = given().queryParam("service_request_id", number).when().get("/open311/v2/requests.json")
                .then().statusCode(200)
                .body("[0].service_request_id", equalTo(number))
                .body("[0].status", equalTo("closed"))
                .body("[0].agency_responsible", notNullValue())
                .extract().jsonPath();
        for (String field : GEOREPORT_REQUEST_FIELDS) {
            assertTrue(json.getMap("[0]").containsKey(field), "GeoReport v2 field " + field);
        }
        for (String uriField : List.of("media_url", "address_id", "zipcode")) {
            assertFalse(json.getMap("[0]").containsKey(uriField), "no empty " + uriField);
        }
        for (String time : List.of("requested_datetime", "updated_datetime")) {
            assertTrue(json.getString("[0]." + time).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"),
                    time + " is a W3C datetime with whole seconds: " + json.getString("[0]." + time));
        }
        given().when().get("/open311/v2/requests/" + number + ".xml").then().statusCode(200).contentType("text/xml")
                .body("service_requests.request.service_request_id", equalTo(number))
                .body("service_requests.request.status", equalTo("closed"));
        given().queryParam("status", "closed").queryParam("service_code", "STREET_VENDOR")
                .when().get("/open311/v2/requests.json").then().statusCode(200)
                .body("status", not(hasItem("open"))).body("service_code", not(hasItem("SANITATION")));

        given().when().get("/open311/v2/requests/H-000000-0000.json").then().statusCode(404)
                .body("[0].code", equalTo(404)).body("[0].description", notNullValue());
        given().when().get("/open311/v2/requests/H-000000-0000.xml").then().statusCode(404)
                .body("errors.error.code", equalTo("404"));
        given().queryParam("start_date", "last week").when().get("/open311/v2/requests.json").then().statusCode(400)
                .body("[0].code", equalTo(400));
        String all = given().when().get("/open311/v2/requests.xml").then().statusCode(200).extract().asString();
        for (String personal : List.of("赵丽华", "13900001234", "88号")) {
            assertFalse(all.contains(personal), "Open311 contains " + personal);
        }
    }

    /**
     * intake's events held back (longer than the inbox's whole retry budget) while dispatch's round and followup's
     * closure arrive: nothing is dead-lettered, a redelivery meanwhile is a duplicate, and when the registration and
     * then the contact come, the public clock is set in the order dispatch wrote it and the entry appears once.
     */
    @Test
    void eventsThatOvertakeTheRegistrationWaitForItAndAreAppliedOnceInOrder() throws Exception {
        String number = "W-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Instant received = Instant.now().minus(Duration.ofHours(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant onSite = received.plus(Duration.ofMinutes(30));
        Instant resolved = received.plus(Duration.ofHours(3));
        org.hotline.platform.testing.TopicProbe dead = new org.hotline.platform.testing.TopicProbe(
                org.hotline.platform.testing.TopicProbe.testTopic(org.hotline.platform.events.Topics.DEAD_LETTER));
        UUID resolution = UUID.randomUUID();
        String resolvedData = """
                {"caseNumber":"%s","dispatchId":7,"round":1,"squad":"EAST-1","outcome":"PERSUADED","publicSummary":"已劝离",
                 "resolvedAt":"%s"}""".formatted(number, resolved);
        send(EventType.DISPATCH_CREATED, number, """
                {"caseNumber":"%s","dispatchId":7,"round":1,"squad":"EAST-1","dispatchedAt":"%s","onSiteDue":"%s","resolveDue":"%s"}"""
                .formatted(number, received, received.plus(Duration.ofHours(1)), received.plus(Duration.ofDays(2))));
        send(EventType.DISPATCH_ON_SITE, number, """
                {"caseNumber":"%s","dispatchId":7,"round":1,"squad":"EAST-1","at":"%s"}""".formatted(number, onSite));
        TestEvents.send(resolution, EventType.DISPATCH_RESOLVED, number, resolvedData);
        send(EventType.CASE_CLOSED, number, """
                {"caseNumber":"%s","outcome":"PERSUADED","publicSummary":"已劝离","satisfaction":"SATISFIED",
                 "resolvedAt":"%s","closedAt":"%s"}""".formatted(number, resolved, resolved.plus(Duration.ofHours(2))));

        await().atMost(Duration.ofSeconds(60)).until(() -> parked(number) == 4);
        // longer than every retry the inbox would give a failing event
        await().during(HOLD_BACK).atMost(HOLD_BACK.plusSeconds(30)).until(() -> parked(number) == 4);
        double duplicates = events("hotline.dispatch.resolved", "duplicate");
        TestEvents.send(resolution, EventType.DISPATCH_RESOLVED, number, resolvedData);
        await().atMost(Duration.ofSeconds(60)).until(() -> redeliveries(resolution) == 1);
        assertTrue(events("hotline.dispatch.resolved", "duplicate") >= duplicates + 1, "counted as a duplicate");

        send(EventType.CASE_REGISTERED, number, """
                {"caseNumber":"%s","channel":"HOTLINE","category":"STREET_VENDOR","priority":"NORMAL","district":"EAST",
                 "street":"人民路","gridCell":null,"receivedAt":"%s","anonymous":false,"callbackRequested":true}""".formatted(number, received));
        // the round is applied; the closure now waits for the caller's contact (to check the summary against the name)
        await().atMost(Duration.ofSeconds(60)).until(() -> parked(number) == 1);
        assertEquals(onSite.toString(), column(number, "on_site_at"), "on site after the dispatch, not wiped by it");
        assertEquals(resolved.toString(), column(number, "resolved_at"));
        assertEquals(0, entriesOf(number));

        send(EventType.CASE_CONTACT, number, """
                {"caseNumber":"%s","name":"孙先生","phone":"13900007777"}""".formatted(number));
        await().atMost(Duration.ofSeconds(60)).until(() -> entriesOf(number) == 1);
        assertEquals(0, parked(number));
        TestEvents.send(resolution, EventType.DISPATCH_RESOLVED, number, resolvedData);
        await().atMost(Duration.ofSeconds(60)).until(() -> redeliveries(resolution) == 2);
        assertTrue(events("hotline.dispatch.resolved", "duplicate") >= duplicates + 2, "counted as a duplicate");
        assertEquals(1, entriesOf(number));
        try (dead) {
            assertEquals(List.of(), dead.settle(org.hotline.platform.testing.TopicProbe.key(number), Duration.ofSeconds(1)),
                    "nothing of this case dead-lettered");
        }
    }

    // ------------------------------------------------------------------ helpers

    private long parked(String number) throws Exception {
        return longOf("select count(*) from parked_event where case_number = ?", number);
    }

    private long entriesOf(String number) throws Exception {
        return longOf("select count(*) from disclosure_entry where case_number = ?", number);
    }

    private String column(String number, String column) throws Exception {
        try (var c = db.getConnection(); var s = c.prepareStatement("select " + column + " from public_case where case_number = ?")) {
            s.setString(1, number);
            try (var r = s.executeQuery()) {
                r.next();
                java.sql.Timestamp t = r.getTimestamp(1);
                return t == null ? null : t.toInstant().toString();
            }
        }
    }

    private long longOf(String sql, String number) throws Exception {
        return org.hotline.platform.testing.Sql.number(db, sql, number);
    }

    @Test
    void theLiveStreamTakesOnlySoManyReadersPerInstance() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<java.net.http.HttpResponse<java.io.InputStream>> open = new ArrayList<>();
        java.net.http.HttpResponse<java.io.InputStream> refused = null;
        try {
            for (int i = 0; i < 4 && refused == null; i++) { // the test profile's cap is 3
                var response = http.send(java.net.http.HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                        java.net.http.HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() == 503) {
                    refused = response;
                } else {
                    assertEquals(200, response.statusCode());
                    open.add(response);
                }
            }
            assertTrue(refused != null, "the fourth reader is refused");
            // an idle stream hears a heartbeat comment (every second in the test profile), so proxies keep it open
            var first = open.get(0).body();
            var heard = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    var lines = new java.io.BufferedReader(new java.io.InputStreamReader(first, java.nio.charset.StandardCharsets.UTF_8));
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith(":") && line.contains("heartbeat")) {
                            return true;
                        }
                    }
                    return false;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            assertTrue(heard.get(10, java.util.concurrent.TimeUnit.SECONDS), "a heartbeat comment on the open stream");
            assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(new String(refused.body().readAllBytes()).contains("\"status\":503"));
        } finally {
            for (var response : open) {
                response.body().close();
            }
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            var again = http.send(java.net.http.HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofInputStream());
            again.body().close();
            return again.statusCode() == 200;
        });
    }

    @Test
    void aStreetGivingAwayThePhoneOrTheNameIsWithheldInOpen311() throws Exception {
        String phone = "N-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String named = "N-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Instant t = Instant.now();
        for (String[] c : new String[][] {{phone, "人民路１３９.1234.0003"}, {named, "钱多多家门口"}}) {
            send(EventType.CASE_REGISTERED, c[0], """
                    {"caseNumber":"%s","channel":"HOTLINE","category":"STREET_VENDOR","priority":"NORMAL","district":"EAST",
                     "street":"%s","gridCell":null,"receivedAt":"%s","anonymous":false,"callbackRequested":true}""".formatted(c[0], c[1], t));
        }
        // the name arrives after the registration: the street is checked again then
        await().atMost(Duration.ofSeconds(30)).until(() -> longOf("select count(*) from public_case where case_number = ?", named) == 1);
        send(EventType.CASE_CONTACT, named, """
                {"caseNumber":"%s","name":"钱多多","phone":"13900001235"}""".formatted(named));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String number : List.of(phone, named)) {
                String json = given().queryParam("service_request_id", number).when().get("/open311/v2/requests.json")
                        .then().statusCode(200).extract().asString();
                assertEquals("（已隐去）, EAST", io.restassured.path.json.JsonPath.from(json).getString("[0].address"), json);
                assertFalse(json.contains("钱多多"), json);
            }
        });
    }

    @Test
    void aClosedCasePastTheRetentionKeepsItsEntryButNotThePhoneOrTheName() throws Exception {
        String number = closedCase("执法队员到场，现场已整改");
        await().atMost(Duration.ofSeconds(15)).until(() -> entriesOf(number) == 1);
        try (var c = db.getConnection(); var s = c.prepareStatement(
                "update public_case set closed_at = now() - interval '181 days' where case_number = ?")) {
            s.setString(1, number);
            s.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> longOf(
                "select count(*) from outcome_notice where case_number = ? and sent_at is null", number) == 0);
        retention.erase();
        assertEquals(0, longOf("select count(*) from complainant_phone where case_number = ?", number));
        assertEquals(0, longOf("select count(*) from caller_name where case_number = ?", number));
        assertEquals(1, entriesOf(number), "the public entry stays");
    }

    @jakarta.inject.Inject
    org.hotline.platform.privacy.PersonalDataRetention retention;

    /** How often the inbox saw this event again after processing it (each a duplicate that changed nothing). */
    private long redeliveries(UUID event) throws Exception {
        return longOf("select coalesce(sum(redeliveries), -1) from inbox_event where event_id = ?::uuid", event.toString());
    }

    /**
     * How long intake's events are held back: longer than every retry the inbox would give a failing event in the test
     * profile (about 3 s); {@code -Dtest.hold-back-seconds=180} holds them back three minutes.
     */
    static final Duration HOLD_BACK = Duration.ofSeconds(Long.getLong("test.hold-back-seconds", 4));

    private static double events(String type, String result) {
        return org.hotline.platform.testing.Prometheus.events(type, result);
    }

    private static List<JsonNode> allEntries() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = JSON.readTree(given().queryParam("after", after).queryParam("limit", 1000)
                    .when().get("/disclosure/entries").then().statusCode(200).extract().asString());
            if (page.isEmpty()) {
                return all;
            }
            page.forEach(all::add);
            after = page.get(page.size() - 1).path("seq").asLong();
        }
    }

    private boolean known(String number) throws Exception {
        return longOf("select count(*) from caller_name where case_number = ?", number) == 1;
    }

    /** A case registered by 赵丽华 (13900001234, 人民路88号) and closed with this public summary. */
    private String closedCase(String summary) throws Exception {
        String number = "N-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Instant t = Instant.now();
        send(EventType.CASE_REGISTERED, number, """
                {"caseNumber":"%s","channel":"HOTLINE","category":"STREET_VENDOR","priority":"NORMAL","district":"EAST",
                 "street":"人民路","gridCell":null,"receivedAt":"%s","anonymous":false,"callbackRequested":true}""".formatted(number, t));
        send(EventType.CASE_CONTACT, number, """
                {"caseNumber":"%s","name":"赵丽华","phone":"13900001234"}""".formatted(number));
        // registration and closure are hours apart in life; here, wait until the name's hash is known
        await().atMost(Duration.ofSeconds(60)).until(() -> known(number));
        send(EventType.CASE_CLOSED, number, """
                {"caseNumber":"%s","outcome":"PERSUADED","publicSummary":"%s","satisfaction":"SATISFIED",
                 "resolvedAt":"%s","closedAt":"%s"}""".formatted(number, summary, t, t));
        return number;
    }

    private static void send(EventType type, String number, String data) throws Exception {
        TestEvents.send(type, number, data);
    }
}
