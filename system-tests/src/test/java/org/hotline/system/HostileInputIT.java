package org.hotline.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hotline.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text a user can send is hostile until checked. Thousands of generated requests over every write operation
 * and query parameter of the four services — malformed and truncated JSON, wrong types, nulls, huge and 10,000-deep
 * bodies, control characters, bytes that are not UTF-8, overlong Chinese, SQL, script and JNDI strings, bad ids and
 * query values, wrong or missing Content-Type — and then: no 5xx, every refusal a problem body (Open311 answers in
 * its own error format), nothing stored from a refused complaint, every service still ready.
 */
class HostileInputIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String MARKER_PHONE = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);

    static final List<JsonNode> HOSTILE_VALUES = new ArrayList<>();

    static {
        JsonNodeFactory f = JsonNodeFactory.instance;
        for (String s : List.of("\u0000", "人民路\u0000", "a\u0001b", "\u0002", "esc\u001B[31m", "del\u007F", "\u009F",
                "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "", "   ", "\t\n", "'; drop table hotline_case; --",
                "\" or 1=1 --", "<script>alert(1)</script>", "]]><x/>", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}",
                "../../etc/passwd", "%00", "\u202Eevil", "城".repeat(10_000), "a".repeat(70_000))) {
            HOSTILE_VALUES.add(f.textNode(s));
        }
        HOSTILE_VALUES.add(f.nullNode());
        HOSTILE_VALUES.add(f.numberNode(-1));
        HOSTILE_VALUES.add(f.numberNode(1e308));
        HOSTILE_VALUES.add(f.booleanNode(true));
        HOSTILE_VALUES.add(f.arrayNode().add("x"));
        HOSTILE_VALUES.add(f.objectNode().put("$where", "1"));
    }

    static final List<String> HOSTILE_QUERY = List.of("abc", "-1", "0", "1.5", "99999999999999999999", "%00", "a%00b",
            "%C0%AF", "%FF", "%E4%B8", "%01", "%7F", "%27%3B+drop+table+x%3B--", "%3Cscript%3E", "%2B999999999-12",
            "-999999999-01", "2026-13", "x".repeat(5000));

    record Target(String name, String method, String url, String token, String body) {
    }

    record Answer(String target, int status, String contentType, long millis) {
    }

    final Map<Integer, AtomicLong> classes = new ConcurrentHashMap<>();
    final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong slowest = new AtomicLong();
    final AtomicLong sent = new AtomicLong();
    volatile String slowestRequest = "";
    final AtomicLong complaintsCreated = new AtomicLong();

    @Test
    void noInputGetsA5xxAndNothingRefusedIsStored() throws Exception {
        String number = Stack.register(Stack.complaint("EAST", false));
        long dispatch = AuthorizationMatrixIT.freshEastDispatch();
        String op = Tokens.of("operator1"), sup = Tokens.of("sup.east"), disp = Tokens.of("dispatcher1"), aud = Tokens.of("auditor1");
        String complaint = """
                {"channel":"HOTLINE","caller":{"name":"测试来电人","phone":"%s"},"callbackRequested":true,
                 "category":"STREET_VENDOR","priority":"NORMAL","location":{"district":"EAST","street":"人民路","address":"人民路1号",
                 "gridCell":"E-03","latitude":31.2304,"longitude":121.4737},"description":"流动摊点占道经营"}""".formatted(MARKER_PHONE);
        List<Target> writes = List.of(
                new Target("intake POST /cases", "POST", Stack.INTAKE + "/cases", op, complaint),
                new Target("intake PATCH /cases/{n}", "PATCH", Stack.INTAKE + "/cases/" + number, op,
                        "{\"category\":\"STREET_VENDOR\",\"location\":{\"district\":\"EAST\",\"street\":\"人民路\"},\"description\":\"摊点\"}"),
                new Target("intake POST /cases/caller-history", "POST", Stack.INTAKE + "/cases/caller-history", op, "{\"phone\":\"13812345678\"}"),
                new Target("dispatch POST resolution", "POST", Stack.DISPATCH + "/dispatches/" + dispatch + "/resolution", sup,
                        "{\"outcome\":\"PERSUADED\",\"publicSummary\":\"已劝离\",\"internalNotes\":\"无\"}"),
                new Target("dispatch POST return", "POST", Stack.DISPATCH + "/dispatches/" + dispatch + "/return", sup, "{\"reason\":\"不属本队\"}"),
                new Target("dispatch POST extension", "POST", Stack.DISPATCH + "/dispatches/" + dispatch + "/extension", sup,
                        "{\"until\":\"2099-12-03T18:00:00+08:00\",\"reason\":\"需协调\"}"),
                new Target("dispatch POST reroute", "POST", Stack.DISPATCH + "/dispatches/" + dispatch + "/reroute", disp, "{\"squad\":\"EAST-1\"}"),
                new Target("dispatch POST decision", "POST", Stack.DISPATCH + "/dispatches/" + dispatch + "/extension/decision", disp,
                        "{\"grant\":false,\"note\":\"不同意\"}"),
                new Target("dispatch PUT /routing-rules", "PUT", Stack.DISPATCH + "/routing-rules", disp,
                        "{\"district\":\"EAST\",\"gridCell\":null,\"category\":null,\"squad\":\"EAST-1\"}"),
                new Target("followup POST attempts", "POST", Stack.FOLLOWUP + "/callbacks/999999999/attempts", op,
                        "{\"result\":\"SATISFIED\",\"notes\":\"满意\"}"),
                new Target("notification POST held", "POST", Stack.NOTIFICATION + "/disclosure/held/" + number, aud, "{\"publicSummary\":\"已整改\"}"),
                new Target("notification POST correction", "POST", Stack.NOTIFICATION + "/disclosure/entries/999999999/correction", aud,
                        "{\"publicSummary\":\"已整改\"}"));
        List<Target> requests = new ArrayList<>();
        for (Target t : writes) {
            JsonNode base = JSON.readTree(t.body());
            for (List<String> path : fields(base, new ArrayList<>())) {
                for (JsonNode value : HOSTILE_VALUES) {
                    requests.add(new Target(t.name() + " " + String.join(".", path), t.method(), t.url(), t.token(),
                            JSON.writeValueAsString(with(base, path, value))));
                }
            }
            String body = t.body();
            for (int cut = 1; cut < 8; cut++) {
                requests.add(new Target(t.name() + " truncated", t.method(), t.url(), t.token(), body.substring(0, body.length() * cut / 8)));
            }
            for (String whole : List.of("", "null", "[]", "\"x\"", "42", "{", "{\"a\":}", "{}", "{\"unknown\":1}",
                    "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                    body.replaceFirst("\\{", "{\"pad\":\"" + "x".repeat(100_000) + "\","))) {
                requests.add(new Target(t.name() + " body", t.method(), t.url(), t.token(), whole));
            }
        }
        List<Future<?>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (Target t : requests) {
            running.add(pool.submit(() -> send(t, t.body().getBytes(StandardCharsets.UTF_8), "application/json")));
        }
        // bytes that are not UTF-8, wrong and missing Content-Type
        for (Target t : writes) {
            for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE4, (byte) 0xB8},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                String body = t.body();
                int at = body.indexOf("\":\"") + 3;
                b.writeBytes(body.substring(0, at).getBytes(StandardCharsets.UTF_8));
                b.writeBytes(bad);
                b.writeBytes(body.substring(at).getBytes(StandardCharsets.UTF_8));
                running.add(pool.submit(() -> send(t, b.toByteArray(), "application/json")));
            }
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "")) {
                running.add(pool.submit(() -> send(new Target(t.name() + " type " + type, t.method(), t.url(), t.token(), t.body()),
                        t.body().getBytes(StandardCharsets.UTF_8), type)));
            }
        }
        // query parameters and path ids
        Map<String, List<String>> queries = new TreeMap<>();
        queries.put(Stack.INTAKE + "/cases", List.of("status", "district", "category", "channel", "phone", "from", "to", "cursor", "limit"));
        queries.put(Stack.DISPATCH + "/dispatches", List.of("caseNumber", "since", "squad", "district", "status", "overdue", "limit"));
        queries.put(Stack.FOLLOWUP + "/assessment", List.of("month", "by"));
        queries.put(Stack.NOTIFICATION + "/statistics", List.of("month", "by"));
        queries.put(Stack.NOTIFICATION + "/feed/json", List.of("after", "limit"));
        queries.put(Stack.NOTIFICATION + "/feed/atom", List.of("after", "limit"));
        queries.put(Stack.NOTIFICATION + "/disclosure/entries", List.of("after", "limit"));
        queries.put(Stack.NOTIFICATION + "/open311/v2/requests.json", List.of("service_request_id", "service_code", "start_date", "end_date", "status"));
        queries.put(Stack.NOTIFICATION + "/open311/v2/requests.xml", List.of("service_request_id", "start_date", "status"));
        queries.put(Stack.NOTIFICATION + "/", List.of("district", "category", "channel", "month", "before", "lang"));
        queries.put(Stack.NOTIFICATION + "/figures", List.of("month", "lang"));
        queries.put(Stack.NOTIFICATION + "/cases", List.of("number"));

        for (var q : queries.entrySet()) {
            String token = q.getKey().startsWith(Stack.DISPATCH) ? disp : q.getKey().startsWith(Stack.FOLLOWUP) ? aud : op;
            for (String param : q.getValue()) {
                for (String value : HOSTILE_QUERY) {
                    Target t = new Target("GET " + q.getKey() + " ?" + param, "GET", q.getKey() + "?" + param + "=" + value, token, null);
                    running.add(pool.submit(() -> send(t, null, null)));
                }
            }
        }
        for (String id : List.of("abc", "1.5", "-1", "99999999999999999999", "%00", "%C0%AF", "%FF", "%01", "x".repeat(3000), "%27%3B--")) {
            for (String[] u : new String[][] {{Stack.INTAKE + "/cases/" + id, op}, {Stack.DISPATCH + "/dispatches/" + id, disp},
                    {Stack.DISPATCH + "/dispatches/" + id + "/acknowledgement", sup}, {Stack.FOLLOWUP + "/callbacks/" + id + "/attempts", op},
                    {Stack.NOTIFICATION + "/open311/v2/requests/" + id + ".json", null}, {Stack.NOTIFICATION + "/open311/v2/services/" + id + ".xml", null},
                    {Stack.DISPATCH + "/routing-rules/" + id, disp}}) {
                boolean post = u[0].endsWith("/acknowledgement") || u[0].endsWith("/attempts");
                String method = u[0].contains("/routing-rules/") ? "DELETE" : post ? "POST" : "GET";
                String body = u[0].endsWith("/attempts") ? "{\"result\":\"SATISFIED\"}" : null;
                Target t = new Target(method + " " + u[0].replace(id, "{id}"), method, u[0], u[1], body);
                running.add(pool.submit(() -> send(t, body == null ? null : body.getBytes(StandardCharsets.UTF_8), "application/json")));
            }
        }
        for (Future<?> r : running) {
            r.get();
        }
        pool.shutdown();

        System.out.printf("hostile input: %d requests, status classes %s, slowest %d ms (%s)%n",
                sent.get(), new TreeMap<>(classes), slowest.get(), slowestRequest);
        assertTrue(sent.get() >= 2000, "thousands of requests: " + sent.get());
        assertTrue(wrong.isEmpty(), wrong.size() + " answers not as they should be:\n" + String.join("\n", wrong.subList(0, Math.min(40, wrong.size()))));
        // nothing stored from a refused complaint: the marker phone's cases are exactly the ones answered 201
        assertEquals(complaintsCreated.get(), storedUnderMarker(), "cases stored under the marker phone = complaints answered 201");
        for (String base : Stack.SERVICES.values()) {
            Stack.as("operator1", base).when().get("/q/health/ready").then().statusCode(200);
        }
    }

    /** The routing rules the run added (odd but valid grid cells) are taken out again: the stack routes as before. */
    @org.junit.jupiter.api.BeforeEach
    void rememberRules() {
        rulesBefore = ruleIds();
    }

    @org.junit.jupiter.api.AfterEach
    void removeAddedRules() {
        for (Long id : ruleIds()) {
            if (!rulesBefore.contains(id)) {
                Stack.as("dispatcher1", Stack.DISPATCH).when().delete("/routing-rules/" + id).then().statusCode(204);
            }
        }
    }

    private java.util.Set<Long> rulesBefore;

    private static java.util.Set<Long> ruleIds() {
        return new java.util.HashSet<>(Stack.as("dispatcher1", Stack.DISPATCH).when().get("/routing-rules").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class));
    }

    private static long storedUnderMarker() {
        long count = 0;
        String cursor = null;
        do {
            var request = Stack.as("operator1", Stack.INTAKE).queryParam("phone", MARKER_PHONE).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/cases").then().statusCode(200).extract().jsonPath();
            count += page.getList("items").size();
            cursor = page.getString("next");
        } while (cursor != null);
        return count;
    }

    private void send(Target t, byte[] body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.url().replace(" ", "%20"))).timeout(Duration.ofSeconds(30));
        if (t.token() != null) {
            b.header("Authorization", "Bearer " + t.token());
        }
        if (body != null && contentType != null && !contentType.isEmpty()) {
            b.header("Content-Type", contentType);
        }
        b.method(t.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        long start = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            wrong.add(t.name() + ": no answer (" + e.getClass().getSimpleName() + ")");
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        sent.incrementAndGet();
        classes.computeIfAbsent(r.statusCode() / 100 * 100, k -> new AtomicLong()).incrementAndGet();
        if (millis > slowest.get()) {
            slowest.set(millis);
            slowestRequest = t.name();
        }
        if (t.url().endsWith("/cases") && r.statusCode() == 201 && body != null
                && new String(body, StandardCharsets.UTF_8).contains("\"" + MARKER_PHONE + "\"")) {
            complaintsCreated.incrementAndGet();
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        boolean open311 = t.url().contains("/open311/");
        if (r.statusCode() >= 500) {
            wrong.add(t.name() + ": " + r.statusCode());
        } else if (r.statusCode() >= 400 && !(type.startsWith("application/problem+json")
                || (open311 && (type.startsWith("application/json") || type.startsWith("text/xml") || type.startsWith("application/xml"))))) {
            wrong.add(t.name() + ": " + r.statusCode() + " without a problem body (" + type + ")");
        }
    }

    /** The paths of every text, number and boolean field of a JSON object. */
    static List<List<String>> fields(JsonNode node, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            if (e.getValue().isObject()) {
                out.addAll(fields(e.getValue(), path));
            } else {
                out.add(path);
            }
        }
        return out;
    }

    static JsonNode with(JsonNode base, List<String> path, JsonNode value) {
        JsonNode copy = base.deepCopy();
        ObjectNode at = (ObjectNode) copy;
        for (int i = 0; i < path.size() - 1; i++) {
            at = (ObjectNode) at.get(path.get(i));
        }
        at.set(path.get(path.size() - 1), value);
        return copy;
    }
}
