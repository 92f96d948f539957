import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady day's work through the public APIs, for the fault runs (JDK 17, no dependencies: {@code java FaultLoad.java}):
 * operators register complaints at a steady rate (each with its own Idempotency-Key, retried until the service
 * answers — a 503 while the database is away, a refused connection while a service restarts); the four squads'
 * supervisors acknowledge, arrive and resolve what they are given; operators call back every caller who asked
 * (satisfied). Everything a fault interrupts is tried again, as a person would.
 * <pre>
 *   java FaultLoad.java &lt;per-second&gt; &lt;seconds&gt; &lt;ledger file&gt;
 * </pre>
 * Registration stops after the given time; the field work and callbacks go on until every case it registered is
 * resolved and called back (or 10 minutes pass). The ledger gets one line per case: number, whether a callback was
 * wanted. Environment: INTAKE_URL, DISPATCH_URL, FOLLOWUP_URL, KEYCLOAK_URL (the local stack's by default).
 */
public class FaultLoad {
    static final String INTAKE = env("INTAKE_URL", "http://127.0.0.1:8081");
    static final String DISPATCH = env("DISPATCH_URL", "http://127.0.0.1:8082");
    static final String FOLLOWUP = env("FOLLOWUP_URL", "http://127.0.0.1:8083");
    static final String KEYCLOAK = env("KEYCLOAK_URL", "http://127.0.0.1:8180");
    static final String[] DISTRICTS = {"EAST", "WEST", "SOUTH", "NORTH"};
    static final String[] CATEGORIES = {"STREET_VENDOR", "SHOP_OCCUPYING_STREET", "ILLEGAL_FLYERS", "SANITATION", "OTHER"};
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    static final Pattern ITEM = Pattern.compile("\\{[^{}]*?\"id\":(\\d+)[^{}]*?\"caseNumber\":\"([^\"]+)\"[^{}]*?\"status\":\"([A-Z_]+)\"");
    static final Pattern CALLBACK = Pattern.compile("\"id\":(\\d+),\"caseNumber\":\"([^\"]+)\"");
    static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    /** Cases registered by this run: number → whether a callback was wanted. */
    static final Map<String, Boolean> REGISTERED = new ConcurrentHashMap<>();
    static final Set<String> RESOLVED = ConcurrentHashMap.newKeySet();
    static final Set<String> CALLED_BACK = ConcurrentHashMap.newKeySet();
    static final AtomicInteger RETRIES = new AtomicInteger();
    static volatile boolean registering = true;

    public static void main(String[] args) throws Exception {
        double rate = Double.parseDouble(args[0]);
        int seconds = Integer.parseInt(args[1]);
        Path ledger = Path.of(args[2]);
        ExecutorService operators = Executors.newFixedThreadPool(8);
        List<Thread> workers = new ArrayList<>();
        for (String district : DISTRICTS) {
            workers.add(daemon(() -> fieldWork("sup." + district.toLowerCase())));
        }
        workers.add(daemon(FaultLoad::callbacks));
        long start = System.nanoTime();
        long gap = (long) (1_000_000_000L / rate);
        int n = 0;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds)) {
            long due = start + n * gap;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int i = n++;
            operators.submit(() -> register(i));
        }
        operators.shutdown();
        operators.awaitTermination(15, TimeUnit.MINUTES);
        registering = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline && (RESOLVED.size() < REGISTERED.size()
                || CALLED_BACK.size() < REGISTERED.values().stream().filter(b -> b).count())) {
            Thread.sleep(500);
        }
        StringBuilder out = new StringBuilder();
        REGISTERED.forEach((number, callback) -> out.append(number).append(' ').append(callback).append('\n'));
        Files.writeString(ledger, out.toString());
        long wanted = REGISTERED.values().stream().filter(b -> b).count();
        System.out.printf("load: registered=%d resolved=%d callbacks-wanted=%d called-back=%d retries=%d%n",
                REGISTERED.size(), RESOLVED.size(), wanted, CALLED_BACK.size(), RETRIES.get());
        System.exit(0);
    }

    /** One complaint, retried with the same Idempotency-Key until intake answers 201. */
    static void register(int i) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        boolean anonymous = r.nextInt(4) == 0;
        String district = DISTRICTS[i % DISTRICTS.length];
        String body = """
                {"channel":"HOTLINE",%s"category":"%s","priority":"NORMAL",
                 "location":{"district":"%s","street":"故障演练路","address":"故障演练路%d号"},
                 "description":"演练：路边有流动摊点占道经营"}""".formatted(
                anonymous ? "" : "\"caller\":{\"name\":\"演练来电人\",\"phone\":\"139%08d\"},\"callbackRequested\":true,".formatted(r.nextInt(100_000_000)),
                CATEGORIES[r.nextInt(CATEGORIES.length)], district, r.nextInt(1, 1_000_000));
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(INTAKE + "/cases"))
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)), "operator1");
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    Matcher m = Pattern.compile("\"caseNumber\":\"([^\"]+)\"").matcher(response.body());
                    if (m.find()) {
                        REGISTERED.put(m.group(1), !anonymous);
                        return;
                    }
                }
                if (response.statusCode() >= 400 && response.statusCode() < 500 && response.statusCode() != 401) {
                    System.err.println("registration refused: " + response.statusCode() + " " + response.body());
                    return;
                }
            } catch (Exception e) {
                // a service restarting: tried again
            }
            RETRIES.incrementAndGet();
            pause(Math.min(5000, 200L << Math.min(attempt, 5)));
        }
    }

    /** A supervisor working through the squad's list: acknowledge, arrive, resolve. */
    static void fieldWork(String supervisor) {
        while (true) {
            try {
                HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(DISPATCH + "/dispatches?limit=500")).GET(), supervisor);
                if (list.statusCode() == 200) {
                    Matcher m = ITEM.matcher(list.body());
                    while (m.find()) {
                        String id = m.group(1), number = m.group(2), status = m.group(3);
                        if (!REGISTERED.containsKey(number)) {
                            continue;
                        }
                        switch (status) {
                            case "DISPATCHED" -> post(DISPATCH + "/dispatches/" + id + "/acknowledgement", "", supervisor);
                            case "ACKNOWLEDGED" -> post(DISPATCH + "/dispatches/" + id + "/arrival", "", supervisor);
                            case "ON_SITE" -> {
                                int code = post(DISPATCH + "/dispatches/" + id + "/resolution",
                                        "{\"outcome\":\"PERSUADED\",\"publicSummary\":\"执法队员到场劝离，现场已恢复\"}", supervisor);
                                if (code == 200 || code == 409) {
                                    RESOLVED.add(number);
                                }
                            }
                            default -> { }
                        }
                    }
                }
            } catch (Exception e) {
                // the service away: the next round tries again
            }
            if (!registering && RESOLVED.size() >= REGISTERED.size()) {
                return;
            }
            pause(1000);
        }
    }

    /** An operator working through the callback list: every caller satisfied. */
    static void callbacks() {
        while (true) {
            try {
                HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(FOLLOWUP + "/callbacks")).GET(), "operator2");
                if (list.statusCode() == 200) {
                    Matcher m = CALLBACK.matcher(list.body());
                    while (m.find()) {
                        if (REGISTERED.containsKey(m.group(2))) {
                            int code = post(FOLLOWUP + "/callbacks/" + m.group(1) + "/attempts",
                                    "{\"result\":\"SATISFIED\",\"notes\":\"演练回访\"}", "operator2");
                            if (code == 200 || code == 409) {
                                CALLED_BACK.add(m.group(2));
                            }
                        }
                    }
                }
            } catch (Exception e) {
                // the service away: the next round tries again
            }
            pause(1000);
        }
    }

    static int post(String url, String json, String user) throws Exception {
        int code = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user).statusCode();
        if (code >= 500) {
            RETRIES.incrementAndGet();
        }
        return code;
    }

    static HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + token(user))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 401) {
            TOKENS.remove(user);
        }
        return response;
    }

    record Token(String value, long until) {
    }

    /** A user's access token, fetched again a minute before it would expire (Keycloak may restart: retried). */
    static String token(String user) throws Exception {
        Token t = TOKENS.get(user);
        if (t != null && System.nanoTime() < t.until()) {
            return t.value();
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/hotline/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("client_id=hotline-console&grant_type=password&username=" + user + "&password=demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher value = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        Matcher expires = Pattern.compile("\"expires_in\":(\\d+)").matcher(response.body());
        if (!value.find()) {
            throw new IllegalStateException("no token for " + user + ": " + response.statusCode());
        }
        long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 300;
        TOKENS.put(user, new Token(value.group(1), System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(10, seconds - 60))));
        return value.group(1);
    }

    static Thread daemon(Runnable work) {
        Thread t = new Thread(work);
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
