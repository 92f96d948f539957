package org.hotline.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.hotline.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may call what, for every operation of the four services (read from their OpenAPI documents, so that a new
 * endpoint without a row fails here) under ten kinds of caller. The policy is the table below; {@code ok} means the
 * caller got past authentication and authorization (any answer but 401, 403 and 5xx: 200, or 404/409 for an id or a
 * state that does not fit — the matrix is about who, not about what).
 */
class AuthorizationMatrixIT {
    /** The callers, in the order of each row's columns. */
    enum Caller { NONE, MALFORMED, TAMPERED, EXPIRED, OTHER_REALM, OPERATOR, OWN_SQUAD, OTHER_SQUAD, DISPATCHER, AUDITOR }

    private static final String PUBLIC = "ok  ok  ok  ok  ok  ok  ok  ok  ok  ok";

    /**
     * The policy. Columns: no token, malformed token, tampered signature, expired, another realm's, operator,
     * supervisor of the dispatch's squad (sup.east, EAST-1), supervisor of another squad (sup.west), dispatcher, auditor.
     */
    static final Map<String, String> POLICY = new LinkedHashMap<>();

    static {
        // intake
        POLICY.put("intake GET /catalogue",                              "401 401 401 401 401 ok  ok  ok  ok  ok");
        POLICY.put("intake POST /cases",                                 "401 401 401 401 401 ok  403 403 403 403");
        POLICY.put("intake GET /cases",                                  "401 401 401 401 401 ok  403 403 403 ok");
        POLICY.put("intake GET /cases/{caseNumber}",                     "401 401 401 401 401 ok  403 403 403 ok");
        POLICY.put("intake PATCH /cases/{caseNumber}",                   "401 401 401 401 401 ok  403 403 403 403");
        POLICY.put("intake POST /cases/caller-history",                  "401 401 401 401 401 ok  403 403 403 ok");
        // dispatch: a supervisor acts on their own squad's dispatches only, whatever else they hold
        POLICY.put("dispatch GET /dispatches",                           "401 401 401 401 401 403 ok  ok  ok  ok");
        POLICY.put("dispatch GET /dispatches/queue",                     "401 401 401 401 401 403 403 403 ok  ok");
        POLICY.put("dispatch GET /dispatches/{id}",                      "401 401 401 401 401 403 ok  403 ok  ok");
        POLICY.put("dispatch POST /dispatches/{id}/acknowledgement",     "401 401 401 401 401 403 ok  403 403 403");
        POLICY.put("dispatch POST /dispatches/{id}/arrival",             "401 401 401 401 401 403 ok  403 403 403");
        POLICY.put("dispatch POST /dispatches/{id}/resolution",          "401 401 401 401 401 403 ok  403 403 403");
        POLICY.put("dispatch POST /dispatches/{id}/return",              "401 401 401 401 401 403 ok  403 403 403");
        POLICY.put("dispatch POST /dispatches/{id}/extension",           "401 401 401 401 401 403 ok  403 403 403");
        POLICY.put("dispatch POST /dispatches/{id}/extension/decision",  "401 401 401 401 401 403 403 403 ok  403");
        POLICY.put("dispatch POST /dispatches/{id}/reroute",             "401 401 401 401 401 403 403 403 ok  403");
        POLICY.put("dispatch GET /routing-rules",                        "401 401 401 401 401 403 403 403 ok  ok");
        POLICY.put("dispatch PUT /routing-rules",                        "401 401 401 401 401 403 403 403 ok  403");
        POLICY.put("dispatch DELETE /routing-rules/{id}",                "401 401 401 401 401 403 403 403 ok  403");
        // followup
        POLICY.put("followup GET /callbacks",                            "401 401 401 401 401 ok  403 403 403 ok");
        POLICY.put("followup GET /callbacks/escalated",                  "401 401 401 401 401 403 403 403 ok  ok");
        POLICY.put("followup POST /callbacks/{id}/attempts",             "401 401 401 401 401 ok  403 403 403 403");
        POLICY.put("followup GET /assessment",                           "401 401 401 401 401 403 403 403 ok  ok");
        // notification: the public side is open to anyone, whatever token they send; the rest is staff's
        POLICY.put("notification GET /notifications/stream",            "401 401 401 401 401 403 ok  ok  ok  403");
        POLICY.put("notification GET /disclosure/held",                  "401 401 401 401 401 403 403 403 ok  ok");
        POLICY.put("notification POST /disclosure/held/{caseNumber}",    "401 401 401 401 401 403 403 403 ok  ok");
        POLICY.put("notification POST /disclosure/entries/{seq}/correction", "401 401 401 401 401 403 403 403 403 ok");
        POLICY.put("notification GET /disclosure/entries",               PUBLIC);
        POLICY.put("notification GET /disclosure/checkpoint",            PUBLIC);
        POLICY.put("notification GET /feed/json",                        PUBLIC);
        POLICY.put("notification GET /feed/atom",                        PUBLIC);
        POLICY.put("notification GET /feed/stream",                      PUBLIC);
        POLICY.put("notification GET /statistics",                       PUBLIC);
        POLICY.put("notification GET /open311/v2/services.{format}",     PUBLIC);
        POLICY.put("notification GET /open311/v2/services/{code}.{format}", PUBLIC);
        POLICY.put("notification GET /open311/v2/requests.{format}",     PUBLIC);
        POLICY.put("notification GET /open311/v2/requests/{id}.{format}", PUBLIC);
        POLICY.put("notification GET /open311/v2/discovery.{format}",    PUBLIC);
        // the public results site
        POLICY.put("notification GET /",                                 PUBLIC);
        POLICY.put("notification GET /cases",                            PUBLIC);
        POLICY.put("notification GET /cases/{number}",                   PUBLIC);
        POLICY.put("notification GET /figures",                          PUBLIC);
        POLICY.put("notification GET /figures/data.csv",                 PUBLIC);
        POLICY.put("notification GET /check",                            PUBLIC);
        POLICY.put("notification GET /open-data",                        PUBLIC);
        POLICY.put("notification GET /open-data.csv",                    PUBLIC);
        POLICY.put("notification GET /open-data-answers.csv",            PUBLIC);
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<Caller, String> TOKENS = new LinkedHashMap<>();
    static String caseNumber;

    @BeforeAll
    static void callers() {
        String operator = Tokens.of("operator1");
        String[] parts = operator.split("\\.");
        // the operator's token with its roles swapped for dispatcher's, under the old signature
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"operator\"", "\"dispatcher\"");
        TOKENS.put(Caller.MALFORMED, "not.a-token");
        TOKENS.put(Caller.TAMPERED, parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        String expiring = Tokens.shortLived("auditor1");
        // expired: wait until a service refuses it (its lifespan is one second, plus the verifier's clock skew)
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .until(() -> call("GET", Stack.INTAKE + "/catalogue", expiring, null).status == 401);
        TOKENS.put(Caller.EXPIRED, expiring);
        TOKENS.put(Caller.OTHER_REALM, Tokens.otherRealm());
        TOKENS.put(Caller.OPERATOR, operator);
        TOKENS.put(Caller.OWN_SQUAD, Tokens.of("sup.east"));
        TOKENS.put(Caller.OTHER_SQUAD, Tokens.of("sup.west"));
        TOKENS.put(Caller.DISPATCHER, Tokens.of("dispatcher1"));
        TOKENS.put(Caller.AUDITOR, Tokens.of("auditor1"));
        caseNumber = Stack.register(Stack.complaint("EAST", false));
    }

    @Test
    void everyOperationHasARowAndEveryRowAnOperation() throws Exception {
        TreeSet<String> documented = new TreeSet<>();
        for (var service : Stack.SERVICES.entrySet()) {
            JsonNode doc = JSON.readTree(call("GET", service.getValue() + "/q/openapi?format=json", null, null).body);
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                var path = paths.next();
                path.getValue().fieldNames().forEachRemaining(method ->
                        documented.add(service.getKey().replace("-service", "") + " " + method.toUpperCase() + " " + path.getKey()));
            }
        }
        assertEquals(new TreeSet<>(POLICY.keySet()), documented, "the policy table lists exactly the documented operations");
    }

