package org.vigia.worklist;

/** What is left undone on a work-list item, and so who resolves it where. */
public enum WorkKind {
    /** A lab-based AE proposal not confirmed or dismissed within the study's limit (resolved on the subject's lab AEs). */
    LAB_PROPOSAL,
    /** A serious AE whose initial report is past its deadline (resolved on the AE's form). */
    SAE_REPORT,
    /** An AE still ongoing although the subject died (resolved on the AE's form: end date and outcome). */
    ONGOING_AE_AFTER_DEATH
}
