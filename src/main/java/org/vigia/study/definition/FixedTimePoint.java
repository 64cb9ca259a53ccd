package org.vigia.study.definition;

/**
 * A response assessed at a fixed time point (NCT07277764: "ORR at 3 months post-radiotherapy" is
 * {@code anchor: PHASE_END, phase: DEFINITIVE_RT, offsetMonths: 3}), with a window in days.
 */
public record FixedTimePoint(AnchorType anchor, String phase, Integer offsetMonths, Integer offsetDays,
        Integer windowDays, String description) {
}
