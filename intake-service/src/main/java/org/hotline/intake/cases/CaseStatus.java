package org.hotline.intake.cases;

/** Where a case stands, as intake last heard from the other services. */
public enum CaseStatus {
    REGISTERED, DISPATCHED, RESOLVED, CLOSED
}
