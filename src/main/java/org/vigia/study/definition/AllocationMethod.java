package org.vigia.study.definition;

/**
 * How a subject gets an arm or cohort.
 * <ul>
 *   <li>{@link #SINGLE_ARM}: one arm, every subject gets it (NCT07041788, NCT07277764)</li>
 *   <li>{@link #INVESTIGATOR_ASSIGNED}: non-randomised cohorts chosen by the investigator (NCT06494995)</li>
 *   <li>{@link #RANDOMISED}: stratified permuted blocks with a ratio (NCT07264075, 1:1:1)</li>
 * </ul>
 */
public enum AllocationMethod {
    SINGLE_ARM, INVESTIGATOR_ASSIGNED, RANDOMISED
}
