package org.hotline.system;

import org.hotline.platform.events.Topics;
import org.hotline.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The broker goes away: operators keep registering complaints (the outbox holds the events), and when Kafka
 * returns the backlog is published, each event once, and dispatch routes every case.
 */
class KafkaOutageIT {

    static boolean brokerAnswers() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", 9092), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void intakeKeepsAcceptingComplaintsWhileKafkaIsDownAndPublishesTheBacklogAfter() throws Exception {
        List<String> numbers = new ArrayList<>();
        try (TopicProbe cases = new TopicProbe(Topics.INTAKE_CASES)) {
            Stack.script("deploy/local/down", "--kafka");
            try {
                assertFalse(brokerAnswers(), "the broker must really be down for this test: a broker started from another "
                        + "checkout cannot be stopped from here (deploy/local/down there first)");
                for (int i = 0; i < 5; i++) {
                    numbers.add(Stack.register(Stack.complaint("SOUTH", false)));
                }
            } finally {
                Stack.script("deploy/local/up", "--infra-only");
            }
            for (String number : numbers) {
                assertEquals(1, cases.await(TopicProbe.key(number), 1, Duration.ofSeconds(60)).size(),
                        number + " published once after Kafka returned");
            }
            assertEquals(numbers.size(), cases.settle(r -> numbers.contains(r.key()), Duration.ofSeconds(2)).size(),
                    "no event published twice");
        }
        for (String number : numbers) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Stack.dispatchOf("sup.south", number) != null);
        }
        for (String base : Stack.SERVICES.values()) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().baseUri(base).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        }
    }
}
