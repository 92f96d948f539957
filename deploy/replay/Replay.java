import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays real 311 traffic through the public APIs (compiled with {@code ../bench/RegistrationLoad.java}, whose
 * mapping of the LA 311 vocabulary to the bureau's it uses, and {@code ../faults/FaultLoad.java}, whose HTTP and
 * token helpers it uses; {@code deploy/replay/run} does this).
 * <pre>
 *   java Replay &lt;csv&gt; &lt;speed&gt; &lt;every nth row&gt; &lt;longest case, s&gt; &lt;ledger&gt;
 *   java Replay figures &lt;ledger&gt;     the public statistics of this month by district, category and channel
 *                                      against a recount of the ledger's raw records (exit 1 when they differ)
 * </pre>
 * Each request is registered at its recorded arrival time, compressed {@code speed} times (1440: a day in a
 * minute), with its source as channel, request type as category, planning area as district, neighbourhood as street.
 * Then the squad of its district works it at the recorded times, compressed the same way and capped at the longest
 * case time: acknowledged and on site at the service date, and at the close date — closed requests resolved,
 * "Referred Out" resolved as REFERRED (outside the bureau's jurisdiction), cancelled ones returned (退单) to the
 * dispatcher; open ones only acknowledged. Callers who gave a name are called back as soon as the callback is due
 * (basically satisfied when the request's number ends in 7, satisfied otherwise). The ledger gets one line per case:
 * SR number, case number, expected final state at intake, channel, category, district, anonymous, registration ms.
 */
public class Replay {
    static final String INTAKE = FaultLoad.INTAKE;
    static final String DISPATCH = FaultLoad.DISPATCH;
    static final String FOLLOWUP = FaultLoad.FOLLOWUP;
    static final DateTimeFormatter LA = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);
    static final Pattern DISPATCH_ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern CALLBACK = Pattern.compile("\"id\":(\\d+),\"caseNumber\":\"([^\"]+)\"");
    static final Map<String, String> SATISFACTION = new ConcurrentHashMap<>(); // case number → the caller's answer
    static final AtomicInteger FAILURES = new AtomicInteger();

    record Request(String sr, LocalDateTime created, LocalDateTime service, LocalDateTime closed, String status,
                   String channel, String category, String district, String street, String body, boolean anonymous) {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("figures")) {
            System.exit(figures(Path.of(args[1])) ? 0 : 1);
        }
        Path csv = Path.of(args[0]);
        double speed = Double.parseDouble(args[1]);
        int every = Integer.parseInt(args[2]);
        long longest = TimeUnit.SECONDS.toMillis(Long.parseLong(args[3]));
        Path ledgerFile = Path.of(args[4]);
        List<Request> requests = read(csv, every);
        LocalDateTime t0 = requests.get(0).created();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(24);
        CountDownLatch done = new CountDownLatch(requests.size());
        List<String> ledger = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> registrationMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread callbacks = new Thread(Replay::callbacks);
        callbacks.setDaemon(true);
        callbacks.start();
        long start = System.currentTimeMillis();
        for (Request r : requests) {
            long at = compressed(t0, r.created(), speed);
            clock.schedule(() -> {
                try {
                    long begun = System.nanoTime();
                    String number = register(r);
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun);
                    registrationMillis.add(ms);
                    ledger.add(String.join(" ", r.sr(), number, expected(r), r.channel(), r.category(), r.district(),
                            String.valueOf(r.anonymous()), String.valueOf(ms)));
                    if (!r.anonymous() && expected(r).equals("CLOSED")) { // resolved: a callback falls due
                        SATISFACTION.put(number, r.sr().endsWith("7") ? "BASICALLY_SATISFIED" : "SATISFIED");
                    }
                    work(clock, r, number, speed, longest, done);
                } catch (Exception e) {
                    FAILURES.incrementAndGet();
                    System.err.println("could not register " + r.sr() + ": " + e);
                    done.countDown();
                }
            }, at, TimeUnit.MILLISECONDS);
        }
        done.await(60, TimeUnit.MINUTES);
        long arrivals = compressed(t0, requests.get(requests.size() - 1).created(), speed);
        Files.write(ledgerFile, ledger);
        List<Long> sorted = registrationMillis.stream().sorted().toList();
        System.out.printf("replay: rows=%d registered=%d failures=%d span=%ds (x%.0f) throughput=%.1f/s busiest-second=%d "
                        + "registration p50=%dms p99=%dms max=%dms, field work done in %ds%n",
                requests.size(), ledger.size(), FAILURES.get(), arrivals / 1000, speed,
                ledger.size() * 1000.0 / Math.max(1, arrivals), busiestSecond(requests, t0, speed),
                pct(sorted, 50), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                (System.currentTimeMillis() - start) / 1000);
        // the last callbacks: until the worklist holds none of ours
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!SATISFACTION.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(500);
        }
        if (!SATISFACTION.isEmpty()) {
            System.out.println("callbacks never due: " + SATISFACTION.keySet());
        }
        System.exit(FAILURES.get() == 0 && SATISFACTION.isEmpty() ? 0 : 1);
    }

    /** What intake should say at the end: returned to the dispatcher, still open, or closed. */
    static String expected(Request r) {
        if (r.category().equals("STAFF_CONDUCT")) {
            return "DISPATCHED"; // the discipline office works these, not the replay's squads
        }
        return switch (r.status()) {
            case "Cancelled" -> "AWAITING_DISPATCH";
            case "Open" -> "ACKNOWLEDGED";
            default -> "CLOSED";
        };
    }

    /** The squad's steps at the recorded times, compressed and capped. */
    static void work(ScheduledExecutorService clock, Request r, String number, double speed, long longest, CountDownLatch done) {
        if (r.category().equals("STAFF_CONDUCT")) {
            done.countDown();
            return;
        }
        String supervisor = "sup." + r.district().toLowerCase(Locale.ROOT);
        long onSite = Math.min(longest / 2, Math.max(1000, r.service() == null ? 1000 : compressed(r.created(), r.service(), speed)));
        long close = Math.min(longest, Math.max(onSite + 1000, r.closed() == null ? onSite + 1000 : compressed(r.created(), r.closed(), speed)));
        clock.schedule(() -> {
            try {
                String id = dispatchOf(number, supervisor);
                step(DISPATCH + "/dispatches/" + id + "/acknowledgement", "", supervisor);
                if (r.status().equals("Open")) {
                    done.countDown();
                    return;
                }
                if (!r.status().equals("Cancelled")) {
                    step(DISPATCH + "/dispatches/" + id + "/arrival", "", supervisor);
                }
                clock.schedule(() -> {
                    try {
                        switch (r.status()) {
                            case "Cancelled" -> step(DISPATCH + "/dispatches/" + id + "/return",
                                    "{\"reason\":\"市民已撤回诉求\"}", supervisor);
                            case "Referred Out" -> step(DISPATCH + "/dispatches/" + id + "/resolution",
                                    "{\"outcome\":\"REFERRED\",\"publicSummary\":\"不属于本局职责，已移交相关部门处理\"}", supervisor);
                            default -> step(DISPATCH + "/dispatches/" + id + "/resolution",
                                    "{\"outcome\":\"RECTIFIED_ON_SPOT\",\"publicSummary\":\"执法队员到场处置，现场已整改\"}", supervisor);
                        }
                    } catch (Exception e) {
                        FAILURES.incrementAndGet();
                        System.err.println("could not close " + number + ": " + e);
                    }
                    done.countDown();
                }, close - onSite, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                FAILURES.incrementAndGet();
                System.err.println("could not work " + number + ": " + e);
                done.countDown();
            }
        }, onSite, TimeUnit.MILLISECONDS);
    }

    /** The case's open dispatch as the squad's supervisor sees it (waits for dispatch to have routed it). */
    static String dispatchOf(String number, String supervisor) throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            HttpResponse<String> list = FaultLoad.send(HttpRequest.newBuilder(
                    URI.create(DISPATCH + "/dispatches?caseNumber=" + number)).GET(), supervisor);
            Matcher m = DISPATCH_ID.matcher(list.body());
            if (list.statusCode() == 200 && m.find()) {
                return m.group(1);
            }
            FaultLoad.pause(200);
        }
        throw new IllegalStateException(number + " never reached " + supervisor + "'s list");
    }

    static void step(String url, String json, String supervisor) throws Exception {
        for (int attempt = 0; ; attempt++) {
            int code = FaultLoad.post(url, json, supervisor);
            if (code == 200) {
                return;
            }
            if (code < 500 || attempt == 20) {
                throw new IllegalStateException(url + " answered " + code);
            }
            FaultLoad.pause(500);
        }
    }

    static String register(Request r) throws Exception {
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = FaultLoad.send(HttpRequest.newBuilder(URI.create(INTAKE + "/cases"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(r.body())), "operator1");
            Matcher m = Pattern.compile("\"caseNumber\":\"([^\"]+)\"").matcher(response.body());
            if ((response.statusCode() == 201 || response.statusCode() == 200) && m.find()) {
                return m.group(1);
            }
            if (response.statusCode() < 500 || attempt == 20) {
                throw new IllegalStateException("intake answered " + response.statusCode() + ": " + response.body());
            }
            FaultLoad.pause(500);
        }
    }

    /** An operator on the callback list: each of our callers answers as decided at registration. */
    static void callbacks() {
        while (true) {
            try {
                HttpResponse<String> list = FaultLoad.send(HttpRequest.newBuilder(URI.create(FOLLOWUP + "/callbacks")).GET(), "operator2");
                Matcher m = CALLBACK.matcher(list.body());
                while (m.find()) {
                    String answer = SATISFACTION.get(m.group(2));
                    if (answer != null && FaultLoad.post(FOLLOWUP + "/callbacks/" + m.group(1) + "/attempts",
                            "{\"result\":\"" + answer + "\",\"notes\":\"回访\"}", "operator2") == 200) {
                        SATISFACTION.remove(m.group(2));
                    }
                }
            } catch (Exception e) {
                // tried again on the next round
            }
            FaultLoad.pause(300);
        }
    }

    /** The public figures' case counts against a recount from the raw records the replay registered. */
    static boolean figures(Path ledgerFile) throws Exception {
        List<String[]> ledger = Files.readAllLines(ledgerFile).stream().map(l -> l.split(" ")).toList();
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        boolean same = true;
        Map<String, Integer> columns = Map.of("channel", 3, "category", 4, "district", 5);
        for (Map.Entry<String, Integer> by : columns.entrySet()) {
            Map<String, Long> recount = new java.util.TreeMap<>(ledger.stream().collect(
                    java.util.stream.Collectors.groupingBy(l -> l[by.getValue()], java.util.stream.Collectors.counting())));
            String body = FaultLoad.send(HttpRequest.newBuilder(URI.create(FaultLoad.env("NOTIFICATION_URL", "http://127.0.0.1:8084")
                    + "/statistics?month=" + month + "&by=" + by.getKey())).GET(), "operator1").body();
            Map<String, Long> published = new java.util.TreeMap<>();
            Matcher m = Pattern.compile("\\{\"key\":\"([^\"]+)\",\"cases\":(\\d+)").matcher(body);
            while (m.find()) {
                published.put(m.group(1), Long.parseLong(m.group(2)));
            }
            boolean match = published.equals(recount);
            same &= match;
            System.out.printf("figures by %-8s public %s%s%n", by.getKey(), published, match ? " = recount" : " ≠ recount " + recount);
        }
        return same;
    }

    static long compressed(LocalDateTime from, LocalDateTime to, double speed) {
        return Math.max(0, (long) (Duration.between(from, to).toMillis() / speed));
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static int busiestSecond(List<Request> requests, LocalDateTime t0, double speed) {
        Map<Long, Integer> perSecond = new java.util.HashMap<>();
        for (Request r : requests) {
            perSecond.merge(compressed(t0, r.created(), speed) / 1000, 1, Integer::sum);
        }
        return perSecond.values().stream().max(Integer::compare).orElse(0);
    }

    static List<Request> read(Path csv, int every) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> h = RegistrationLoad.parse(lines.get(0));
        List<Request> all = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = RegistrationLoad.parse(line);
            if (f.size() < h.size()) {
                continue;
            }
            java.util.function.Function<String, String> col = name -> f.get(h.indexOf(name));
            boolean anonymous = "Y".equals(col.apply("Anonymous"));
            String sr = col.apply("SRNumber");
            // the neighbourhood; a request without one is placed by its street, or else by its planning area
            String street = java.util.stream.Stream.of(col.apply("NCName"), col.apply("StreetName"), col.apply("APC"))
                    .filter(v -> !v.isBlank()).findFirst().orElse("未知街道");
            String category = RegistrationLoad.CATEGORY.getOrDefault(col.apply("RequestType"), "OTHER");
            String channel = RegistrationLoad.channel(col.apply("RequestSource"));
            String district = RegistrationLoad.district(col.apply("APC"));
            String caller = anonymous ? "" : "\"caller\":{\"name\":\"来电人\",\"phone\":\"139%08d\"},\"callbackRequested\":true,"
                    .formatted(Math.abs(sr.hashCode()) % 100_000_000);
            String coordinates = col.apply("Latitude").isBlank() ? ""
                    : ",\"latitude\":%s,\"longitude\":%s".formatted(col.apply("Latitude"), col.apply("Longitude"));
            String body = """
                    {"channel":"%s",%s"category":"%s","priority":"NORMAL",
                     "location":{"district":"%s","street":"%s","address":"%s"%s},
                     "description":"%s：市民反映的问题，请尽快处理"}""".formatted(channel, caller, category, district,
                    RegistrationLoad.json(street), RegistrationLoad.json(col.apply("Address")), coordinates,
                    RegistrationLoad.json(col.apply("RequestType")));
            all.add(new Request(sr, time(col.apply("CreatedDate")), time(col.apply("ServiceDate")), time(col.apply("ClosedDate")),
                    col.apply("Status"), channel, category, district, street, body, anonymous));
        }
        all.sort(Comparator.comparing(Request::created));
        List<Request> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            chosen.add(all.get(i));
        }
        return chosen;
    }

    static LocalDateTime time(String text) {
        return text == null || text.isBlank() ? null : LocalDateTime.parse(text, LA);
    }
}
