package org.hotline.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline.platform.events.CloudEventHeaders;
import org.hotline.platform.events.Topics;
import org.hotline.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walking skeleton, end to end through Kafka: an operator registers a complaint; it reaches the right
 * squad; the supervisor acknowledges, arrives and resolves; an operator calls the caller back; the case closes
 * and its public entry is on {@code disclosure.outcomes} and in the public feed, without the caller's data.
 */
class SkeletonFlowIT {

    @Test
    void aComplaintTravelsFromTheCallToThePublicFeed() {
        try (TopicProbe outcomes = new TopicProbe(Topics.DISCLOSURE_OUTCOMES)) {
            String number = Stack.register(Stack.complaint("EAST", false));

            // dispatch: in the east squad's list within seconds, not in the west squad's
            await().atMost(Duration.ofSeconds(10)).until(() -> Stack.dispatchOf("sup.east", number) != null);
            Map<String, Object> dispatch = Stack.dispatchOf("sup.east", number);
            assertEquals("EAST-1", dispatch.get("squad"));
            Object id = dispatch.get("id");
            Stack.as("sup.west", Stack.DISPATCH).when().post("/dispatches/{id}/acknowledgement", id).then().statusCode(403);
            Stack.as("sup.east", Stack.DISPATCH).when().post("/dispatches/{id}/acknowledgement", id).then().statusCode(200);
            Stack.as("sup.east", Stack.DISPATCH).when().post("/dispatches/{id}/acknowledgement", id).then().statusCode(409);
            Stack.as("sup.east", Stack.DISPATCH).when().post("/dispatches/{id}/arrival", id).then().statusCode(200);
            Stack.as("sup.east", Stack.DISPATCH).contentType(ContentType.JSON)
                    .body("""
                            {"outcome":"PERSUADED","publicSummary":"执法队员到场劝离流动摊贩，现场已恢复整洁",
                             "internalNotes":"摊主为老年人，已联系社区跟进"}""")
                    .when().post("/dispatches/{id}/resolution", id)
                    .then().statusCode(200).body("status", equalTo("RESOLVED"));

            // followup: the callback is on the operators' worklist; the caller is satisfied
            await().atMost(Duration.ofSeconds(10)).until(() -> callbackOf(number) != null);
            Map<String, Object> callback = callbackOf(number);
            assertEquals("PERSUADED", callback.get("outcome"));
            Stack.as("operator1", Stack.FOLLOWUP).contentType(ContentType.JSON)
                    .body("{\"result\":\"SATISFIED\",\"notes\":\"群众表示摊点已清理\"}")
                    .when().post("/callbacks/{id}/attempts", callback.get("id"))
                    .then().statusCode(200).body("status", equalTo("CLOSED"));

            // notification: on the public topic, keyed by the case number, as a CloudEvent, without personal data
            List<ConsumerRecord<String, String>> published = outcomes.await(TopicProbe.key(number), 1, Duration.ofSeconds(10));
            assertEquals(1, published.size(), "one public entry for " + number);
            ConsumerRecord<String, String> record = published.get(0);
            assertEquals("hotline.disclosure.published", TopicProbe.header(record, CloudEventHeaders.TYPE));
            assertNotNull(TopicProbe.header(record, CloudEventHeaders.ID));
            JsonPath entry = JsonPath.from(record.value());
            assertEquals("CLOSED", entry.getString("status"));
            assertEquals("SATISFIED", entry.getString("satisfaction"));
            assertNoPersonalData(record.value());
            assertFalse(record.value().contains("摊主为老年人"), "internal notes are not public");

            // and in the public feed over HTTP, anonymously
            long seq = entry.getLong("sequence");
            String feed = given().baseUri(Stack.NOTIFICATION).queryParam("after", seq - 1).queryParam("limit", 1)
                    .when().get("/disclosure/entries")
                    .then().statusCode(200)
                    .body("[0].caseNumber", equalTo(number))
                    .body("[0].hash", notNullValue())
                    .extract().asString();
            assertNoPersonalData(feed);

            // the same in the formats media websites and civic tools read
            for (String path : List.of("/feed/json?after=" + (seq - 1) + "&limit=1", "/feed/atom?after=" + (seq - 1) + "&limit=1",
                    "/open311/v2/requests/" + number + ".json", "/open311/v2/requests/" + number + ".xml")) {
                String body = given().baseUri(Stack.NOTIFICATION).when().get(path).then().statusCode(200).extract().asString();
                assertTrue(body.contains(number), path + " shows " + number);
                assertNoPersonalData(body);
            }
            given().baseUri(Stack.NOTIFICATION).when().get("/open311/v2/requests/" + number + ".json")
                    .then().body("[0].status", equalTo("closed"));
            String sse = sseFirstEvent(seq - 1);
            assertTrue(sse.contains(number), "the live stream resumes at the entry: " + sse);
            assertNoPersonalData(sse);

            // and intake's look-up shows the whole journey to an operator when the caller rings back
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Stack.as("operator1", Stack.INTAKE)
                    .when().get("/cases/" + number)
                    .then().statusCode(200)
                    .body("status", equalTo("CLOSED"))
                    .body("timeline.step", contains("REGISTERED", "DISPATCHED", "ACKNOWLEDGED", "ON_SITE", "RESOLVED", "CLOSED")));
        }
        // and no service wrote the caller's name or phone into its log on the way
        assertNoPersonalDataInTheLogs();
    }

    @Test
    void anAnonymousComplaintClosesWithoutACallbackAndIsPublished() {
        try (TopicProbe outcomes = new TopicProbe(Topics.DISCLOSURE_OUTCOMES)) {
            String number = Stack.register(Stack.complaint("WEST", true));
            await().atMost(Duration.ofSeconds(10)).until(() -> Stack.dispatchOf("sup.west", number) != null);
            Object id = Stack.dispatchOf("sup.west", number).get("id");
            Stack.as("sup.west", Stack.DISPATCH).when().post("/dispatches/{id}/acknowledgement", id).then().statusCode(200);
            // resolving before arrival is refused with the reason
            Stack.as("sup.west", Stack.DISPATCH).contentType(ContentType.JSON)
                    .body("{\"outcome\":\"WARNED\",\"publicSummary\":\"已责令整改\"}")
                    .when().post("/dispatches/{id}/resolution", id)
                    .then().statusCode(409).contentType("application/problem+json");
            Stack.as("sup.west", Stack.DISPATCH).when().post("/dispatches/{id}/arrival", id).then().statusCode(200);
            Stack.as("sup.west", Stack.DISPATCH).contentType(ContentType.JSON)
                    .body("{\"outcome\":\"WARNED\",\"publicSummary\":\"已责令整改\"}")
                    .when().post("/dispatches/{id}/resolution", id).then().statusCode(200);

            List<ConsumerRecord<String, String>> published = outcomes.await(TopicProbe.key(number), 1, Duration.ofSeconds(10));
            assertEquals(1, published.size());
            assertEquals("CLOSED", JsonPath.from(published.get(0).value()).getString("status"));
            assertEquals(null, callbackOf(number), "no callback for an anonymous caller");
        }
    }

    /** The first event of the public live stream after {@code lastEventId}. */
    static String sseFirstEvent(long lastEventId) {
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Stack.NOTIFICATION + "/feed/stream"))
                    .header("Last-Event-ID", Long.toString(lastEventId)).build(), java.net.http.HttpResponse.BodyHandlers.ofLines());
            var lines = response.body().iterator();
            var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                while (lines.hasNext()) {
                    String line = lines.next();
                    if (line.startsWith("data:")) {
                        return line;
                    }
                }
                return "";
            }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            response.body().close();
            return first;
        } catch (Exception e) {
            throw new AssertionError("no event on the live stream", e);
        }
    }

    static Map<String, Object> callbackOf(String number) {
        return Stack.as("operator1", Stack.FOLLOWUP).when().get("/callbacks")
                .then().statusCode(200)
                .extract().jsonPath().getMap("find { it.caseNumber == '" + number + "' }");
    }

    /** The services' logs (deploy/local writes them to .run/logs) hold neither the test caller's name nor phone. */
    static void assertNoPersonalDataInTheLogs() {
        try {
            java.io.File repo = new java.io.File(System.getProperty("hotline.repo", "..")).getCanonicalFile();
            java.io.File logs = new java.io.File(System.getenv().getOrDefault("HOTLINE_RUN_DIR",
                    new java.io.File(repo, "deploy/local/.run").getPath()), "logs");
            for (String service : List.of("intake", "dispatch", "followup", "notification", "console")) {
                java.nio.file.Path log = new java.io.File(logs, service + ".log").toPath();
                if (java.nio.file.Files.exists(log)) {
                    String text = java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
                    String utf8 = new String(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
                    org.junit.jupiter.api.Assertions.assertFalse(utf8.contains(Stack.CALLER_NAME), service + ".log holds the caller's name");
                    org.junit.jupiter.api.Assertions.assertFalse(utf8.contains(Stack.CALLER_PHONE), service + ".log holds the caller's phone");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertNoPersonalData(String publicText) {
        for (String personal : List.of(Stack.CALLER_NAME, Stack.CALLER_PHONE, Stack.HOUSE_NUMBER)) {
            assertFalse(publicText.contains(personal), "public output contains " + personal + ": " + publicText);
        }
    }
}
