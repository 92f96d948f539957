package org.hotline.notification.disclosure.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.notification.disclosure.DisclosureEntry;
import org.hotline.notification.disclosure.HashChain;
import org.hotline.notification.disclosure.PublicCase;
import org.hotline.notification.disclosure.mapping.DisclosureMapper;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CaseClosed;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;

/** Builds the public disclosure feed; owns the transactions. */
@ApplicationScoped
public class DisclosureService {
    private final DisclosureMapper mapper;
    private final Outbox outbox;
    private final Clock clock;
    private final String hiddenCategory;

    public DisclosureService(DisclosureMapper mapper, Outbox outbox, Clock clock,
                             @ConfigProperty(name = "disclosure.hidden-category", defaultValue = "STAFF_CONDUCT") String hiddenCategory) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = clock;
        this.hiddenCategory = hiddenCategory;
    }

    /** Runs in the consumer's inbox transaction. */
    public Uni<Void> remember(CaseRegistered registered) {
        return mapper.toPublicCase(registered).persist().replaceWithVoid();
    }

    /** A closed case becomes a feed entry, chained to the previous one, and goes out on disclosure.outcomes. */
    public Uni<Void> closed(CaseClosed closed) {
        return PublicCase.<PublicCase>findById(closed.caseNumber())
                .onItem().ifNull().failWith(() -> new IllegalStateException("case " + closed.caseNumber() + " not known yet"))
                .chain(facts -> {
                    if (hiddenCategory.equals(facts.category)) {
                        return Uni.createFrom().voidItem(); // staff-conduct cases are counted, never shown
                    }
                    return append(facts, closed);
                });
    }

    private Uni<Void> append(PublicCase facts, CaseClosed closed) {
        // One writer at a time on the chain, whatever the number of instances.
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select pg_advisory_xact_lock(hashtext('disclosure_chain'))")
                        .getSingleResult())
                .chain(() -> DisclosureEntry.<DisclosureEntry>find("order by seq desc").<DisclosureEntry>firstResult())
                .chain((DisclosureEntry last) -> {
                    DisclosureEntry e = new DisclosureEntry();
                    e.seq = last == null ? 1 : last.seq + 1;
                    e.prevHash = last == null ? HashChain.GENESIS : last.hash;
                    e.caseNumber = facts.caseNumber;
                    e.channel = facts.channel;
                    e.category = facts.category;
                    e.district = facts.district;
                    e.street = facts.street;
                    e.receivedAt = facts.receivedAt;
                    e.status = "CLOSED";
                    e.outcome = closed.outcome();
                    e.publicSummary = closed.publicSummary();
                    e.satisfaction = closed.satisfaction();
                    e.resolvedAt = closed.resolvedAt();
                    e.closedAt = closed.closedAt();
                    e.publishedAt = clock.instant();
                    e.hash = HashChain.hash(e);
                    return e.<DisclosureEntry>persist();
                })
                .call(e -> outbox.add(EventType.DISCLOSURE_PUBLISHED, e.caseNumber, mapper.toPublished(e)))
                .replaceWithVoid();
    }

    /** Entries after {@code afterSeq}, oldest first: a stable cursor for readers. */
    @WithSession
    public Uni<List<DisclosureEntry>> entries(long afterSeq, int limit) {
        return DisclosureEntry.<DisclosureEntry>find("seq > ?1", Sort.by("seq"), afterSeq).page(Page.ofSize(limit)).list();
    }
}
