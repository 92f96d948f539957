package org.hotline.intake.cases;

/** Where a case stands, as intake last heard from the other services (the latest step of its timeline). */
public enum CaseStatus {
    REGISTERED, AWAITING_DISPATCH, DISPATCHED, ACKNOWLEDGED, ON_SITE, RESOLVED, REOPENED, CLOSED;

    /** A case may be corrected until a squad has it. */
    public boolean correctable() {
        return this == REGISTERED || this == AWAITING_DISPATCH;
    }
}
