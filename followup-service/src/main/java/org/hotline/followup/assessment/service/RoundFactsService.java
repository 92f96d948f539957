package org.hotline.followup.assessment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.followup.assessment.RoundFacts;
import org.hotline.platform.events.contracts.DispatchCreated;
import org.hotline.platform.events.contracts.DispatchNoted;
import org.hotline.platform.events.contracts.DispatchProgressed;
import org.hotline.platform.events.contracts.DispatchResolved;

/**
 * What the assessment counts of each dispatch round, kept from dispatch's events: its deadlines and when its
 * steps were done. Runs in the consumer's inbox transaction.
 */
@ApplicationScoped
public class RoundFactsService {

    /** A new round (or a re-routed one): its deadlines. */
    public Uni<Void> dispatched(DispatchCreated created) {
        return RoundFacts.<RoundFacts>findById(created.dispatchId()).chain(existing -> {
            RoundFacts r = existing != null ? existing : new RoundFacts();
            r.dispatched(created.dispatchId(), created.caseNumber(), created.round(), created.squad(),
                    created.onSiteDue(), created.resolveDue());
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

    public Uni<Void> resolved(DispatchResolved resolved) {
        return RoundFacts.<RoundFacts>findById(resolved.dispatchId())
                .invoke(r -> {
                    if (r != null) {
                        r.resolvedAt = resolved.resolvedAt();
                    }
                }).replaceWithVoid();
    }
}
