package org.vigia.instrument;

/**
 * How a scale's raw score becomes its 0-100 score (EORTC QLQ-C30 Scoring Manual, 3rd edition, 2001, "Scoring
 * procedure"): a high functional score is good functioning, a high symptom score (symptom scales and single items)
 * is much of the symptom or problem, a high global health status is good health. The summary score (Giesinger et
 * al. 2016) is the mean of other scales' scores, not of items.
 */
public enum ScaleKind {
    /** S = (1 − (RS − 1) / range) × 100. */
    FUNCTIONAL,
    /** Symptom scales and single items: S = ((RS − 1) / range) × 100. */
    SYMPTOM,
    /** Global health status / QoL: S = ((RS − 1) / range) × 100. */
    GLOBAL_HEALTH,
    /** The QLQ-C30 summary score: the mean of its component scores, symptom scores reversed. */
    SUMMARY
}
