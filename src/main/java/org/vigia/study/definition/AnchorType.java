package org.vigia.study.definition;

/**
 * What a date in the schedule counts from.
 * <ul>
 *   <li>{@link #ENROLMENT}: enrolment (= randomisation in a randomised trial)</li>
 *   <li>{@link #FIRST_DOSE}: C1D1, the first day of the first treatment phase</li>
 *   <li>{@link #PHASE_START}: day 1 of the named phase</li>
 *   <li>{@link #PHASE_END}: completion of the named phase = its start + its duration in days
 *       (the day after its last planned day)</li>
 *   <li>{@link #END_OF_TREATMENT}: the end-of-treatment decision date (or the end of the last phase, projected)</li>
 * </ul>
 */
public enum AnchorType {
    ENROLMENT, FIRST_DOSE, PHASE_START, PHASE_END, END_OF_TREATMENT
}
