package org.hotline.intake.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hotline.intake.cases.CaseStep;
import org.hotline.intake.cases.HotlineCase;

import java.time.Instant;

/**
 * Keeps each case's timeline and status current from the other services' events. Runs inside the inbox
 * transaction of the event, so a redelivered event adds nothing.
 */
@ApplicationScoped
public class TimelineService {

    /**
     * Adds a step; the case's status becomes that of its latest step. Events from dispatch and followup arrive on
     * two topics, in two transactions at once: the case row is locked first, so the second one reads the first
     * one's step before it decides the status (otherwise a RESOLVED could overwrite a CLOSED committed meanwhile).
     */
    public Uni<Void> record(CaseStep step) {
        return record(step, null, null);
    }

    /** Adds a dispatch step with the round's deadlines: the promise the operator reads out. */
    public Uni<Void> record(CaseStep step, Instant onSiteDue, Instant resolveDue) {
        return HotlineCase.<HotlineCase>find("caseNumber", step.caseNumber).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .invoke(c -> {
                    if (c != null && onSiteDue != null) {
                        c.promise(onSiteDue, resolveDue);
                    }
                })
                .call(step::persist)
                .call(c -> CaseStep.latestStatusStep(step.caseNumber).invoke(latest -> {
                    if (c != null && latest != null) {
                        c.follow(latest.step);
                    }
                }))
                .replaceWithVoid();
    }
}
