package org.hotline.followup.callbacks.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.followup.callbacks.Callback;
import org.hotline.followup.callbacks.CallbackResult;
import org.hotline.followup.callbacks.CallbackStatus;
import org.hotline.followup.callbacks.CallbackToMake;
import org.hotline.followup.callbacks.CallerContactEntity;
import org.hotline.followup.callbacks.CaseFacts;
import org.hotline.followup.callbacks.mapping.CallbackMapper;
import org.hotline.followup.config.FollowupConfig;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CallerContact;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.CaseReopened;
import org.hotline.platform.events.contracts.DispatchResolved;
import org.hotline.platform.inbox.AwaitingFact;
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

    /** A round was resolved: a callback falls due, or (anonymous, no callback wanted) the case closes at once. */
    public Uni<Void> resolved(DispatchResolved resolved) {
        return CaseFacts.<CaseFacts>findById(resolved.caseNumber())
                // intake's event travels on another topic: the Inbox parks this one until it arrives
                .onItem().ifNull().failWith(() -> new AwaitingFact(resolved.caseNumber(), "its registration"))
                .chain(facts -> {
                    if (!facts.wantsCallback()) {
                        Instant now = clock.instant();
                        return outbox.add(EventType.CASE_CLOSED, resolved.caseNumber(), mapper.toClosedWithoutCallback(resolved, now))
                                .replaceWithVoid();
                    }
                    Callback callback = mapper.toCallback(resolved);
                    callback.open(resolved.resolvedAt(), config.callbackWithin());
                    return callback.persist().replaceWithVoid();
                });
    }

    /** The worklist: callbacks an operator can make now, most urgent (earliest due) first, with how to reach the caller. */
    @WithSession
    public Uni<List<CallbackToMake>> worklist() {
        Instant now = clock.instant();
        return Callback.<Callback>list("status = ?1 and nextAttemptAt <= ?2 order by dueAt, id", CallbackStatus.DUE, now)
                .chain(this::withContacts);
    }

    /** Cases dissatisfied once more than the reopening limit allows: for a dispatcher or auditor to decide. */
    @WithSession
    public Uni<List<Callback>> escalated() {
        return Callback.list("status = ?1 order by closedAt, id", CallbackStatus.ESCALATED);
    }

    private Uni<List<CallbackToMake>> withContacts(List<Callback> callbacks) {
        if (callbacks.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return CallerContactEntity.<CallerContactEntity>list("caseNumber in ?1", callbacks.stream().map(c -> c.caseNumber).toList())
                .map(contacts -> {
                    Map<String, CallerContactEntity> byCase = contacts.stream()
                            .collect(Collectors.toMap(c -> c.caseNumber, Function.identity()));
                    return callbacks.stream().map(c -> new CallbackToMake(c, byCase.get(c.caseNumber))).toList();
                });
    }

    @WithTransaction
    public Uni<Callback> record(long id, CallbackResult result, String notes, String operator) {
        Instant now = clock.instant();
        return Callback.<Callback>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no callback " + id))
                .call(c -> switch (c.record(result, notes, operator, now, config.maxAttempts(),
                        config.retrySpacing(), config.maxReopenings())) {
                    case CLOSED -> outbox.add(EventType.CASE_CLOSED, c.caseNumber, mapper.toClosed(c, now));
                    case REOPENED -> outbox.add(EventType.CASE_REOPENED, c.caseNumber,
                            new CaseReopened(c.caseNumber, c.round, "dissatisfied on callback", now));
                    case ESCALATED -> outbox.add(EventType.CALLBACK_ESCALATED, c.caseNumber, mapper.toFlag(c, "ESCALATED", now));
                    case DUE -> Uni.createFrom().voidItem();
                });
    }
}
