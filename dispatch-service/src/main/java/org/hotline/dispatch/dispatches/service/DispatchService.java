package org.hotline.dispatch.dispatches.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.dispatch.config.DispatchConfig;
import org.hotline.dispatch.dispatches.Dispatch;
import org.hotline.dispatch.dispatches.DispatchStatus;
import org.hotline.dispatch.dispatches.mapping.DispatchMapper;
import org.hotline.dispatch.dispatches.rest.Resolution;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CaseCorrected;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.outbox.Outbox;
import org.hotline.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/** Routing cases to squads and recording each step; owns the transactions. */
@ApplicationScoped
public class DispatchService {
    private final DispatchMapper mapper;
    private final Outbox outbox;
    private final Clock clock;
    private final DispatchConfig config;

    public DispatchService(DispatchMapper mapper, Outbox outbox, Clock clock, DispatchConfig config) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    /** Routes a newly registered case (派单). Runs inside the consumer's inbox transaction. */
    public Uni<Void> dispatch(CaseRegistered registered) {
        Dispatch d = mapper.fromCase(registered);
        d.round = 1;
        d.squad = route(registered.category(), registered.district());
        d.status = d.squad == null ? DispatchStatus.UNROUTED : DispatchStatus.DISPATCHED;
        d.dispatchedAt = clock.instant();
        d.onSiteDue = registered.receivedAt().plus(config.onSiteWithin());
        d.resolveDue = registered.receivedAt().plus(config.resolveWithin());
        return d.<Dispatch>persist()
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
                    if (d == null || !(d.status == DispatchStatus.UNROUTED || d.status == DispatchStatus.DISPATCHED)) {
                        return Uni.createFrom().voidItem();
                    }
                    d.category = corrected.category();
                    d.district = corrected.district();
                    d.street = corrected.street();
                    String squad = route(d.category, d.district);
                    if (java.util.Objects.equals(squad, d.squad)) {
                        return Uni.createFrom().voidItem();
                    }
                    d.squad = squad;
                    d.status = squad == null ? DispatchStatus.UNROUTED : DispatchStatus.DISPATCHED;
                    d.dispatchedAt = clock.instant();
                    return outbox.add(EventType.DISPATCH_REROUTED, d.caseNumber, mapper.toCreated(d)).replaceWithVoid();
                });
    }

    private String route(String category, String district) {
        if (config.staffConductCategory().equals(category)) {
            return config.disciplineOffice();
        }
        return config.squadByDistrict().get(district);
    }

    /** Open dispatches, most urgent first; {@code squad} null means every squad. */
    @WithSession
    public Uni<List<Dispatch>> open(String squad) {
        Sort urgent = Sort.by("onSiteDue").and("id");
        return squad == null
                ? Dispatch.list("status <> ?1", urgent, DispatchStatus.RESOLVED)
                : Dispatch.list("status <> ?1 and squad = ?2", urgent, DispatchStatus.RESOLVED, squad);
    }

    @WithSession
    public Uni<Dispatch> find(long id, String squad) {
        return Dispatch.<Dispatch>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no dispatch " + id))
                .invoke(d -> checkSquad(d, squad));
    }

    @WithTransaction
    public Uni<Dispatch> acknowledge(long id, String squad, String by) {
        return step(id, squad, (d, now) -> d.acknowledge(by, now), EventType.DISPATCH_ACKNOWLEDGED);
    }

    @WithTransaction
    public Uni<Dispatch> arrive(long id, String squad, String by) {
        return step(id, squad, (d, now) -> d.arrive(by, now), EventType.DISPATCH_ON_SITE);
    }

    @WithTransaction
    public Uni<Dispatch> resolve(long id, String squad, Resolution resolution, String by) {
        Instant now = clock.instant();
        return load(id, squad)
                .invoke(d -> d.resolve(resolution.outcome(), resolution.publicSummary(), resolution.internalNotes(), by, now))
                .call(d -> outbox.add(EventType.DISPATCH_RESOLVED, d.caseNumber, mapper.toResolved(d)));
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

    /** A supervisor ({@code squad} not null) acts on their own squad's dispatches only. */
    private static void checkSquad(Dispatch d, String squad) {
        if (squad != null && !squad.equals(d.squad)) {
            throw new ProblemException(403, "Another squad's dispatch",
                    "dispatch " + d.id + " belongs to another squad");
        }
    }
}
