import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for intake-service registrations (JDK 17, no dependencies: {@code java RegistrationLoad.java}).
 * Complaints are built from the real 311 sample (../shared/data), mapped to the bureau's vocabulary below.
 *
 * <pre>
 *   java RegistrationLoad.java max  &lt;concurrency&gt; &lt;seconds&gt;   closed loop: as fast as the service answers
 *   java RegistrationLoad.java rate &lt;per-second&gt;  &lt;seconds&gt;   open loop: a steady arrival rate; latency counted
 *                                                             from when the request was due (no coordinated omission)
 * </pre>
 * Environment: INTAKE_URL (http://127.0.0.1:8081), KEYCLOAK_URL (http://127.0.0.1:8180), DATA (the CSV).
 * Prints one line: {@code mode=.. requests=.. errors=.. throughput=../s p50=..ms p90=..ms p99=..ms max=..ms}.
 */
public class RegistrationLoad {
    static final String INTAKE = env("INTAKE_URL", "http://127.0.0.1:8081");
    static final String KEYCLOAK = env("KEYCLOAK_URL", "http://127.0.0.1:8180");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int n = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        List<String> bodies = complaints(Path.of(env("DATA", "../shared/data/la311-2017-12-sample.csv")));
        String token = token();
        Result r = mode.equals("max") ? closedLoop(bodies, token, n, seconds) : openLoop(bodies, token, n, seconds);
        System.out.println(r.report(mode + (mode.equals("max") ? " concurrency=" + n : " target=" + n + "/s"), seconds));
        System.exit(0);
    }

    // ------------------------------------------------------------------ the two load shapes

    static Result closedLoop(List<String> bodies, String token, int concurrency, int seconds) throws Exception {
        Result result = new Result(seconds * 5_000);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    result.record(start, register(bodies.get(next.getAndIncrement() % bodies.size()), token));
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return result;
    }

    static Result openLoop(List<String> bodies, String token, int perSecond, int seconds) throws Exception {
        Result result = new Result(perSecond * seconds + 10);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(16, perSecond / 4));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long begin = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        int total = perSecond * seconds;
        clock.scheduleAtFixedRate(() -> {
            // catch up to the schedule: every request has its own due time
            long due;
            while (sent.get() < total && (due = begin + sent.get() * interval) <= System.nanoTime()) {
                long i = sent.getAndIncrement();
                long dueAt = due;
                workers.submit(() -> result.record(dueAt, register(bodies.get((int) (i % bodies.size())), token)));
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        while (sent.get() < total) {
            Thread.sleep(50);
        }
        clock.shutdown();
        workers.shutdown();
        workers.awaitTermination(seconds * 4L + 60, TimeUnit.SECONDS); // an overloaded service: wait for every answer
        return result;
    }

    static boolean register(String body, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(INTAKE + "/cases"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Latencies in microseconds, from due (or start) time to the answer. */
    static final class Result {
        final long[] micros;
        final AtomicInteger count = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final long begin = System.nanoTime();
        volatile long last = begin;

        Result(int capacity) {
            micros = new long[capacity];
        }

        void record(long start, boolean ok) {
            long now = System.nanoTime();
            last = now;
            if (!ok) {
                errors.incrementAndGet();
            }
            int i = count.getAndIncrement();
            if (i < micros.length) {
                micros[i] = (now - start) / 1_000;
            }
        }

        String report(String mode, int seconds) {
            int n = Math.min(count.get(), micros.length);
            long[] sorted = Arrays.copyOf(micros, n);
            Arrays.sort(sorted);
            double elapsed = (last - begin) / 1e9;
            return "mode=%s requests=%d errors=%d elapsed=%.1fs throughput=%.0f/s p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms"
                    .formatted(mode.replace(' ', ','), count.get(), errors.get(), elapsed, count.get() / elapsed,
                            pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), n == 0 ? 0 : sorted[n - 1] / 1000.0);
        }

        static double pct(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000.0;
        }
    }

    // ------------------------------------------------------------------ 311 rows → complaints

    /** LA 311 → the bureau's vocabulary (the one place this mapping lives). */
    static final Map<String, String> CATEGORY = Map.of(
            "Bulky Items", "SANITATION", "Illegal Dumping Pickup", "SANITATION",
            "Metal/Household Appliances", "SANITATION", "Electronic Waste", "SANITATION",
            "Dead Animal Removal", "SANITATION", "Graffiti Removal", "ILLEGAL_FLYERS",
            "Homeless Encampment", "SHOP_OCCUPYING_STREET", "Feedback", "STAFF_CONDUCT");

    static String channel(String source) {
        return switch (source) {
            case "Call" -> "HOTLINE";
            case "Mobile App" -> "MAYOR_LINE";
            default -> "BUREAU_LINE";
        };
    }

    static String district(String apc) {
        if (apc.startsWith("East")) return "EAST";
        if (apc.startsWith("West")) return "WEST";
        if (apc.startsWith("South Los") || apc.startsWith("Harbor")) return "SOUTH";
        return "NORTH";
    }

    static List<String> complaints(Path csv) throws IOException {
        if (!Files.exists(csv)) { // no sample here: synthetic complaints of the same shape
            List<String> bodies = new ArrayList<>();
            String[] districts = {"EAST", "WEST", "SOUTH", "NORTH"};
            for (int i = 0; i < 1000; i++) {
                bodies.add("""
                        {"channel":"HOTLINE","caller":{"name":"来电人","phone":"139%08d"},"callbackRequested":true,
                         "category":"STREET_VENDOR","priority":"NORMAL",
                         "location":{"district":"%s","street":"人民路","address":"人民路%d号"},
                         "description":"小区门口每天傍晚有流动摊点占道经营，油烟很大"}""".formatted(i, districts[i % 4], i));
            }
            return bodies;
        }
        List<String> lines = Files.readAllLines(csv);
        List<String> header = parse(lines.get(0));
        int type = header.indexOf("RequestType"), source = header.indexOf("RequestSource"), anon = header.indexOf("Anonymous"),
                address = header.indexOf("Address"), street = header.indexOf("StreetName"), apc = header.indexOf("APC"),
                lat = header.indexOf("Latitude"), lon = header.indexOf("Longitude"), sr = header.indexOf("SRNumber");
        List<String> bodies = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = parse(line);
            if (f.size() < header.size() || f.get(street).isBlank()) {
                continue;
            }
            boolean anonymous = "Y".equals(f.get(anon));
            String caller = anonymous ? "" : "\"caller\":{\"name\":\"来电人%s\",\"phone\":\"139%08d\"},\"callbackRequested\":true,"
                    .formatted(f.get(sr).replaceAll("\\D", "").substring(0, 4), Math.abs(f.get(sr).hashCode()) % 100_000_000);
            String coordinates = f.get(lat).isBlank() ? "" : ",\"latitude\":%s,\"longitude\":%s".formatted(f.get(lat), f.get(lon));
            bodies.add("""
                    {"channel":"%s",%s"category":"%s","priority":"NORMAL",
                     "location":{"district":"%s","street":"%s","address":"%s"%s},
                     "description":"%s：市民反映%s，请尽快处理"}""".formatted(
                    channel(f.get(source)), caller, CATEGORY.getOrDefault(f.get(type), "OTHER"),
                    district(f.get(apc)), json(f.get(street)), json(f.get(address)), coordinates,
                    json(f.get(type)), json(f.get(address))));
        }
        return bodies;
    }

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static String token() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/hotline/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=hotline-console&grant_type=password&username=operator1&password=demo"))
                .build();
        String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        int start = body.indexOf("\"access_token\":\"") + 16;
        return body.substring(start, body.indexOf('"', start));
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
