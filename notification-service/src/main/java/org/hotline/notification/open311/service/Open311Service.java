package org.hotline.notification.open311.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.notification.disclosure.DisclosureEntry;
import org.hotline.notification.disclosure.PublicCase;
import org.hotline.platform.config.HotlineConfig;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cases Open311 shows: every public case (staff conduct never), with its latest feed entry once closed (a
 * correction supersedes what it corrects).
 */
@ApplicationScoped
public class Open311Service {
    private final HotlineConfig.Catalogue catalogue;

    public Open311Service(HotlineConfig config) {
        this.catalogue = config.catalogue();
    }

    /** A public case and its outcome (null while it is open). */
    public record Request(PublicCase publicCase, DisclosureEntry outcome) {
    }

    /** The service codes: the public categories of the catalogue, sorted. */
    public List<String> services() {
        return catalogue.categoryCodes().stream().filter(catalogue::shownInPublic).toList();
    }

    public boolean isService(String code) {
        return code != null && catalogue.categories().containsKey(code) && catalogue.shownInPublic(code);
    }

    /** These cases, newest first (at most {@code limit}). */
    @WithSession
    public Uni<List<Request>> byIds(List<String> ids, int limit) {
        return find("caseNumber in :ids", Parameters.with("ids", ids), limit);
    }

    /** Cases received in [{@code start}, {@code end}], of one service or all, newest first (at most {@code limit}). */
    @WithSession
    public Uni<List<Request>> received(Instant start, Instant end, String serviceCode, int limit) {
        Parameters params = Parameters.with("start", start).and("end", end);
        String where = "receivedAt >= :start and receivedAt <= :end";
        if (serviceCode != null) {
            where += " and category = :code";
            params.and("code", serviceCode);
        }
        return find(where, params, limit);
    }

    /** One case, or null when it is unknown or not public. */
    @WithSession
    public Uni<Request> byId(String id) {
        return PublicCase.<PublicCase>findById(id).chain(c -> c == null || !catalogue.shownInPublic(c.category)
                ? Uni.createFrom().nullItem()
                : withOutcomes(List.of(c)).map(list -> list.get(0)));
    }

    private Uni<List<Request>> find(String where, Parameters params, int limit) {
        params.and("shown", services());
        return PublicCase.<PublicCase>find(where + " and category in :shown order by receivedAt desc", params)
                .range(0, limit - 1).list()
                .chain(this::withOutcomes);
    }

    private Uni<List<Request>> withOutcomes(List<PublicCase> cases) {
        if (cases.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return DisclosureEntry.<DisclosureEntry>list("caseNumber in ?1 order by seq", cases.stream().map(c -> c.caseNumber).toList())
                .map(entries -> {
                    Map<String, DisclosureEntry> latest = entries.stream()
                            .collect(Collectors.toMap(e -> e.caseNumber, Function.identity(), (a, b) -> b));
                    return cases.stream().map(c -> new Request(c, latest.get(c.caseNumber))).toList();
                });
    }
}
