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
import org.hotline.notification.disclosure.CallerName;
import org.hotline.notification.disclosure.HeldEntry;
import org.hotline.notification.disclosure.PublicTextGuard;
import org.hotline.platform.events.contracts.CallerContact;
import org.hotline.platform.outbox.Outbox;
import org.hotline.platform.inbox.AwaitingFact;
import org.hotline.platform.problem.ProblemException;
import org.hotline.platform.config.HotlineConfig;
import org.jboss.logging.Logger;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import java.util.Optional;

import java.time.Clock;
import java.util.List;

/** Builds the public disclosure feed; owns the transactions. Event handlers run in the inbox transaction. */
@ApplicationScoped
public class DisclosureService {
    private final DisclosureMapper mapper;
    private final PublicTextGuard guard;
    /** What the public sees of a street that gave away personal data. */
    public static final String WITHHELD = "（已隐去）";
    private final Outbox outbox;
    private final Clock clock;
    private static final Logger LOG = Logger.getLogger(DisclosureService.class);
    private final HotlineConfig.Catalogue catalogue;

    public DisclosureService(DisclosureMapper mapper, Outbox outbox, Clock clock, HotlineConfig config,
                             PublicTextGuard guard) {
        this.guard = guard;
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = clock;
        this.catalogue = config.catalogue();
    }

    /** Runs in the consumer's inbox transaction. */
    public Uni<Void> remember(CaseRegistered registered) {
        PublicCase facts = mapper.toPublicCase(registered);
        return CallerName.<CallerName>findById(registered.caseNumber()).chain(name -> {
            facts.street = publicStreet(facts.street, name == null ? null : name.nameHash);
            return facts.persist();
        }).replaceWithVoid();
    }

    /** The street as it may be shown: withheld whole when it holds what may not go public (a phone, a house number, the name). */
    private String publicStreet(String street, String nameFingerprint) {
        return street != null && guard.check(street, nameFingerprint).isPresent() ? WITHHELD : street;
    }

    /** Moves a case's public clock; a case whose registration has not arrived yet is waited for (the Inbox parks the event). */
    public Uni<Void> clock(String caseNumber, java.util.function.Consumer<PublicCase> change) {
        return PublicCase.<PublicCase>findById(caseNumber)
                .onItem().ifNull().failWith(() -> new AwaitingFact(caseNumber, "its registration"))
                .invoke(change)
                .replaceWithVoid();
    }

    /** Keeps only a fingerprint of the caller's name (keyed HMAC), to recognise it in public text. */
    public Uni<Void> remember(CallerContact contact) {
        CallerName name = new CallerName();
        name.caseNumber = contact.caseNumber();
        name.nameHash = guard.fingerprint(contact.name());
        // the street of a case registered before its contact arrived is checked again, now with the name
        return Panache.getSession().chain(s -> s.merge(name))
                .chain(() -> PublicCase.<PublicCase>findById(contact.caseNumber()))
                .invoke(facts -> {
                    if (facts != null) {
                        facts.street = publicStreet(facts.street, name.nameHash);
                    }
                }).replaceWithVoid();
    }

    /**
     * A closed case becomes a feed entry, chained to the previous one, and goes out on disclosure.outcomes —
     * unless its public summary gives away personal data: then it is held for an edited summary. Waits (the Inbox
     * parks the event) for the case's registration and, unless the caller was anonymous, for the caller's contact:
     * the summary is checked against the caller's name, and the outcome notice goes to the caller's phone.
     */
    public Uni<Void> closed(CaseClosed closed) {
        return PublicCase.<PublicCase>findById(closed.caseNumber())
                .onItem().ifNull().failWith(() -> new AwaitingFact(closed.caseNumber(), "its registration"))
                .chain(facts -> CallerName.<CallerName>findById(closed.caseNumber()).chain(name -> {
                    if (name == null && Boolean.FALSE.equals(facts.anonymous)) {
                        return Uni.createFrom().failure(new AwaitingFact(closed.caseNumber(), "the caller's contact"));
                    }
                    facts.satisfaction = closed.satisfaction();
                    facts.closedAt = closed.closedAt();
                    return answered(closed.caseNumber(), closed.satisfaction(), closed.closedAt())
                            .chain(() -> publish(facts, closed, name == null ? null : name.nameHash));
                }));
    }

