package org.vigia.study.definition;

/**
 * What to do with an agent because of adverse events, in increasing severity; when several rules apply the most
 * severe wins (DISCONTINUE > HOLD > CONTINUE).
 */
public enum DoseAction {
    /** Give the agent; no change. */
    CONTINUE,
    /** Withhold the agent until the adverse event recovers to the rule's grade, then resume. */
    HOLD,
    /** Stop the agent permanently. */
    DISCONTINUE;

    /** The more severe of two actions. */
    public DoseAction worst(DoseAction other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
