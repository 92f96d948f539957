package org.hotline.dispatch.dispatches;

/** The steps of one dispatch round. UNROUTED and RETURNED wait in the dispatcher's queue. */
public enum DispatchStatus {
    UNROUTED, DISPATCHED, ACKNOWLEDGED, ON_SITE, RETURNED, RESOLVED
}
