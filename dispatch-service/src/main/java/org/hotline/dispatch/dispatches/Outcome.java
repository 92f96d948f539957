package org.hotline.dispatch.dispatches;

/** How the squad dealt with the complaint (处置结果). */
public enum Outcome {
    RECTIFIED_ON_SPOT, PERSUADED, WARNED, PENALISED, DEMOLITION_ORDERED, NOT_SUBSTANTIATED, REFERRED
}
