package org.vigia.study.definition;

/** The dose at which a held agent resumes after recovery. */
public enum ResumeDose {
    /** The dose given before the hold, unchanged (e.g. iparomlimab/tuvonralimab in NCT07041788). */
    SAME,
    /** The current percent of full dose minus {@code reducePercent} percentage points of the full dose (100 → 80 → 60). */
    REDUCE_PERCENT,
    /** The next lower level of the rules' {@code doseLevelsPercent} list. */
    NEXT_DOSE_LEVEL
}
