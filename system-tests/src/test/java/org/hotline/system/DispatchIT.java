package org.hotline.system;

import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline.platform.events.CloudEventHeaders;
import org.hotline.platform.events.Topics;
import org.hotline.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Squads, dispatchers and the bureau's promise, against the running dispatch-service. */
class DispatchIT {

    @Test
    void aComplaintReachesTheRightSquadWithinSecondsAndNoOtherSquad() {
        org.hotline.platform.testing.Tokens.of("operator1"); // tokens first: a password grant takes a while
        org.hotline.platform.testing.Tokens.of("sup.west");
        long start = System.nanoTime();
        String number = Stack.register(Stack.complaint("WEST", false));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> Stack.dispatchOf("sup.west", number) != null);
        System.out.printf("dispatched to the west squad's list %d ms after registration%n", (System.nanoTime() - start) / 1_000_000);
        Object id = Stack.dispatchOf("sup.west", number).get("id");
        Stack.as("sup.east", Stack.DISPATCH).when().get("/dispatches/{id}", id).then().statusCode(403);
        Stack.as("sup.east", Stack.DISPATCH).when().post("/dispatches/{id}/acknowledgement", id).then().statusCode(403);
        assertNotNull(Stack.dispatchOf("dispatcher1", number), "a dispatcher sees every squad's work");
        Stack.as("operator1", Stack.DISPATCH).when().get("/dispatches").then().statusCode(403);
    }

    @Test
    void aCallReceived61MinutesAgoWithNobodyOnSiteIsBreachedOnceAndEscalated() {
        try (TopicProbe dispatches = new TopicProbe(Topics.DISPATCH_DISPATCHES)) {
            String number = registerReceived(Instant.now().minus(Duration.ofMinutes(61)));
            List<ConsumerRecord<String, String>> breaches = dispatches.await(
                    event(number, "hotline.dispatch.deadline-breached", "ON_SITE"), 1, Duration.ofSeconds(15));
            assertEquals(1, breaches.size(), "one on-site breach");
            assertEquals(1, dispatches.await(event(number, "hotline.dispatch.deadline-escalated", "ON_SITE"), 1, Duration.ofSeconds(10)).size());
            dispatches.settle(r -> true, Duration.ofSeconds(2));
            assertEquals(1, dispatches.settle(event(number, "hotline.dispatch.deadline-breached", "ON_SITE"), Duration.ZERO).size(),
                    "and only one");
        }
    }

    @Test
    void twoDispatchInstancesOnOneDatabaseRaiseEachBreachOnce() throws Exception {
        File repo = new File(System.getProperty("hotline.repo", "..")).getCanonicalFile();
        File log = new File(repo, "deploy/local/.run/logs/dispatch-2.log");
        ProcessBuilder second = new ProcessBuilder("java", "-Xmx384m", "-Dquarkus.http.port=8092", "-jar",
                new File(repo, "dispatch-service/target/quarkus-app/quarkus-run.jar").getPath())
                .directory(new File(repo, "dispatch-service"))
                .redirectErrorStream(true).redirectOutput(log);
        second.environment().putAll(Stack.productionEnvironment("dispatch"));
        Process started = second.start();
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                    given().baseUri(SECOND).when().get("/q/health/ready").statusCode() == 200);
            double before = onSiteBreachesRaised(Stack.DISPATCH) + onSiteBreachesRaised(SECOND);
            try (TopicProbe dispatches = new TopicProbe(Topics.DISPATCH_DISPATCHES)) {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    numbers.add(registerReceived(Instant.now().minus(Duration.ofMinutes(61))));
                }
                for (String number : numbers) {
                    dispatches.await(event(number, "hotline.dispatch.deadline-escalated", "ON_SITE"), 1, Duration.ofSeconds(30));
                }
                dispatches.settle(r -> true, Duration.ofSeconds(3));
                for (String number : numbers) {
                    assertEquals(1, dispatches.settle(event(number, "hotline.dispatch.deadline-breached", "ON_SITE"), Duration.ZERO).size(),
                            number + ": one breach with two instances watching");
                    assertEquals(1, dispatches.settle(event(number, "hotline.dispatch.deadline-escalated", "ON_SITE"), Duration.ZERO).size());
                }
                // the two instances' own counts agree with the topic: twelve breaches between them, none raised twice
                double raised = onSiteBreachesRaised(Stack.DISPATCH) + onSiteBreachesRaised(SECOND) - before;
                assertEquals(numbers.size(), raised, 0.0, "on-site breaches counted by the two instances together");
            }
        } finally {
            started.destroy();
            started.waitFor();
        }
    }

    private static final String SECOND = "http://127.0.0.1:8092";

    /** hotline_deadlines_total{kind="ON_SITE",stage="BREACH"} of one dispatch-service instance. */
    private static double onSiteBreachesRaised(String baseUri) {
        String metrics = given().baseUri(baseUri).header("Authorization", org.hotline.platform.testing.Tokens.monitoring()).when().get("/q/metrics").asString();
        return org.hotline.platform.testing.Prometheus.sum(metrics, "hotline_deadlines_total", "kind=\"ON_SITE\",stage=\"BREACH\"");
    }

    private static String registerReceived(Instant receivedAt) {
        return Stack.as("operator1", Stack.INTAKE).contentType(ContentType.JSON)
                .body(Stack.complaint("EAST", false).replace("\"channel\":\"HOTLINE\",",
                        "\"channel\":\"HOTLINE\",\"receivedAt\":\"" + receivedAt + "\","))
                .when().post("/cases").then().statusCode(201).extract().path("caseNumber");
    }

    private static Predicate<ConsumerRecord<String, String>> event(String number, String type, String kind) {
        return r -> number.equals(r.key()) && type.equals(TopicProbe.header(r, CloudEventHeaders.TYPE))
                && r.value().contains("\"kind\":\"" + kind + "\"");
    }

}
