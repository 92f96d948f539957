package org.hotline.followup.callbacks;

/**
 * DUE: on the worklist. CLOSED: the caller was satisfied, or could not be reached after every attempt.
 * REOPENED: dissatisfied, a new dispatch round. ESCALATED: dissatisfied once more than the reopening limit
 * allows: for a dispatcher or auditor to decide, not another automatic round.
 */
public enum CallbackStatus {
    DUE, CLOSED, REOPENED, ESCALATED
}
