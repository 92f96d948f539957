package org.hotline.intake.cases;

/** One step of a case's timeline, across the services; each but CORRECTED sets the case's status. */
public enum Step {
    REGISTERED(CaseStatus.REGISTERED),
    CORRECTED(null),
    UNROUTED(CaseStatus.AWAITING_DISPATCH),
    /** 退单: the squad gave the dispatch back, with a reason; it waits for a dispatcher. */
    RETURNED(CaseStatus.AWAITING_DISPATCH),
    DISPATCHED(CaseStatus.DISPATCHED),
    ACKNOWLEDGED(CaseStatus.ACKNOWLEDGED),
    ON_SITE(CaseStatus.ON_SITE),
    RESOLVED(CaseStatus.RESOLVED),
    REOPENED(CaseStatus.REOPENED),
    CLOSED(CaseStatus.CLOSED);

    private final CaseStatus status;

    Step(CaseStatus status) {
        this.status = status;
    }

    /** The status a case has after this step, or null when the step does not move it. */
    public CaseStatus status() {
        return status;
    }
}
