package org.hotline.notification.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a copy of the disclosure feed: every entry's hash is the SHA-256 of its canonical content
 * ({@link HashChain}), every prevHash is the previous entry's hash (64 zeros for the first), seq runs 1, 2, 3…
 * without gaps, and the last entry matches the checkpoint. Run against a live feed:
 * {@code deploy/verify-feed http://127.0.0.1:8084} (exit code 0: the chain holds; 1: it does not, and where).
 */
public final class FeedVerifier {
    private FeedVerifier() {
    }

    /** The first problem in the entries (oldest first), or empty when the chain holds and ends at the checkpoint. */
    public static Optional<String> verify(List<JsonNode> entries, JsonNode checkpoint) {
        String prev = HashChain.GENESIS;
        long expectedSeq = 1;
        for (JsonNode json : entries) {
            DisclosureEntry e = entry(json);
            if (e.seq != expectedSeq) {
                return Optional.of("entry " + e.seq + ": expected seq " + expectedSeq + " (an entry is missing)");
            }
            if (!prev.equals(e.prevHash)) {
                return Optional.of("entry " + e.seq + ": prevHash does not match the hash of entry " + (e.seq - 1));
            }
            String hash = HashChain.hash(e);
            if (!hash.equals(e.hash)) {
                return Optional.of("entry " + e.seq + ": content does not match its hash (altered)");
            }
            prev = e.hash;
            expectedSeq++;
        }
        if (checkpoint != null && checkpoint.path("seq").asLong() != expectedSeq - 1) {
            return Optional.of("the checkpoint is at seq " + checkpoint.path("seq").asLong() + ", the copy ends at " + (expectedSeq - 1));
        }
        if (checkpoint != null && !checkpoint.path("hash").asText().equals(prev)) {
            return Optional.of("the last hash does not match the checkpoint");
        }
        return Optional.empty();
    }

    static DisclosureEntry entry(JsonNode j) {
        DisclosureEntry e = new DisclosureEntry();
        e.seq = j.path("seq").asLong();
        e.caseNumber = text(j, "caseNumber");
        e.channel = text(j, "channel");
        e.category = text(j, "category");
        e.district = text(j, "district");
        e.street = text(j, "street");
        e.status = text(j, "status");
        e.outcome = text(j, "outcome");
        e.publicSummary = text(j, "publicSummary");
        e.satisfaction = text(j, "satisfaction");
        e.receivedAt = time(j, "receivedAt");
        e.resolvedAt = time(j, "resolvedAt");
        e.closedAt = time(j, "closedAt");
        e.publishedAt = time(j, "publishedAt");
        e.correctsSeq = j.hasNonNull("correctsSeq") ? j.get("correctsSeq").asLong() : null;
        e.prevHash = text(j, "prevHash");
        e.hash = text(j, "hash");
        return e;
    }

    private static String text(JsonNode j, String field) {
        return j.hasNonNull(field) ? j.get(field).asText() : null;
    }

    private static Instant time(JsonNode j, String field) {
        return j.hasNonNull(field) ? Instant.parse(j.get(field).asText()) : null;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8084";
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        JsonNode checkpoint = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/disclosure/checkpoint")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<JsonNode> entries = new ArrayList<>();
        long after = 0;
        while (after < checkpoint.path("seq").asLong()) {
            JsonNode page = json.readTree(http.send(HttpRequest.newBuilder(
                    URI.create(base + "/disclosure/entries?limit=1000&after=" + after)).build(), HttpResponse.BodyHandlers.ofString()).body());
            if (page.isEmpty()) {
                break;
            }
            page.forEach(entries::add);
            after = page.get(page.size() - 1).path("seq").asLong();
        }
        Optional<String> problem = verify(entries, checkpoint);
        System.out.println(problem.map(p -> "BROKEN: " + p)
                .orElse("OK: " + entries.size() + " entries, chain intact up to the checkpoint " + checkpoint.path("hash").asText()));
        System.exit(problem.isPresent() ? 1 : 0);
    }
}
