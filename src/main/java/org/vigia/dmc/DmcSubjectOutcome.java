package org.vigia.dmc;

/**
 * How one subject left the study, up to the cut-off: study exit (withdrawal, lost to follow-up) and death
 * with its cause and whether the investigator judged it related to study treatment (the numerator of
 * NCT07041788's stopping rule "treatment-related mortality ≥2%").
 *
 * @param subjectId               database id of the subject
 * @param studyExitDate           date the subject left the study alive; null while on study or when dead
 * @param studyExitReason         reason for leaving (nullable)
 * @param deathDate               date of death on or before the cut-off; null when alive at the cut-off
 * @param deathCause              cause of death (nullable)
 * @param deathRelatedToTreatment the death was judged related to any study treatment
 */
public record DmcSubjectOutcome(long subjectId, java.time.LocalDate studyExitDate, String studyExitReason,
                                java.time.LocalDate deathDate, String deathCause, boolean deathRelatedToTreatment) {
}
