package org.hotline.system;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.hotline.platform.testing.Tokens;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;

/** The running stack as its users reach it: the four services over HTTP, tokens from the real Keycloak. */
final class Stack {
    static final String INTAKE = url("intake", 8081);
    static final String DISPATCH = url("dispatch", 8082);
    static final String FOLLOWUP = url("followup", 8083);
    static final String NOTIFICATION = url("notification", 8084);
    static final Map<String, String> SERVICES = Map.of(
            "intake-service", INTAKE, "dispatch-service", DISPATCH,
            "followup-service", FOLLOWUP, "notification-service", NOTIFICATION);

    static final String CALLER_NAME = "王建国";
    static final String CALLER_PHONE = "13812345678";
    static final String HOUSE_NUMBER = "88号";

    private Stack() {
    }

    static String url(String service, int port) {
        return System.getProperty(service + ".url", "http://127.0.0.1:" + port);
    }

    static RequestSpecification as(String user, String baseUri) {
        return given().baseUri(baseUri).header("Authorization", Tokens.bearer(user));
    }

    /** A complaint as an operator types it, with the caller's own details. */
    static String complaint(String district, boolean anonymous) {
        String caller = anonymous ? "" : """
                "caller":{"name":"%s","phone":"%s"},"callbackRequested":true,""".formatted(CALLER_NAME, CALLER_PHONE);
        return """
                {"channel":"HOTLINE",%s"category":"STREET_VENDOR","priority":"HIGH",
                 "location":{"district":"%s","street":"人民路","address":"人民路%s3单元"},
                 "description":"小区门口每天傍晚有流动摊点占道经营，油烟很大，来电人%s"}"""
                .formatted(caller, district, HOUSE_NUMBER, CALLER_PHONE);
    }

    /** Registers a complaint as operator1 and returns its case number. */
    static String register(String body) {
        return as("operator1", INTAKE).contentType(ContentType.JSON).body(body)
                .when().post("/cases")
                .then().statusCode(201)
                .extract().path("caseNumber");
    }

    /** The open dispatch of a case as {@code user} sees it in their list, or null. */
    static Map<String, Object> dispatchOf(String user, String caseNumber) {
        Response list = as(user, DISPATCH).queryParam("caseNumber", caseNumber).when().get("/dispatches");
        list.then().statusCode(200);
        return list.jsonPath().getMap("find { it.caseNumber == '" + caseNumber + "' }");
    }

    /**
     * What a service started by a test needs in its environment, as deploy/local/up gives it: the secrets of
     * deploy/local/.run/secrets.env and its database password (the demo one is the service's name).
     */
    static Map<String, String> productionEnvironment(String service) throws IOException {
        File repo = new File(System.getProperty("hotline.repo", "..")).getCanonicalFile();
        File run = new File(System.getenv().getOrDefault("HOTLINE_RUN_DIR", new File(repo, "deploy/local/.run").getPath()));
        Map<String, String> env = new java.util.HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(new File(run, "secrets.env").toPath())) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        env.put("HOTLINE_DB_PASSWORD", service);
        return env;
    }

    /** Runs a deploy/local script from the checkout (the system tests run in system-tests/). */
    static void script(String... command) throws IOException, InterruptedException {
        File repo = new File(System.getProperty("hotline.repo", "..")).getCanonicalFile();
        Process p = new ProcessBuilder(List.of(command)).directory(repo).inheritIO().start();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** The squad's supervisor takes round {@code round} of a case from 签收 to 处置 with this public summary. */
    static void resolve(String supervisor, String number, int round, String publicSummary) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            Map<String, Object> d = dispatchOf(supervisor, number);
            return d != null && Integer.valueOf(round).equals(d.get("round"));
        });
        Object id = dispatchOf(supervisor, number).get("id");
        as(supervisor, DISPATCH).when().post("/dispatches/{id}/acknowledgement", id).then().statusCode(200);
        as(supervisor, DISPATCH).when().post("/dispatches/{id}/arrival", id).then().statusCode(200);
        as(supervisor, DISPATCH).contentType(ContentType.JSON)
                .body(Map.of("outcome", "RECTIFIED_ON_SPOT", "publicSummary", publicSummary))
                .when().post("/dispatches/{id}/resolution", id).then().statusCode(200);
    }

    /** The operator records the callback of round {@code round} with this result (once followup has it due). */
    static void callBack(String number, int round, String result) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            Map<String, Object> c = SkeletonFlowIT.callbackOf(number);
            return c != null && Integer.valueOf(round).equals(c.get("round"));
        });
        as("operator1", FOLLOWUP).contentType(ContentType.JSON).body(Map.of("result", result))
                .when().post("/callbacks/{id}/attempts", SkeletonFlowIT.callbackOf(number).get("id")).then().statusCode(200);
    }

    /** SQL on a service's own database, for what only time would do (a deadline passing). */
    static void sql(String database, String statement) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", database, "-d", database, "-v", "ON_ERROR_STOP=1",
                "-qc", statement).inheritIO().start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("psql " + database + " failed: " + statement);
        }
    }
}
