package org.hotline.system;

import io.restassured.http.ContentType;
import org.hotline.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** What an operator of the platform checks first: every service up, documented, measured and locked. */
class StackIT {

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "dispatch-service", "followup-service", "notification-service"})
    void eachServiceIsReadyWithItsDatabaseAndKafka(String service) {
        String base = Stack.SERVICES.get(service);
        given().baseUri(base).when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
        given().baseUri(base).when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(base).accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", containsString(service))
                .body(containsString("cannot reach its database")); // every operation documents its 503
        // metrics are for operations: no token 401, a staff token 403, the scrapers' client 200
        given().baseUri(base).when().get("/q/metrics").then().statusCode(401);
        given().baseUri(base).header("Authorization", org.hotline.platform.testing.Tokens.bearer("auditor1"))
                .when().get("/q/metrics").then().statusCode(403);
        given().baseUri(base).header("Authorization", org.hotline.platform.testing.Tokens.monitoring()).when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("hotline_outbox_pending"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "intake,       /cases/H-261129-0001, sup.east",
            "dispatch,     /dispatches,  operator1",
            "followup,     /callbacks,   sup.east",
    })
    void aProtectedEndpointIs401WithoutATokenAnd403WithAnotherRole(String service, String path, String wrongUser) {
        String base = Stack.url(service, switch (service) {
            case "intake" -> 8081;
            case "dispatch" -> 8082;
            default -> 8083;
        });
        given().baseUri(base).when().get(path).then().statusCode(401);
        given().baseUri(base).header("Authorization", "Bearer not-a-token").when().get(path).then().statusCode(401);
        given().baseUri(base).header("Authorization", Tokens.bearer(wrongUser)).when().get(path)
                .then().statusCode(403);
    }

    @Test
    void aSupervisorCannotRegisterAComplaint() {
        Stack.as("sup.east", Stack.INTAKE).contentType(ContentType.JSON).body(Stack.complaint("EAST", false))
                .when().post("/cases").then().statusCode(403);
    }

    @Test
    void theDisclosureFeedIsPublic() {
        given().baseUri(Stack.NOTIFICATION).when().get("/disclosure/entries").then().statusCode(200);
    }
}
