package org.vigia.response;

/**
 * The qualitative assessment of one non-target lesion at a time point (RECIST 1.1 section 4.3.3).
 */
public enum NonTargetStatus {
    /** The lesion is still seen (for a node, see its short axis: under 10 mm counts as normal). */
    PRESENT,
    /** The lesion has disappeared. */
    ABSENT,
    /** The lesion was not assessed at this time point. */
    NOT_EVALUATED,
    /** Unequivocal progression of the lesion (section 4.3.3: substantial worsening of overall disease). */
    UNEQUIVOCAL_PROGRESSION
}
