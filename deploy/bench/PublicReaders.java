import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public side under readers (deploy/bench/public-readers), against the running stack:
 * <pre>
 *   java PublicReaders.java registrations RATE SECONDS [CASES] operators' registrations at a steady rate: latency p50/p99
 *                                                              (with CASES cases taken to closure meanwhile, as below)
 *   java PublicReaders.java readers N SECONDS CASES RATE       N live readers of /feed/stream while CASES cases are taken
 *                                                              to closure and registrations run at RATE/s: every reader
 *                                                              must get every new entry exactly once; delivery latency
 *                                                              (publishedAt → reader) p50/p99; registration p50/p99
 *   java PublicReaders.java pages PATH THREADS SECONDS [etag]  closed-loop GETs of a public page: throughput and p99
 * </pre>
 */
public class PublicReaders {
    static final String INTAKE = env("INTAKE_URL", "http://127.0.0.1:8081");
    static final String DISPATCH = env("DISPATCH_URL", "http://127.0.0.1:8082");
    static final String SITE = env("NOTIFICATION_URL", "http://127.0.0.1:8084");
    static final String KEYCLOAK = env("KEYCLOAK_URL", "http://127.0.0.1:8180");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
    static final Pattern PUBLISHED = Pattern.compile("\"publishedAt\":\"([^\"]+)\"");
    static final Pattern CASE = Pattern.compile("\"caseNumber\":\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "registrations" -> System.out.println(args.length > 3
                    ? whileClosing(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                    : registrations(Integer.parseInt(args[1]), Integer.parseInt(args[2])));
            case "readers" -> readers(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "pages" -> pages(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args.length > 4);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Registrations by operator1 at a steady rate (open loop, timed from when each was due). */
    static String registrations(int perSecond, int seconds) throws Exception {
        String token = token("operator1");
        int n = perSecond * seconds;
        long[] nanos = new long[n];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(4, perSecond));
        long start = System.nanoTime();
        CountDownLatch done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            long due = start + i * 1_000_000_000L / perSecond;
            int slot = i;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pool.submit(() -> {
                try {
                    HttpResponse<String> r = HTTP.send(post(INTAKE + "/cases", token, complaint(true)), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    nanos[slot] = System.nanoTime() - due;
                    done.countDown();
                }
            });
        }
        done.await(5, TimeUnit.MINUTES);
        pool.shutdownNow();
        return report("registration at " + perSecond + "/s", nanos, errors.get());
    }

    /** N readers held while cases close; then each reader's entries are checked. */
    static void readers(int readers, int seconds, int cases, int rate) throws Exception {
        long from = latestSeq();
        List<Set<Long>> seen = new ArrayList<>();
        List<AtomicInteger> duplicates = new ArrayList<>();
        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        List<java.io.InputStream> streams = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch connected = new CountDownLatch(readers);
        for (int i = 0; i < readers; i++) {
            Set<Long> mine = ConcurrentHashMap.newKeySet();
            AtomicInteger dup = new AtomicInteger();
            seen.add(mine);
            duplicates.add(dup);
            Thread t = new Thread(null, () -> {
                try {
                    HttpResponse<java.io.InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(SITE + "/feed/stream"))
                            .header("Accept", "text/event-stream").header("Last-Event-ID", Long.toString(from)).build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    connected.countDown();
                    if (r.statusCode() != 200) {
                        refused.incrementAndGet();
                        return;
                    }
                    streams.add(r.body());
                    BufferedReader lines = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith("data:")) {
                            long received = System.currentTimeMillis();
                            Matcher seq = SEQ.matcher(line);
                            Matcher published = PUBLISHED.matcher(line);
                            if (seq.find()) {
                                if (!mine.add(Long.parseLong(seq.group(1)))) {
                                    dup.incrementAndGet();
                                }
                                if (published.find()) {
                                    delays.add(received - Instant.parse(published.group(1)).toEpochMilli());
                                }
                            }
                        }
                    }
                } catch (Exception e) {
                    connected.countDown();
                }
            }, "reader-" + i, 256 * 1024);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        connected.await(120, TimeUnit.SECONDS);
        System.out.printf("readers: %d connected, %d refused%n", readers - refused.get(), refused.get());
        String registration = whileClosing(rate, seconds, cases);
        long last = latestSeq();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && seen.stream().anyMatch(s -> s.size() < last - from && !s.isEmpty())) {
            Thread.sleep(500);
        }
        streams.forEach(s -> {
            try {
                s.close();
            } catch (Exception ignored) {
                // closing
            }
        });
        long expected = last - from;
        int complete = 0;
        int dupTotal = 0;
        for (int i = 0; i < seen.size(); i++) {
            boolean all = true;
            for (long s = from + 1; s <= last; s++) {
                all &= seen.get(i).contains(s);
            }
            complete += all && seen.get(i).size() == expected ? 1 : 0;
            dupTotal += duplicates.get(i).get();
        }
        long[] d = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("entries published meanwhile: %d (seq %d..%d)%n", expected, from + 1, last);
        System.out.printf("readers with every new entry exactly once: %d of %d (duplicates %d)%n", complete, readers - refused.get(), dupTotal);
        System.out.printf("delivery publishedAt → reader: n=%d p50=%.2fs p99=%.2fs max=%.2fs%n", d.length,
                pct(d, 50) / 1000.0, pct(d, 99) / 1000.0, d.length == 0 ? 0 : d[d.length - 1] / 1000.0);
        System.out.println(registration + " (with the readers connected)");
    }

    /** Registrations at a steady rate while the east squad's supervisor takes cases to closure (anonymous, no callback). */
    static String whileClosing(int rate, int seconds, int cases) throws Exception {
        Thread closer = new Thread(() -> {
            try {
                closeCases(cases, seconds);
            } catch (Exception e) {
                System.out.println("closing cases failed: " + e);
            }
        });
        closer.start();
        String registration = registrations(rate, seconds);
        closer.join();
        return registration;
    }

    /** Closed-loop GETs: THREADS clients asking again as soon as answered. */
    static void pages(String path, int threads, int seconds, boolean conditional) throws Exception {
        String etag = conditional ? HTTP.send(HttpRequest.newBuilder(URI.create(SITE + path)).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("ETag").orElse(null) : null;
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicLong notModified = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SITE + path));
                        if (etag != null) {
                            b.header("If-None-Match", etag);
                        }
                        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == 304) {
                            notModified.incrementAndGet();
                        } else if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    times.add(System.nanoTime() - t0);
                }
            });
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        long[] n = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("GET %-22s %s %d clients: %.0f/s p50=%.1fms p99=%.1fms errors=%d 304s=%d%n", path,
                conditional ? "If-None-Match" : "plain        ", threads, n.length / (double) seconds,
                pct(n, 50) / 1e6, pct(n, 99) / 1e6, errors.get(), notModified.get());
    }

    static void closeCases(int cases, int seconds) throws Exception {
        String operator = token("operator1");
        String supervisor = token("sup.east");
        long pause = seconds * 1000L / Math.max(1, cases);
        for (int i = 0; i < cases; i++) {
            long t0 = System.currentTimeMillis();
            HttpResponse<String> r = HTTP.send(post(INTAKE + "/cases", operator, complaint(true)), HttpResponse.BodyHandlers.ofString());
            Matcher number = CASE.matcher(r.body());
            if (r.statusCode() != 201 || !number.find()) {
                throw new IllegalStateException("registration answered " + r.statusCode());
            }
            String id = null;
            for (int tries = 0; tries < 120 && id == null; tries++) {
                String list = HTTP.send(HttpRequest.newBuilder(URI.create(DISPATCH + "/dispatches?caseNumber=" + number.group(1)))
                        .header("Authorization", "Bearer " + supervisor).build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = ID.matcher(list);
                if (m.find()) {
                    id = m.group(1);
                } else {
                    Thread.sleep(250);
                }
            }
            if (id == null) {
                throw new IllegalStateException("no dispatch for " + number.group(1));
            }
            HTTP.send(post(DISPATCH + "/dispatches/" + id + "/acknowledgement", supervisor, null), HttpResponse.BodyHandlers.discarding());
            HTTP.send(post(DISPATCH + "/dispatches/" + id + "/arrival", supervisor, null), HttpResponse.BodyHandlers.discarding());
            HTTP.send(post(DISPATCH + "/dispatches/" + id + "/resolution", supervisor,
                    "{\"outcome\":\"PERSUADED\",\"publicSummary\":\"执法队员到场劝离，现场已恢复整洁\"}"), HttpResponse.BodyHandlers.discarding());
            long left = pause - (System.currentTimeMillis() - t0);
            if (left > 0) {
                Thread.sleep(left);
            }
        }
    }

    static long latestSeq() throws Exception {
        String checkpoint = HTTP.send(HttpRequest.newBuilder(URI.create(SITE + "/disclosure/checkpoint")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = SEQ.matcher(checkpoint);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** An anonymous complaint (no caller): closed at resolution, nobody to call back. */
    static String complaint(boolean anonymous) {
        return """
                {"channel":"HOTLINE","callbackRequested":false,"category":"STREET_VENDOR","priority":"NORMAL",
                 "location":{"district":"EAST","street":"人民路"},"description":"流动摊点占道经营"}""";
    }

    static HttpRequest post(String url, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return b.POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String token(String user) throws Exception {
        String form = "client_id=hotline-console&grant_type=password&password=demo&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/hotline/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user);
        }
        return m.group(1);
    }

    static String report(String what, long[] nanos, int errors) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%-30s n=%d errors=%d p50=%.1fms p99=%.1fms", what, sorted.length, errors, pct(sorted, 50) / 1e6,
                pct(sorted, 99) / 1e6);
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