    /** The closure on the public feed, or held when its summary gives personal data away (staff conduct: never shown). */
    private Uni<Void> publish(PublicCase facts, CaseClosed closed, String nameFingerprint) {
        if (!catalogue.shownInPublic(facts.category)) {
            return Uni.createFrom().voidItem(); // staff-conduct cases are counted, never shown
        }
        Optional<String> problem = guard.check(closed.publicSummary(), nameFingerprint);
        if (problem.isPresent()) {
            LOG.warnf("case %s held back from the public feed: its public summary %s", closed.caseNumber(), problem.get());
            return Panache.getSession().chain(s -> s.merge(mapper.toHeld(closed, problem.get(), clock.instant())))
                    .replaceWithVoid();
        }
        return append(facts, closed, null).replaceWithVoid();
    }

    /**
     * A callback answer (satisfied, basically satisfied, dissatisfied; "unreachable" is no answer), counted in the
     * public satisfaction rate in the month it was given. Waits for the registration like every fact of a case.
     */
    public Uni<Void> answered(String caseNumber, String result, java.time.Instant at) {
        if (result == null || at == null || !ANSWERS.contains(result)) {
            return Uni.createFrom().voidItem();
        }
        return PublicCase.<PublicCase>findById(caseNumber)
                .onItem().ifNull().failWith(() -> new AwaitingFact(caseNumber, "its registration"))
                .chain(facts -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "insert into public_callback (case_number, result, answered_at) values (:n, :r, :at)")
                        .setParameter("n", caseNumber).setParameter("r", result).setParameter("at", at).executeUpdate()))
                .replaceWithVoid();
    }

    private static final java.util.Set<String> ANSWERS = java.util.Set.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");

    /** Held entries, oldest first: for someone to write a summary that can go public. */
    @WithSession
    public Uni<List<HeldEntry>> held() {
        return HeldEntry.list("order by heldAt");
    }

    /** Publishes a held entry with an edited summary, checked again. */
    @WithTransaction
    public Uni<DisclosureEntry> release(String caseNumber, String summary) {
        return HeldEntry.<HeldEntry>findById(caseNumber)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no held entry for " + caseNumber))
                .chain(held -> checked(caseNumber, summary)
                        .chain(facts -> append(facts, mapper.toClosed(held, summary), null))
                        .call(entry -> held.delete()));
    }

    /** A correction: a new entry that references the entry it corrects; the corrected one stays as it was. */
    @WithTransaction
    public Uni<DisclosureEntry> correct(long seq, String summary) {
        return DisclosureEntry.<DisclosureEntry>findById(seq)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no entry " + seq))
                .chain(original -> checked(original.caseNumber, summary)
                        .chain(facts -> append(facts, mapper.toClosed(original, summary), seq)));
    }

    private Uni<PublicCase> checked(String caseNumber, String summary) {
        return CallerName.<CallerName>findById(caseNumber).chain(name -> {
            Optional<String> problem = guard.check(summary, name == null ? null : name.nameHash);
            if (problem.isPresent()) {
                return Uni.createFrom().failure(ProblemException.invalid("publicSummary", problem.get()));
            }
            return PublicCase.<PublicCase>findById(caseNumber);
        });
    }

    /** The latest entry: its sequence number and hash, to check a copy of the feed against. */
    @WithSession
    public Uni<DisclosureEntry> latest() {
        return DisclosureEntry.<DisclosureEntry>find("order by seq desc").firstResult();
    }

    private Uni<DisclosureEntry> append(PublicCase facts, CaseClosed closed, Long correctsSeq) {
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
                    e.correctsSeq = correctsSeq;
                    e.hash = HashChain.hash(e);
                    return e.<DisclosureEntry>persist();
                })
                .call(e -> outbox.add(EventType.DISCLOSURE_PUBLISHED, e.caseNumber, mapper.toPublished(e)));
    }

    /** Entries after {@code afterSeq}, oldest first: a stable cursor for readers. */
    @WithSession
    public Uni<List<DisclosureEntry>> entries(long afterSeq, int limit) {
        return DisclosureEntry.<DisclosureEntry>find("seq > ?1", Sort.by("seq"), afterSeq).page(Page.ofSize(limit)).list();
    }

    /** The newest entries before {@code beforeSeq} (null: the newest of all), newest first: what a subscriber reads. */
    @WithSession
    public Uni<List<DisclosureEntry>> newest(Long beforeSeq, int limit) {
        return (beforeSeq == null
                ? DisclosureEntry.<DisclosureEntry>findAll(Sort.by("seq").descending())
                : DisclosureEntry.<DisclosureEntry>find("seq < ?1", Sort.by("seq").descending(), beforeSeq))
                .page(Page.ofSize(limit)).list();
    }
}
