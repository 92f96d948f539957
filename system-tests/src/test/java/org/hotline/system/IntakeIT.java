package org.hotline.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline.platform.events.CloudEventHeaders;
import org.hotline.platform.events.Topics;
import org.hotline.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An operator at the call centre, against the running intake-service with real tokens. */
class IntakeIT {

    @Test
    void aRetriedRegistrationGivesTheSameCaseAndTheEventCarriesOnlyWhatIsNeededDownstream() throws Exception {
        try (TopicProbe cases = new TopicProbe(Topics.INTAKE_CASES)) {
            String key = UUID.randomUUID().toString();
            String body = Stack.complaint("NORTH", false);
            String number = Stack.as("operator1", Stack.INTAKE).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).when().post("/cases")
                    .then().statusCode(201).extract().path("caseNumber");
            Stack.as("operator1", Stack.INTAKE).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).when().post("/cases")
                    .then().statusCode(201).body("caseNumber", equalTo(number));

            List<ConsumerRecord<String, String>> events = cases.settle(TopicProbe.key(number), Duration.ofSeconds(3));
            assertEquals(1, events.size(), "one case.registered for one case, however often it was posted");
            assertEquals("hotline.case.registered", TopicProbe.header(events.get(0), CloudEventHeaders.TYPE));
            JsonNode data = new ObjectMapper().readTree(events.get(0).value());
            Set<String> fields = new TreeSet<>();
            data.fieldNames().forEachRemaining(fields::add);
            assertEquals(new TreeSet<>(List.of("caseNumber", "channel", "category", "priority", "district", "street",
                    "gridCell", "receivedAt", "anonymous", "callbackRequested", "latitude", "longitude")), fields);
            SkeletonFlowIT.assertNoPersonalData(events.get(0).value());
        }
    }

    @Test
    void badInputIsRejectedNamingTheFieldAndNothingIsStored() {
        String phone = "1390000" + (1000 + System.nanoTime() % 9000);
        Stack.as("operator1", Stack.INTAKE).contentType(ContentType.JSON)
                .body(Stack.complaint("EAST", false).replace(Stack.CALLER_PHONE + "\"", "12345\""))
                .when().post("/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("caller.phone"));
        Stack.as("operator1", Stack.INTAKE).contentType(ContentType.JSON)
                .body(Stack.complaint("MOON", false).replace(Stack.CALLER_PHONE + "\"", phone + "\""))
                .when().post("/cases")
                .then().statusCode(400).body("errors.field", hasItem("location.district"));
        Stack.as("operator1", Stack.INTAKE).queryParam("phone", phone).when().get("/cases")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void theCallersNameAndPhoneNeverReachALogLine() throws Exception {
        String number = Stack.register(Stack.complaint("EAST", false));
        Stack.as("operator1", Stack.INTAKE).queryParam("phone", Stack.CALLER_PHONE).when().get("/cases")
                .then().statusCode(200).body("items.caseNumber", hasItem(number));
        Stack.as("operator1", Stack.INTAKE).contentType(ContentType.JSON)
                .body(Stack.complaint("EAST", false).replace(Stack.CALLER_PHONE + "\"", Stack.CALLER_PHONE + "x\""))
                .when().post("/cases").then().statusCode(400);
        java.nio.file.Path logs = java.nio.file.Path.of(System.getProperty("hotline.repo", ".."), "deploy/local/.run/logs");
        try (var files = java.nio.file.Files.list(logs)) {
            for (java.nio.file.Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                String text = java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
                for (String personal : List.of(Stack.CALLER_NAME, Stack.CALLER_PHONE)) {
                    org.junit.jupiter.api.Assertions.assertFalse(text.contains(personal), log + " contains " + personal);
                }
            }
        }
    }

    @Test
    void aSupervisorGets403AndNobodyWithoutATokenGetsIn() {
        given().baseUri(Stack.INTAKE).contentType(ContentType.JSON).body(Stack.complaint("EAST", false))
                .when().post("/cases").then().statusCode(401);
        Stack.as("sup.east", Stack.INTAKE).contentType(ContentType.JSON).body(Stack.complaint("EAST", false))
                .when().post("/cases").then().statusCode(403);
        Stack.as("sup.east", Stack.INTAKE).queryParam("phone", Stack.CALLER_PHONE).when().get("/cases").then().statusCode(403);
    }
}
