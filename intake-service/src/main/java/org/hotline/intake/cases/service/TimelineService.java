package org.hotline.intake.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.intake.cases.CaseStep;
import org.hotline.intake.cases.HotlineCase;

/**
 * Keeps each case's timeline and status current from the other services' events. Runs inside the inbox
 * transaction of the event, so a redelivered event adds nothing.
 */
@ApplicationScoped
public class TimelineService {

    /** Adds a step; the case's status becomes that of its latest step (events from two topics may cross). */
    public Uni<Void> record(CaseStep step) {
        return step.persist()
                .chain(() -> CaseStep.latestStatusStep(step.caseNumber))
                .chain(latest -> HotlineCase.findByNumber(step.caseNumber)
                        .invoke(c -> {
                            if (c != null && latest != null) {
                                c.status = latest.step.status();
                            }
                        }))
                .replaceWithVoid();
    }
}
