package org.hotline.followup.callbacks.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.followup.callbacks.Callback;
import org.hotline.followup.callbacks.CallbackStatus;
import org.hotline.followup.callbacks.CallerContactEntity;
import org.hotline.followup.callbacks.CaseFacts;
import org.hotline.followup.callbacks.RoundFacts;
import org.hotline.followup.callbacks.mapping.CallbackMapper;
import org.hotline.followup.callbacks.rest.CallbackAttempt;
import org.hotline.followup.callbacks.rest.CallbackView;
import org.hotline.followup.config.FollowupConfig;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CallerContact;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.CaseReopened;
import org.hotline.platform.events.contracts.DispatchCreated;
import org.hotline.platform.events.contracts.DispatchNoted;
import org.hotline.platform.events.contracts.DispatchProgressed;
import org.hotline.platform.events.contracts.DispatchResolved;
import org.hotline.platform.outbox.Outbox;
import org.hotline.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Callbacks and case closure; owns the transactions. Event handlers run in the consumer's inbox transaction. */
@ApplicationScoped
public class CallbackService {
    private final CallbackMapper mapper;
    private final Outbox outbox;
    private final Clock clock;
    private final FollowupConfig config;

    public CallbackService(CallbackMapper mapper, Outbox outbox, Clock clock, FollowupConfig config) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    public Uni<Void> remember(CaseRegistered registered) {
        return mapper.toFacts(registered).persist().replaceWithVoid();
    }

    public Uni<Void> remember(CallerContact contact) {
        return Panache.getSession().chain(s -> s.merge(mapper.toContact(contact))).replaceWithVoid();
    }

    /** A new round (or a re-routed one): its deadlines, for the assessment. */
    public Uni<Void> dispatched(DispatchCreated created) {
        return RoundFacts.<RoundFacts>findById(created.dispatchId()).chain(existing -> {
            RoundFacts r = existing != null ? existing : new RoundFacts();
            r.dispatchId = created.dispatchId();
            r.caseNumber = created.caseNumber();
            r.round = created.round();
            r.squad = created.squad();
            r.onSiteDue = created.onSiteDue();
            r.resolveDue = created.resolveDue();
            if (r.originalResolveDue == null) {
                r.originalResolveDue = created.resolveDue();
            }
            return existing != null ? Uni.createFrom().voidItem() : r.persist().replaceWithVoid();
        });
    }

    public Uni<Void> onSite(DispatchProgressed progressed) {
        return RoundFacts.<RoundFacts>findById(progressed.dispatchId())
                .invoke(r -> {
                    if (r != null) {
                        r.onSiteAt = progressed.at();
                    }
                }).replaceWithVoid();
    }

    public Uni<Void> extended(DispatchNoted granted) {
        return RoundFacts.<RoundFacts>findById(granted.dispatchId())
                .invoke(r -> {
                    if (r != null) {
                        r.resolveDue = granted.until();
                    }
                }).replaceWithVoid();
    }

    /** A round was resolved: a callback falls due, or (anonymous, no callback wanted) the case closes at once. */
    public Uni<Void> resolved(DispatchResolved resolved) {
        return RoundFacts.<RoundFacts>findById(resolved.dispatchId())
                .invoke(r -> {
                    if (r != null) {
                        r.resolvedAt = resolved.resolvedAt();
                    }
                })
                .chain(() -> CaseFacts.<CaseFacts>findById(resolved.caseNumber()))
                // intake's event travels on another topic; wait for it (the Inbox retries) rather than guess
                .onItem().ifNull().failWith(() -> new IllegalStateException("case " + resolved.caseNumber() + " not known yet"))
                .chain(facts -> {
                    if (!facts.wantsCallback()) {
                        Instant now = clock.instant();
                        return outbox.add(EventType.CASE_CLOSED, resolved.caseNumber(), mapper.toClosedWithoutCallback(resolved, now))
                                .replaceWithVoid();
                    }
                    Callback callback = mapper.toCallback(resolved);
                    callback.status = CallbackStatus.DUE;
                    callback.dueAt = resolved.resolvedAt().plus(config.callbackWithin());
                    callback.nextAttemptAt = resolved.resolvedAt();
                    return callback.persist().replaceWithVoid();
                });
    }

    /** The worklist: callbacks an operator can make now, most urgent (earliest due) first, with how to reach the caller. */
    @WithSession
    public Uni<List<CallbackView>> worklist() {
        Instant now = clock.instant();
        return Callback.<Callback>list("status = ?1 and nextAttemptAt <= ?2 order by dueAt, id", CallbackStatus.DUE, now)
                .chain(list -> withContacts(list, now));
    }

    /** Cases dissatisfied once more than the reopening limit allows: for a dispatcher or auditor to decide. */
    @WithSession
    public Uni<List<CallbackView>> escalated() {
        Instant now = clock.instant();
        return Callback.<Callback>list("status = ?1 order by closedAt, id", CallbackStatus.ESCALATED)
                .map(list -> list.stream().map(c -> mapper.toView(c, null, now)).toList());
    }

    private Uni<List<CallbackView>> withContacts(List<Callback> callbacks, Instant now) {
        if (callbacks.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return CallerContactEntity.<CallerContactEntity>list("caseNumber in ?1", callbacks.stream().map(c -> c.caseNumber).toList())
                .map(contacts -> {
                    Map<String, CallerContactEntity> byCase = contacts.stream()
                            .collect(Collectors.toMap(c -> c.caseNumber, Function.identity()));
                    return callbacks.stream().map(c -> mapper.toView(c, byCase.get(c.caseNumber), now)).toList();
                });
    }

    @WithTransaction
    public Uni<CallbackView> record(long id, CallbackAttempt attempt, String operator) {
        Instant now = clock.instant();
        return Callback.<Callback>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no callback " + id))
                .call(c -> switch (c.record(attempt.result(), attempt.notes(), operator, now, config.maxAttempts(),
                        config.retrySpacing(), config.maxReopenings())) {
                    case CLOSED -> outbox.add(EventType.CASE_CLOSED, c.caseNumber, mapper.toClosed(c, now));
                    case REOPENED -> outbox.add(EventType.CASE_REOPENED, c.caseNumber,
                            new CaseReopened(c.caseNumber, c.round, "dissatisfied on callback", now));
                    case ESCALATED -> outbox.add(EventType.CALLBACK_ESCALATED, c.caseNumber, mapper.toFlag(c, "ESCALATED", now));
                    case DUE -> Uni.createFrom().voidItem();
                })
                .map(c -> mapper.toView(c, null, now));
    }
}
