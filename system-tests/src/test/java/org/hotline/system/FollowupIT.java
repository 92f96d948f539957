package org.hotline.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline.platform.events.CloudEventHeaders;
import org.hotline.platform.events.Topics;
import org.hotline.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Callbacks against the running stack: dissatisfied reopens for a new round, satisfied closes. */
class FollowupIT {

    @Test
    void aDissatisfiedCallerGetsANewRoundAndASatisfiedOneClosesTheCase() {
        try (TopicProbe followup = new TopicProbe(Topics.FOLLOWUP_CASES)) {
            String number = Stack.register(Stack.complaint("NORTH", false));
            resolve(number, 1);
            Map<String, Object> callback = awaitCallback(number);
            assertEquals(Stack.CALLER_PHONE, ((Map<?, ?>) callback.get("caller")).get("phone"),
                    "the operator sees how to reach the caller");
            Instant reopenedAround = Instant.now();
            Stack.as("operator1", Stack.FOLLOWUP).contentType(ContentType.JSON)
                    .body("{\"result\":\"DISSATISFIED\",\"notes\":\"摊点第二天又出现\"}")
                    .when().post("/callbacks/{id}/attempts", callback.get("id"))
                    .then().statusCode(200).body("status", equalTo("REOPENED"));

            // a new round in the squad's list, with deadlines counted from the reopening
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                Map<String, Object> d = Stack.dispatchOf("sup.north", number);
                return d != null && Integer.valueOf(2).equals(d.get("round"));
            });
            Instant onSiteDue = Instant.parse((String) Stack.dispatchOf("sup.north", number).get("onSiteDue"));
            assertTrue(onSiteDue.isAfter(reopenedAround.plus(Duration.ofMinutes(55))), "fresh on-site deadline: " + onSiteDue);

            resolve(number, 2);
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                Map<String, Object> c = awaitCallback(number);
                return Integer.valueOf(2).equals(c.get("round"));
            });
            Stack.as("operator1", Stack.FOLLOWUP).contentType(ContentType.JSON)
                    .body("{\"result\":\"BASICALLY_SATISFIED\"}")
                    .when().post("/callbacks/{id}/attempts", awaitCallback(number).get("id"))
                    .then().statusCode(200).body("status", equalTo("CLOSED"));

            List<ConsumerRecord<String, String>> closed = followup.await(
                    r -> number.equals(r.key()) && "hotline.case.closed".equals(TopicProbe.header(r, CloudEventHeaders.TYPE)),
                    1, Duration.ofSeconds(10));
            assertEquals(1, closed.size());
            assertEquals("BASICALLY_SATISFIED", JsonPath.from(closed.get(0).value()).getString("satisfaction"));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Stack.as("operator1", Stack.INTAKE)
                    .when().get("/cases/" + number).then().statusCode(200)
                    .body("status", equalTo("CLOSED"))
                    .body("timeline.step", contains("REGISTERED", "DISPATCHED", "ACKNOWLEDGED", "ON_SITE", "RESOLVED",
                            "REOPENED", "DISPATCHED", "ACKNOWLEDGED", "ON_SITE", "RESOLVED", "CLOSED")));
        }
    }

    private static void resolve(String number, int round) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Map<String, Object> d = Stack.dispatchOf("sup.north", number);
            return d != null && Integer.valueOf(round).equals(d.get("round"));
        });
        Object id = Stack.dispatchOf("sup.north", number).get("id");
        Stack.as("sup.north", Stack.DISPATCH).when().post("/dispatches/{id}/acknowledgement", id).then().statusCode(200);
        Stack.as("sup.north", Stack.DISPATCH).when().post("/dispatches/{id}/arrival", id).then().statusCode(200);
        Stack.as("sup.north", Stack.DISPATCH).contentType(ContentType.JSON)
                .body("{\"outcome\":\"RECTIFIED_ON_SPOT\",\"publicSummary\":\"现场已整改\"}")
                .when().post("/dispatches/{id}/resolution", id).then().statusCode(200);
    }

    private static Map<String, Object> awaitCallback(String number) {
        await().atMost(Duration.ofSeconds(10)).until(() -> SkeletonFlowIT.callbackOf(number) != null);
        return SkeletonFlowIT.callbackOf(number);
    }
}
