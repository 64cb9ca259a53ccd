package org.vigia.subject;

/** Where a subject is in the trial, from screening to the end of follow-up. */
public enum SubjectStatus {
    SCREENING, SCREEN_FAILED, ENROLLED, ON_TREATMENT, FOLLOW_UP, DISCONTINUED, COMPLETED, LOST_TO_FOLLOW_UP, DEAD
}
