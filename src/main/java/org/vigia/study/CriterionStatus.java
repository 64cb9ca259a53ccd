package org.vigia.study;

/**
 * Outcome of one eligibility criterion. {@link #MET} means "satisfied as eligibility requires" for inclusion and
 * exclusion alike (an exclusion is MET when its excluding condition is absent).
 */
public enum CriterionStatus {
    MET, NOT_MET, MISSING, NOT_APPLICABLE, MET_BY_OVERRIDE;

    /** True when the criterion does not stand in the way of eligibility. */
    public boolean isSatisfied() {
        return this == MET || this == NOT_APPLICABLE || this == MET_BY_OVERRIDE;
    }
}
