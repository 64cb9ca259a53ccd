package org.vigia.response;

/**
 * Codes of the baseline lesion findings of {@link TargetLesionSelectionRules}; also the resource
 * bundle keys for their messages on the screens.
 */
public enum BaselineFindingCode {
    /** The same lesion id is used twice. */
    DUPLICATE_LESION_ID,
    /** No target lesion: the protocols require at least one measurable lesion (RECIST 1.1 section 3.3). */
    NO_TARGET_LESION,
    /** More than 5 target lesions in total (section 3.3.1); raised on the 6th and later, in entry order. */
    TOO_MANY_TARGET_LESIONS,
    /** More than 2 target lesions in one organ (section 3.3.1; all nodes are one organ); raised on the 3rd and later. */
    TOO_MANY_TARGET_LESIONS_IN_ORGAN,
    /** A target lesion without a measurement. */
    TARGET_LESION_NOT_MEASURED,
    /** A non-nodal target lesion under 10 mm (or under twice a slice thickness above 5 mm): not measurable (section 3.1.1). */
    TARGET_LESION_NOT_MEASURABLE,
    /** A target node with a short axis of 10 to under 15 mm: pathological but not measurable, record it as non-target (section 3.1.1). */
    TARGET_NODE_NOT_MEASURABLE,
    /** A node with a short axis under 10 mm: not pathological, should not be recorded (section 3.1.1). */
    NODE_NOT_PATHOLOGICAL,
    /** Baseline scan more than 4 weeks (28 days) before the start of treatment, or after it (section 3.2). */
    BASELINE_OUTSIDE_WINDOW
}