    @Test
    void everyCallerGetsWhatThePolicySays() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (var row : POLICY.entrySet()) {
            String[] expected = row.getValue().trim().split("\\s+");
            assertEquals(Caller.values().length, expected.length, row.getKey());
            // one request per row: only the "ok" callers can change what it points at, and none of them undoes a refusal
            Call request = request(row.getKey());
            for (Caller caller : Caller.values()) {
                Answer answer = call(request.method, request.url, TOKENS.get(caller), request.body);
                calls++;
                String want = expected[caller.ordinal()];
                boolean right = want.equals("ok") ? answer.status != 401 && answer.status != 403 && answer.status < 500
                        : Integer.parseInt(want) == answer.status;
                if (right && (answer.status == 401 || answer.status == 403)) {
                    right = answer.contentType.startsWith("application/problem+json") && answer.body.contains("\"status\":" + answer.status);
                }
                if (answer.status == 401 && !answer.challenge) {
                    right = false;
                }
                if (!right) {
                    wrong.add(row.getKey() + " as " + caller + ": expected " + want + ", got " + answer.status + " " + answer.contentType);
                }
            }
        }
        System.out.printf("authorization matrix: %d operations x %d callers = %d calls, %d not as the policy says%n",
                POLICY.size(), Caller.values().length, calls, wrong.size());
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** A supervisor who is also an auditor reads every squad's dispatches but acts only on their own squad's. */
    @Test
    void aSupervisorWhoIsAlsoAnAuditorReadsEverySquadButActsOnlyOnTheirOwn() {
        String token = Tokens.of("sup.audit");
        long id = freshEastDispatch();
        assertEquals(200, call("GET", Stack.DISPATCH + "/dispatches/" + id, token, null).status);
        assertEquals(403, call("POST", Stack.DISPATCH + "/dispatches/" + id + "/acknowledgement", token, null).status);
        assertEquals(403, call("POST", Stack.DISPATCH + "/dispatches/" + id + "/return", token, "{\"reason\":\"不是我队\"}").status);
        assertEquals(200, call("POST", Stack.DISPATCH + "/dispatches/" + id + "/acknowledgement", TOKENS.get(Caller.OWN_SQUAD), null).status);
    }

