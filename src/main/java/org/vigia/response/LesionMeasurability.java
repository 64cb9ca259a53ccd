package org.vigia.response;

/** How a baseline lesion classifies under RECIST 1.1 section 3.1.1. */
public enum LesionMeasurability {
    /** Measurable: may be a target lesion. */
    MEASURABLE,
    /** Non-measurable (small lesion, or pathological node of 10 to under 15 mm): non-target only. */
    NON_MEASURABLE,
    /** A node under 10 mm short axis: not pathological, not to be recorded. */
    NOT_PATHOLOGICAL,
    /** No measurement entered: cannot be classified by size. */
    NOT_MEASURED
}
