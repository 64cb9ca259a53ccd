package org.vigia.consistency;

/**
 * The rules across a subject's records that the data-consistency report checks (issue 15). Each rule's label is
 * the bundle key {@code enum.ConsistencyRule.<CONSTANT>} of {@code messages}.
 * <pre>{@code
 * String label = Texts.label(Bundle.MESSAGES, locale, ConsistencyRule.AE_AFTER_DEATH);
 * }</pre>
 */
public enum ConsistencyRule {
    /** An adverse event whose onset is after the subject's death date. */
    AE_AFTER_DEATH,
    /** An adverse event still ongoing for a subject who died. */
    AE_ONGOING_AFTER_DEATH,
    /** A study-drug administration given after treatment discontinuation or after death. */
    DOSE_AFTER_END,
    /** Day N (N &gt; 1) of a cycle given before day 1 of the same cycle (same phase and agent). */
    DAY_BEFORE_DAY_ONE,
    /** Causality (other than unrelated) to an agent the subject had not been given on or before the AE onset. */
    CAUSALITY_BEFORE_EXPOSURE,
    /** Two adverse events of the same term of one subject whose periods overlap. */
    AE_OVERLAP,
    /**
     * A cycle's day 1 before the previous cycle's day 1 + cycle length − the C{n}D1 visit's window, with no schedule
     * deviation recorded ({@link org.vigia.dosing.CycleSchedule}).
     */
    CYCLE_TOO_EARLY,
    /** A phase started outside its start window (anchor + minDays..maxDays), with no schedule deviation recorded. */
    PHASE_START_OUT_OF_WINDOW,
    /**
     * A lab result, tumour assessment or follow-up contact dated before informed consent (a baseline lab result or
     * baseline scan within the screening window before enrolment is allowed: {@link org.vigia.subject.StudyPeriod}).
     */
    RECORD_BEFORE_CONSENT,
    /** A lab result or tumour assessment dated after the subject's death. */
    RECORD_AFTER_DEATH,
    /** A progression dated before the tumour assessment (scan) that shows it. */
    PROGRESSION_BEFORE_SCAN,
    /** A stored randomisation stratum that the subject's recorded baseline data do not give. */
    STRATA_MISMATCH,
    /** An eligibility lab value that matches no lab result of the subject's screening window. */
    ELIGIBILITY_LAB_UNMATCHED,
    /** An adverse event whose onset is before the subject's informed consent. */
    AE_BEFORE_CONSENT
}
