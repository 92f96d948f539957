package org.hotline.system;

import io.restassured.http.ContentType;
import org.hotline.platform.events.Topics;
import org.hotline.platform.testing.Prometheus;
import org.hotline.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The PostgreSQL server goes away while a case is on its way to dispatch, for longer than any fixed retry budget:
 * nothing is lost or dead-lettered, the case is routed once when the database returns, every service is ready
 * again. (The machine's PostgreSQL is stopped and started: the system tests own this machine while they run.)
 */
class DatabaseOutageIT {

    @Test
    void aCaseInFlightWhileThePostgresServerIsDownIsRoutedOnceWhenItReturns() throws Exception {
        List<String> numbers = new ArrayList<>();
        try (TopicProbe cases = new TopicProbe(Topics.INTAKE_CASES); TopicProbe deadLetters = new TopicProbe(Topics.DEAD_LETTER)) {
            double before = outageRetries();
            shell("kill -STOP $(cat deploy/local/.run/dispatch.pid)"); // the cases wait in Kafka for dispatch
            try {
                // one case, so that the retries counted below are all its own
                numbers.add(Stack.register(Stack.complaint("SOUTH", true)));
                for (String number : numbers) {
                    cases.await(TopicProbe.key(number), 1, Duration.ofSeconds(30));
                }
                shell("pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | sort -V | tail -1) main stop");
                shell("kill -CONT $(cat deploy/local/.run/dispatch.pid)");
                // meanwhile an operator is told to try again, not shown an internal error
                Stack.as("operator1", Stack.INTAKE).contentType(ContentType.JSON).body(Stack.complaint("SOUTH", true))
                        .when().post("/cases")
                        .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
                // more attempts than any other failure is given (8): the inbox used to dead-letter the case here
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> outageRetries() - before >= 10);
            } finally {
                shell("kill -CONT $(cat deploy/local/.run/dispatch.pid)");
                shell("pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | sort -V | tail -1) main start");
            }
            for (String number : numbers) {
                await().atMost(Duration.ofSeconds(60)).until(() -> Stack.dispatchOf("sup.south", number) != null);
                assertEquals(1, Stack.as("sup.south", Stack.DISPATCH).queryParam("caseNumber", number).when().get("/dispatches")
                        .then().statusCode(200).extract().jsonPath().getList("$").size(), number + " routed once");
            }
            assertEquals(0, deadLetters.settle(r -> numbers.contains(r.key()), Duration.ofSeconds(2)).size(), "nothing dead-lettered");
        }
        for (String base : Stack.SERVICES.values()) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().baseUri(base).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        }
    }

    /** dispatch-service's inbox retries for its database being away (Prometheus). */
    static double outageRetries() {
        return Prometheus.sum(given().baseUri(Stack.DISPATCH).header("Authorization", org.hotline.platform.testing.Tokens.monitoring()).when().get("/q/metrics").then().statusCode(200).extract().asString(),
                "hotline_inbox_retries_total", "reason=\"outage\"");
    }

    static void shell(String command) throws Exception {
        Stack.script("bash", "-c", command);
    }
}
