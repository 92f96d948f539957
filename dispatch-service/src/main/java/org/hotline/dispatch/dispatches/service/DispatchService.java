package org.hotline.dispatch.dispatches.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.dispatch.deadlines.DeadlineAlarm.Kind;
import org.hotline.dispatch.deadlines.service.DeadlinePolicy;
import org.hotline.dispatch.deadlines.service.DeadlineService;
import org.hotline.dispatch.dispatches.Dispatch;
import org.hotline.dispatch.dispatches.DispatchStatus;
import org.hotline.dispatch.dispatches.Outcome;
import org.hotline.dispatch.dispatches.mapping.DispatchMapper;
import org.hotline.dispatch.routing.service.RoutingService;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CaseCorrected;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.CaseReopened;
import org.hotline.platform.inbox.UnprocessableEventException;
import org.hotline.platform.outbox.Outbox;
import org.hotline.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/** Routing cases to squads and recording each step; owns the transactions. */
@ApplicationScoped
public class DispatchService {
    private final DispatchMapper mapper;
    private final Outbox outbox;
    private final Clock clock;
    private final RoutingService routing;
    private final DeadlinePolicy policy;
    private final DeadlineService deadlines;
    private final MeterRegistry registry;

    public DispatchService(DispatchMapper mapper, Outbox outbox, Clock clock, RoutingService routing,
                           DeadlinePolicy policy, DeadlineService deadlines, MeterRegistry registry) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = clock;
        this.routing = routing;
        this.policy = policy;
        this.deadlines = deadlines;
        this.registry = registry;
    }

    /** Routes a newly registered case (派单), deadlines counted from the call. Runs inside the consumer's inbox transaction. */
    public Uni<Void> dispatch(CaseRegistered registered) {
        return open(mapper.fromCase(registered), 1, null, registered.receivedAt());
    }

    /** A dissatisfied caller: a new round, linked to the last one, with fresh deadlines from the reopening. */
    public Uni<Void> reopen(CaseReopened reopened) {
        return Dispatch.<Dispatch>find("caseNumber = ?1 order by round desc", reopened.caseNumber()).firstResult()
                .chain(last -> {
                    if (last == null) {
                        return Uni.createFrom().failure(new UnprocessableEventException(
                                "case " + reopened.caseNumber() + " was never dispatched here"));
                    }
                    return open(mapper.nextRound(last), last.round + 1, last, reopened.reopenedAt());
                });
    }

    private Uni<Void> open(Dispatch d, int round, Dispatch previous, Instant from) {
        DeadlinePolicy.Deadlines due = policy.of(d.channel, d.category, d.priority, from);
        return routing.route(d.district, d.gridCell, d.category)
                .invoke(squad -> d.open(round, previous, due.onSiteDue(), due.resolveDue(), squad, clock.instant()))
                .chain(squad -> d.<Dispatch>persist())
                .call(saved -> deadlines.schedule(saved, from))
                .call(saved -> outbox.add(EventType.DISPATCH_CREATED, saved.caseNumber, mapper.toCreated(saved)))
                .replaceWithVoid();
    }

    /**
     * Applies an operator's correction at intake to a dispatch no squad has taken on yet, routing it again;
     * once acknowledged, the squad works on what it was given. Runs inside the consumer's inbox transaction.
     */
    public Uni<Void> correct(CaseCorrected corrected) {
        return Dispatch.<Dispatch>find("caseNumber = ?1 order by round desc", corrected.caseNumber()).firstResult()
                .chain(d -> {
                    if (d == null || !d.reroutable()) {
                        return Uni.createFrom().voidItem();
                    }
                    d.correct(corrected.category(), corrected.district(), corrected.street(), corrected.gridCell());
                    return routing.route(d.district, d.gridCell, d.category).chain(squad -> {
                        if (Objects.equals(squad, d.squad)) {
                            return Uni.createFrom().voidItem();
                        }
                        d.route(squad, clock.instant());
                        return outbox.add(EventType.DISPATCH_REROUTED, d.caseNumber, mapper.toCreated(d)).replaceWithVoid();
                    });
                });
    }

    /**
     * Which open dispatches to list: every field null means no filter. {@code squad} is the squad the reader may see
     * (null: every squad) narrowed by the one asked for; {@code overdueAt} keeps those with a deadline passed and not met.
     */
    public record OpenCriteria(String squad, String caseNumber, Instant since, String district, DispatchStatus status,
                               Instant overdueAt, int limit) {
    }

    /** Open dispatches, most urgent first (the nearest deadline not yet met). */
    @WithSession
    public Uni<List<Dispatch>> open(OpenCriteria c) {
        StringBuilder where = new StringBuilder("status <> :resolved");
        Parameters params = Parameters.with("resolved", DispatchStatus.RESOLVED);
        if (c.squad() != null) {
            where.append(" and squad = :squad");
            params.and("squad", c.squad());
        }
        if (c.caseNumber() != null) {
            where.append(" and caseNumber = :caseNumber");
            params.and("caseNumber", c.caseNumber());
        }
        if (c.since() != null) {
            where.append(" and dispatchedAt >= :since");
            params.and("since", c.since());
        }
        if (c.district() != null) {
            where.append(" and district = :district");
            params.and("district", c.district());
        }
        if (c.status() != null) {
            where.append(" and status = :status");
            params.and("status", c.status());
        }
        if (c.overdueAt() != null) {
            where.append(" and ((onSiteAt is null and onSiteDue < :now) or (resolvedAt is null and resolveDue < :now))");
            params.and("now", c.overdueAt());
        }
        return Dispatch.<Dispatch>find(where + " order by case when onSiteAt is null then onSiteDue else resolveDue end, id", params)
                .range(0, c.limit() - 1).list();
    }

    /** The dispatcher's queue: nobody could route it, a squad returned it, or an extension waits for a decision. */
    @WithSession
    public Uni<List<Dispatch>> queue() {
        return Dispatch.<Dispatch>list("status in ?1 or extensionStatus = ?2",
                        List.of(DispatchStatus.UNROUTED, DispatchStatus.RETURNED), Dispatch.ExtensionStatus.REQUESTED)
                .map(list -> list.stream().sorted(Comparator.comparing(Dispatch::nextDeadline)).toList());
    }

    @WithSession
    public Uni<Dispatch> find(long id, String squad) {
        return load(id, squad);
    }

    @WithTransaction
    public Uni<Dispatch> acknowledge(long id, String squad, String by) {
        return step(id, squad, (d, now) -> d.acknowledge(by, now), EventType.DISPATCH_ACKNOWLEDGED);
    }

    @WithTransaction
    public Uni<Dispatch> arrive(long id, String squad, String by) {
        return step(id, squad, (d, now) -> d.arrive(by, now), EventType.DISPATCH_ON_SITE)
                .call(d -> deadlines.cancel(d, Kind.ON_SITE))
                .invoke(d -> record("hotline.dispatch.time.to.on.site", d, d.onSiteAt));
    }

    @WithTransaction
    public Uni<Dispatch> resolve(long id, String squad, Outcome outcome, String publicSummary, String internalNotes, String by) {
        Instant now = clock.instant();
        return load(id, squad)
                .invoke(d -> d.resolve(outcome, publicSummary, internalNotes, by, now))
                .call(d -> deadlines.cancel(d, Kind.ON_SITE, Kind.RESOLUTION))
                .call(d -> outbox.add(EventType.DISPATCH_RESOLVED, d.caseNumber, mapper.toResolved(d)))
                .invoke(d -> record("hotline.dispatch.time.to.resolution", d, d.resolvedAt));
    }

    /** 退单: the squad gives the dispatch back to the dispatcher with a reason. */
    @WithTransaction
    public Uni<Dispatch> giveBack(long id, String squad, String reason, String by) {
        Instant now = clock.instant();
        return load(id, squad)
                .invoke(d -> d.giveBack(reason, by, now))
                .call(d -> outbox.add(EventType.DISPATCH_RETURNED, d.caseNumber, mapper.toNoted(d, by, reason, null, now)));
    }

    /** A dispatcher sends a dispatch to a squad (from the queue, or away from a squad that has not acknowledged). */
    @WithTransaction
    public Uni<Dispatch> reroute(long id, String toSquad, String by) {
        routing.checkSquad("squad", toSquad);
        Instant now = clock.instant();
        return load(id, null)
                .invoke(d -> d.reroute(toSquad, by, now))
                .call(d -> outbox.add(EventType.DISPATCH_REROUTED, d.caseNumber, mapper.toCreated(d)));
    }

    /** 延期: the squad asks for a later resolution deadline, with a reason. */
    @WithTransaction
    public Uni<Dispatch> requestExtension(long id, String squad, Instant until, String reason, String by) {
        Instant now = clock.instant();
        return load(id, squad)
                .invoke(d -> d.requestExtension(until, reason, by, now))
                .call(d -> outbox.add(EventType.EXTENSION_REQUESTED, d.caseNumber, mapper.toNoted(d, by, reason, until, now)));
    }

    /** A dispatcher grants (the resolution deadline and its alarms move) or rejects an extension. */
    @WithTransaction
    public Uni<Dispatch> decideExtension(long id, boolean grant, String note, String by) {
        Instant now = clock.instant();
        return load(id, null)
                .invoke(d -> d.decideExtension(grant, by, now))
                .call(d -> grant ? deadlines.extend(d, d.extensionRequestedAt) : Uni.createFrom().voidItem())
                .call(d -> outbox.add(grant ? EventType.EXTENSION_GRANTED : EventType.EXTENSION_REJECTED, d.caseNumber,
                        mapper.toNoted(d, by, note, d.extensionUntil, now)));
    }

    private Uni<Dispatch> step(long id, String squad, BiConsumer<Dispatch, Instant> move, EventType type) {
        Instant now = clock.instant();
        return load(id, squad)
                .invoke(d -> move.accept(d, now))
                .call(d -> outbox.add(type, d.caseNumber, mapper.toProgressed(d, now)));
    }

    private Uni<Dispatch> load(long id, String squad) {
        return Dispatch.<Dispatch>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no dispatch " + id))
                .invoke(d -> checkSquad(d, squad));
    }

    private void record(String name, Dispatch d, Instant at) {
        Timer.builder(name).tag("squad", String.valueOf(d.squad)).publishPercentileHistogram()
                .register(registry).record(Duration.between(d.receivedAt, at));
    }

    /** A supervisor ({@code squad} not null) acts on their own squad's dispatches only. */
    private static void checkSquad(Dispatch d, String squad) {
        if (squad != null && !squad.equals(d.squad)) {
            throw new ProblemException(403, "Another squad's dispatch",
                    "dispatch " + d.id + " belongs to another squad");
        }
    }
}
