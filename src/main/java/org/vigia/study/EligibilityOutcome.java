package org.vigia.study;

/** Overall eligibility: any criterion not met gives NOT_ELIGIBLE; otherwise any missing gives INCOMPLETE. */
public enum EligibilityOutcome {
    ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE
}
