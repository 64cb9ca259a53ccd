package org.vigia.study.definition;

import java.util.List;

/**
 * A treatment phase of an arm (induction, concurrent chemoradiotherapy, maintenance, ...): cycles of
 * {@code cycleLengthDays} × {@code cycles} (or open-ended up to {@code maxDurationMonths}), or a single block of
 * {@code durationDays} when it has no cycles; the agents given and on which days; its radiotherapy courses.
 */
public record TreatmentPhase(String id, String name, PhaseStart start, Integer cycleLengthDays, Integer cycles,
        Integer maxDurationMonths, Integer durationDays, List<Administration> administrations,
        List<String> radiotherapyCourses, String source, boolean assumption, String note) {

    public TreatmentPhase {
        administrations = Lists.copy(administrations);
        radiotherapyCourses = Lists.copy(radiotherapyCourses);
    }

    /** True when the phase is given in cycles. */
    public boolean isCycled() {
        return cycleLengthDays != null;
    }

    /**
     * Planned length in days: {@code durationDays} when given, else cycles × cycle length; null for an open-ended
     * phase (no fixed number of cycles, bounded only by {@code maxDurationMonths}).
     */
    public Integer plannedDurationDays() {
        if (durationDays != null) {
            return durationDays;
        }
        if (cycleLengthDays != null && cycles != null) {
            return cycleLengthDays * cycles;
        }
        return null;
    }
}
