package org.vigia.study.definition;

/** What a radiotherapy event rule asks for. */
public enum RadiotherapyAction {
    /** End the course before its planned last fraction (NCT07277764 "Early stop if CR at 50 Gy or ulcer"). */
    STOP_RADIOTHERAPY,
    /** Interrupt the course (NCT07041788 "severe cases require radiotherapy suspension"). */
    SUSPEND_RADIOTHERAPY
}
