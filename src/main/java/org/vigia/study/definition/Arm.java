package org.vigia.study.definition;

import java.util.List;
import java.util.Optional;

/** An arm or cohort with its treatment phases in order (registry "Study Groups" / "Arm && Interventions"). */
public record Arm(String id, String name, String description, Integer targetEnrolment, List<TreatmentPhase> phases,
        String source, boolean assumption, String note) {

    public Arm {
        phases = Lists.copy(phases);
    }

    public Optional<TreatmentPhase> findPhase(String phaseId) {
        return phases.stream().filter(p -> p.id().equals(phaseId)).findFirst();
    }
}