    record Call(String method, String url, String body) {
    }

    /** The request for an operation: real ids where the answer depends on them (a fresh EAST-1 dispatch per row). */
    static Call request(String operation) {
        String[] p = operation.split(" ", 3);
        String base = Stack.SERVICES.get(p[0] + "-service");
        String path = p[2].replace("{caseNumber}", caseNumber).replace("{number}", caseNumber).replace("{format}", "json").replace("{code}", "STREET_VENDOR")
                .replace("{seq}", "999999999").replace("{id}", p[0].equals("notification") ? caseNumber : "999999999");
        if (p[0].equals("dispatch") && p[2].startsWith("/dispatches/{id}")) {
            path = p[2].replace("{id}", Long.toString(freshEastDispatch()));
        }
        String body = switch (p[2]) {
            case "/cases" -> p[1].equals("POST") ? Stack.complaint("EAST", true) : null;
            case "/cases/{caseNumber}" -> p[1].equals("PATCH") ? "{\"description\":\"摊点占道经营，傍晚最严重\"}" : null;
            case "/cases/caller-history" -> "{\"phone\":\"13812345678\"}";
            case "/dispatches/{id}/resolution" -> "{\"outcome\":\"PERSUADED\",\"publicSummary\":\"执法队员到场劝离\"}";
            case "/dispatches/{id}/return", "/dispatches/{id}/extension" ->
                    "{\"reason\":\"需协调\",\"until\":\"2099-12-03T18:00:00+08:00\"}";
            case "/dispatches/{id}/extension/decision" -> "{\"grant\":true,\"note\":\"同意\"}";
            case "/dispatches/{id}/reroute" -> "{\"squad\":\"EAST-1\"}";
            case "/routing-rules" -> p[1].equals("PUT") ? "{\"district\":\"EAST\",\"squad\":\"EAST-1\"}" : null;
            case "/callbacks/{id}/attempts" -> "{\"result\":\"SATISFIED\"}";
            case "/disclosure/held/{caseNumber}", "/disclosure/entries/{seq}/correction" -> "{\"publicSummary\":\"执法队员到场，现场已整改\"}";
            default -> null;
        };
        if (p[2].equals("/dispatches/{id}/return")) {
            body = "{\"reason\":\"不是本队辖区\"}";
        }
        if (p[2].equals("/dispatches/{id}/extension")) {
            body = "{\"until\":\"2099-12-03T18:00:00+08:00\",\"reason\":\"需协调\"}";
        }
        return new Call(p[1], base + path, body);
    }

    /** A new case in the east, its dispatch on EAST-1's list: its id. */
    static long freshEastDispatch() {
        String number = Stack.register(Stack.complaint("EAST", true));
        return await().atMost(Duration.ofSeconds(30)).until(() -> Stack.dispatchOf("dispatcher1", number),
                d -> d != null && "EAST-1".equals(d.get("squad"))).get("id") instanceof Number n ? n.longValue() : -1;
    }

    record Answer(int status, String contentType, String body, boolean challenge) {
    }

    /** One call; a stream is closed once its status and headers are in. */
    static Answer call(String method, String url, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<java.io.InputStream> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = r.headers().firstValue("Content-Type").orElse("");
            String text = type.startsWith("text/event-stream") ? "" : new String(r.body().readNBytes(1 << 20), StandardCharsets.UTF_8);
            r.body().close();
            return new Answer(r.statusCode(), type, text, r.headers().firstValue("WWW-Authenticate").isPresent());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + url, e);
        }
    }
}
