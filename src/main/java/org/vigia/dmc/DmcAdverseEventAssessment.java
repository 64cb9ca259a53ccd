package org.vigia.dmc;

/**
 * The investigator's assessment of one adverse event as it stood at the cut-off, from the AE workflow:
 * related to any study treatment (causality possible, probable or definite to at least one agent or to
 * radiotherapy), whether it led to permanent discontinuation of a study drug, the seriousness criteria and
 * the worst grade reached on or before the cut-off.
 *
 * @param adverseEventId       {@code adverse_event.id}
 * @param treatmentRelated     related to any study treatment
 * @param ledToDiscontinuation action taken "drug withdrawn" with any agent
 * @param seriousnessCriteria  e.g. "Hospitalisation; Life-threatening" (nullable)
 * @param worstGradeAtCutOff   worst CTCAE grade from the grade history up to the cut-off; null: use the
 *                             worst grade stored on the adverse event
 */
public record DmcAdverseEventAssessment(long adverseEventId, boolean treatmentRelated, boolean ledToDiscontinuation,
                                        String seriousnessCriteria, Integer worstGradeAtCutOff) {
}
