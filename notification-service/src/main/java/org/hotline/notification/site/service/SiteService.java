package org.hotline.notification.site.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.notification.disclosure.DisclosureEntry;
import org.hotline.notification.disclosure.HeldEntry;
import org.hotline.notification.disclosure.PublicCase;
import org.hotline.platform.config.HotlineConfig;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the public site shows: published outcomes with their public clocks, and a case by its number. */
@ApplicationScoped
public class SiteService {
    private final HotlineConfig.Catalogue catalogue;
    private final HotlineConfig config;

    public SiteService(HotlineConfig config) {
        this.catalogue = config.catalogue();
        this.config = config;
    }

    /** An outcome on the site: the feed entry and the case's public clock. */
    @io.quarkus.qute.TemplateData
    public record Card(DisclosureEntry entry, PublicCase facts) {
        public boolean onSiteKept() {
            return facts != null && facts.onSiteAt != null && facts.onSiteDue != null && !facts.onSiteAt.isAfter(facts.onSiteDue);
        }

        public boolean resolvedKept() {
            return facts != null && facts.resolvedAt != null && facts.resolveDue != null && !facts.resolvedAt.isAfter(facts.resolveDue);
        }
    }

    /** A case by its number: its public facts, its latest entry (null while open) and whether a summary is held. */
    public record PublicView(PublicCase facts, DisclosureEntry entry, boolean held) {
    }

    @io.quarkus.qute.TemplateData
    public record Filters(String district, String category, String channel, YearMonth month) {
        /** The month as the form sends it ({@code 2026-12}), or empty. */
        public String monthText() {
            return month == null ? "" : month.toString();
        }
    }

    /** Published outcomes, newest first, before {@code before} (null: the newest), narrowed by the filters. */
    @WithSession
    public Uni<List<Card>> latest(Filters f, Long before, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (before != null) {
            where.append(" and seq < :before");
            p.and("before", before);
        }
        if (f.district() != null) {
            where.append(" and district = :district");
            p.and("district", f.district());
        }
        if (f.category() != null) {
            where.append(" and category = :category");
            p.and("category", f.category());
        }
        if (f.channel() != null) {
            where.append(" and channel = :channel");
            p.and("channel", f.channel());
        }
        if (f.month() != null) {
            where.append(" and receivedAt >= :from and receivedAt < :to");
            p.and("from", f.month().atDay(1).atStartOfDay(config.zone()).toInstant())
                    .and("to", f.month().plusMonths(1).atDay(1).atStartOfDay(config.zone()).toInstant());
        }
        return DisclosureEntry.<DisclosureEntry>find(where.toString(), Sort.by("seq").descending(), p)
                .page(Page.ofSize(limit)).list()
                .chain(entries -> entries.isEmpty() ? Uni.createFrom().item(List.<Card>of())
                        : PublicCase.<PublicCase>list("caseNumber in ?1", entries.stream().map(e -> e.caseNumber).toList())
                        .map(cases -> {
                            Map<String, PublicCase> byNumber = cases.stream()
                                    .collect(Collectors.toMap(c -> c.caseNumber, Function.identity()));
                            return entries.stream().map(e -> new Card(e, byNumber.get(e.caseNumber))).toList();
                        }));
    }

    /** The case, or null when there is no such public case (unknown, or a staff-conduct complaint: the same answer). */
    @WithSession
    public Uni<PublicView> publicCase(String number) {
        return PublicCase.<PublicCase>findById(number).chain(facts -> {
            if (facts == null || !catalogue.shownInPublic(facts.category)) {
                return Uni.createFrom().nullItem();
            }
            return DisclosureEntry.<DisclosureEntry>find("caseNumber", Sort.by("seq").descending(), number).firstResult()
                    .chain(entry -> HeldEntry.<HeldEntry>findById(number)
                            .map(held -> new PublicView(facts, entry, held != null)));
        });
    }

    /** A row of the open data: a case shown in public, its clock and, once published, its latest entry. */
    public record OpenDataRow(PublicCase facts, DisclosureEntry entry) {
        public String status() {
            return entry != null ? "closed" : facts.closedAt != null ? "under_review" : "open";
        }
    }

    /** Every case shown in public, open ones too, in the order received: the open data the figures are counted from. */
    @WithSession
    public Uni<List<OpenDataRow>> openData() {
        return PublicCase.<PublicCase>list("order by receivedAt, caseNumber").chain(cases -> DisclosureEntry.<DisclosureEntry>list(
                "seq in (select max(e.seq) from DisclosureEntry e group by e.caseNumber)").map(entries -> {
                    Map<String, DisclosureEntry> latest = entries.stream()
                            .collect(Collectors.toMap(e -> e.caseNumber, Function.identity()));
                    return cases.stream().filter(c -> catalogue.shownInPublic(c.category))
                            .map(c -> new OpenDataRow(c, latest.get(c.caseNumber))).toList();
                }));
    }

    /** Every callback answer of a case shown in public, in the order given: {@code [case number, result, answered at]}. */
    @WithSession
    public Uni<List<Object[]>> answers() {
        return io.quarkus.hibernate.reactive.panache.Panache.getSession().chain(s -> s.createNativeQuery("""
                        select a.case_number, a.result, a.answered_at, c.category from public_callback a
                        join public_case c on c.case_number = a.case_number order by a.answered_at, a.id""", Object[].class)
                .getResultList())
                .map(rows -> rows.stream().filter(r -> catalogue.shownInPublic((String) r[3])).toList());
    }
}
