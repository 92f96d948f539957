package org.hotline.followup.callbacks.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.followup.callbacks.Callback;
import org.hotline.followup.callbacks.CallbackStatus;
import org.hotline.followup.callbacks.CaseFacts;
import org.hotline.followup.callbacks.mapping.CallbackMapper;
import org.hotline.followup.callbacks.rest.CallbackAttempt;
import org.hotline.followup.config.FollowupConfig;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.CaseReopened;
import org.hotline.platform.events.contracts.DispatchResolved;
import org.hotline.platform.outbox.Outbox;
import org.hotline.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Callbacks and case closure; owns the transactions. */
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

    /** Runs in the consumer's inbox transaction. */
    public Uni<Void> remember(CaseRegistered registered) {
        return mapper.toFacts(registered).persist().replaceWithVoid();
    }

    /**
     * A round was resolved: a callback falls due, or (anonymous, no callback wanted) the case closes at once.
     * Runs in the consumer's inbox transaction.
     */
    public Uni<Void> resolved(DispatchResolved resolved) {
        return CaseFacts.<CaseFacts>findById(resolved.caseNumber())
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
                    return callback.persist().replaceWithVoid();
                });
    }

    /** The worklist: due callbacks, most urgent (earliest due) first. */
    @WithSession
    public Uni<List<Callback>> due() {
        return Callback.list("status", Sort.by("dueAt").and("id"), CallbackStatus.DUE);
    }

    @WithTransaction
    public Uni<Callback> record(long id, CallbackAttempt attempt, String operator) {
        Instant now = clock.instant();
        return Callback.<Callback>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no callback " + id))
                .call(c -> switch (c.record(attempt.result(), attempt.notes(), operator, now, config.maxAttempts())) {
                    case CLOSED -> outbox.add(EventType.CASE_CLOSED, c.caseNumber, mapper.toClosed(c, now));
                    case REOPENED -> outbox.add(EventType.CASE_REOPENED, c.caseNumber,
                            new CaseReopened(c.caseNumber, c.round, "dissatisfied on callback", now));
                    case DUE -> Uni.createFrom().voidItem();
                });
    }
}
