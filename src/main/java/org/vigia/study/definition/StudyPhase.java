package org.vigia.study.definition;

/** Clinical phase as the registries (ClinicalTrials.gov) give it; NCT07041788 is "Not Applicable". */
public enum StudyPhase {
    NOT_APPLICABLE, EARLY_PHASE1, PHASE1, PHASE1_PHASE2, PHASE2, PHASE2_PHASE3, PHASE3, PHASE4
}
