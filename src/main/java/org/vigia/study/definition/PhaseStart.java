package org.vigia.study.definition;

/**
 * When a phase may start, relative to an anchor: between {@code minDays} and {@code maxDays} after it, planned
 * at {@code targetDays} (default {@code minDays}). E.g. NCT07041788 "Initiate radical concurrent
 * chemoradiotherapy within 2 - 4 weeks after the completion of induction therapy" is
 * {@code anchor: PHASE_END, phase: INDUCTION, minDays: 14, maxDays: 28}.
 */
public record PhaseStart(AnchorType anchor, String phase, Integer minDays, Integer maxDays, Integer targetDays,
        String source, boolean assumption, String note) {

    public PhaseStart {
        minDays = minDays == null ? 0 : minDays;
    }

    /** Planned offset in days from the anchor. */
    public int plannedOffsetDays() {
        return targetDays != null ? targetDays : minDays;
    }
}
