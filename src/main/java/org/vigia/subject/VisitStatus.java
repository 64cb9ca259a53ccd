package org.vigia.subject;

/**
 * The status of one planned visit of a subject, from the records its procedures require
 * ({@link VisitProcedures}) and the subject's time line ({@link VisitStatusRules}).
 */
public enum VisitStatus {
    /** Nothing recorded, window not passed. */
    NOT_STARTED,
    /** Some required procedures recorded (or a date typed), window not passed. */
    IN_PROGRESS,
    /** Every procedure Vigia can record is recorded. */
    COMPLETE,
    /** The window has passed and the visit is not complete nor marked not done. */
    OVERDUE,
    /** Marked not done by a user, with a reason (audited). */
    NOT_DONE,
    /** Will never happen: a treatment visit after the end of treatment, or any visit after death. */
    NOT_APPLICABLE
}
