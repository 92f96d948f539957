import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's speed as its users meet it (JDK 17, no dependencies: {@code java ConsoleLoad.java}). Logs in through
 * Keycloak's real login form (code flow, cookies), then:
 * <pre>
 *   pages   &lt;rounds&gt;             each page and htmx action of each role, one after another, with the stack idle:
 *                                  server time per request (on localhost, request to last byte) p50/p99
 *   submit  &lt;per-second&gt; &lt;s&gt;    operators press "受理" at a steady rate (open loop, latency counted from when the
 *                                  press was due): time to the answer with the case number, p50/p90/p99
 * </pre>
 * Environment: CONSOLE_URL (http://127.0.0.1:8085), WARM_ROUNDS (uncounted requests per page first, 3).
 * Prints one line per measured request kind.
 */
public class ConsoleLoad {
    static final String CONSOLE = System.getenv().getOrDefault("CONSOLE_URL", "http://127.0.0.1:8085");
    static final int WARM_ROUNDS = Integer.parseInt(System.getenv().getOrDefault("WARM_ROUNDS", "3"));
    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern CASE_NUMBER = Pattern.compile("id=\"case-number\"[^>]*>\\s*([A-Z]-\\d{6}-\\d+)");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("pages")) {
            pages(Integer.parseInt(args[1]));
        } else {
            submit(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        }
        System.exit(0);
    }

    /** A logged-in staff member: the console's session cookies in a client of their own. */
    record Staff(HttpClient http, String csrf) {
        String get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(CONSOLE + path)).header("HX-Request", "true").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
            }
            return r.body();
        }

        String post(String path, Map<String, String> form) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(form);
            all.put("csrf-token", csrf);
            String body = String.join("&", all.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(CONSOLE + path)).header("HX-Request", "true")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("POST " + path + " answered " + r.statusCode());
            }
            return r.body();
        }
    }

    static Staff login(String user, String page) throws Exception {
        Jar cookies = new Jar();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(CONSOLE + page)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher action = FORM_ACTION.matcher(login);
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form at " + page);
        }
        String form = "username=" + user + "&password=demo&credentialId=";
        String landed = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(landed);
        if (System.getenv("DEBUG") != null) { Matcher alert = Pattern.compile("(?s)(alert__title|kc-feedback-text|input-error)[^>]*>(.{0,200})").matcher(landed); while (alert.find()) System.err.println(alert.group(2)); System.err.println(cookies.cookies.keySet()); }
        return new Staff(http, csrf.find() ? csrf.group(1) : null);
    }

    /**
     * Cookies as a browser sends them back ({@code name=value; …}): the JDK's CookieManager sends Keycloak's quoted
     * cookies back in RFC 2965 form ({@code $Path=…}), which Keycloak does not read. One host here (127.0.0.1), so
     * names are enough; a cookie set to expire is dropped.
     */
    static final class Jar extends java.net.CookieHandler {
        final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String v : values) {
                        String pair = v.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        String key = pair.substring(0, eq).strip();
                        String value = pair.substring(eq + 1).strip();
                        String lower = v.toLowerCase();
                        if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                            cookies.remove(key);
                        } else {
                            cookies.put(key, value);
                        }
                    }
                }
            });
        }
    }

    // ------------------------------------------------------------------ pages and actions, stack idle

    interface Step {
        void run(Staff s) throws Exception;
    }

    static void pages(int rounds) throws Exception {
        Staff operator = login("operator1", "/operator");
        Staff supervisor = login("sup.east", "/supervisor");
        Staff dispatcher = login("dispatcher1", "/dispatcher");
        Staff auditor = login("auditor1", "/assessment");
        String someCase = operator.post("/operator/cases", complaint("139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999))));
        Matcher m = CASE_NUMBER.matcher(someCase);
        String number = m.find() ? m.group(1) : "H-000000-0000";
        Map<String, Map.Entry<Staff, Step>> steps = new LinkedHashMap<>();
        steps.put("page / (menu)", Map.entry(operator, s -> s.get("/")));
        steps.put("page /operator (new call)", Map.entry(operator, s -> s.get("/operator")));
        steps.put("htmx caller history (7+ digits)", Map.entry(operator, s -> s.post("/operator/history", Map.of("phone", "13912345678"))));
        steps.put("page /operator/lookup", Map.entry(operator, s -> s.get("/operator/lookup")));
        steps.put("htmx look-up by case number", Map.entry(operator, s -> s.post("/operator/lookup", Map.of("q", number))));
        steps.put("page /operator/callbacks", Map.entry(operator, s -> s.get("/operator/callbacks")));
        steps.put("page /operator/search", Map.entry(operator, s -> s.get("/operator/search")));
        steps.put("page /supervisor (squad's dispatches)", Map.entry(supervisor, s -> s.get("/supervisor")));
        steps.put("htmx supervisor new work (poll)", Map.entry(supervisor, s -> s.get("/supervisor/new?since=" + java.time.Instant.now().minusSeconds(5))));
        steps.put("page /dispatcher (queue)", Map.entry(dispatcher, s -> s.get("/dispatcher")));
        steps.put("page /dispatcher/rules", Map.entry(dispatcher, s -> s.get("/dispatcher/rules")));
        steps.put("page /board", Map.entry(dispatcher, s -> s.get("/board")));
        steps.put("htmx board filter (squad)", Map.entry(dispatcher, s -> s.get("/board?squad=EAST-1")));
        steps.put("page /held", Map.entry(dispatcher, s -> s.get("/held")));
        steps.put("page /escalated", Map.entry(auditor, s -> s.get("/escalated")));
        steps.put("page /assessment (by squad)", Map.entry(auditor, s -> s.get("/assessment")));
        steps.put("csv /assessment/csv", Map.entry(auditor, s -> s.get("/assessment/csv?by=district")));
        for (var e : steps.entrySet()) {
            for (int i = 0; i < WARM_ROUNDS; i++) {
                e.getValue().getValue().run(e.getValue().getKey()); // warm-up: not counted
            }
            long[] nanos = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                e.getValue().getValue().run(e.getValue().getKey());
                nanos[i] = System.nanoTime() - start;
            }
            System.out.println(report(e.getKey(), nanos, rounds, 0));
        }
    }

    // ------------------------------------------------------------------ submit → case number, at a steady rate

    static void submit(int perSecond, int seconds) throws Exception {
        List<Staff> operators = List.of(login("operator1", "/operator"), login("operator2", "/operator"));
        int total = perSecond * seconds;
        long[] nanos = new long[total];
        java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService workers = Executors.newFixedThreadPool(64);
        long t0 = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            int at = i;
            long due = t0 + at * period;
            clock.schedule(() -> workers.submit(() -> {
                try {
                    String answer = operators.get(at % 2).post("/operator/cases",
                            complaint("139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999))));
                    if (!CASE_NUMBER.matcher(answer).find()) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                nanos[at] = System.nanoTime() - due; // from the press that was due, not from when it was sent
                done.countDown();
            }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 120L, TimeUnit.SECONDS);
        System.out.println(report("submit → case number at " + perSecond + "/s for " + seconds + "s", nanos, total, errors.get()));
        clock.shutdownNow();
        workers.shutdownNow();
    }

    static Map<String, String> complaint(String phone) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", UUID.randomUUID().toString());
        form.put("phone", phone);
        form.put("name", "李女士");
        form.put("channel", "BUREAU_LINE");
        form.put("priority", "NORMAL");
        form.put("category", "STREET_VENDOR");
        form.put("district", List.of("EAST", "WEST", "SOUTH", "NORTH").get(ThreadLocalRandom.current().nextInt(4)));
        form.put("street", "解放路");
        form.put("address", "解放路" + ThreadLocalRandom.current().nextInt(1, 999) + "号");
        form.put("description", "流动摊点占道经营，傍晚尤其严重");
        form.put("callback", "on");
        return form;
    }

    static String report(String what, long[] nanos, int n, int errors) {
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        return String.format("%-45s n=%d errors=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms", what, n, errors,
                pct(sorted, .50), pct(sorted, .90), pct(sorted, .99), sorted[n - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
