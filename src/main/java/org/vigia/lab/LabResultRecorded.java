package org.vigia.lab;

import java.time.LocalDate;
import java.util.List;
import org.vigia.terminology.LabGradeResult;

/**
 * Fired (synchronously, inside the saving transaction) when a lab result is saved and graded, so that other features
 * react in the same transaction: the AE feature proposes an adverse event for a term graded worse than baseline.
 * Carries what they need, not the lab result itself.
 *
 * @param resultId     the saved result
 * @param subjectId    its subject
 * @param collectedOn  the day the sample was taken
 * @param baseline     true for a baseline result (graded, proposes nothing)
 * @param grades       every CTCAE term the result was graded for, worst first, each with the baseline's grade
 * @param studyId      the subject's study
 * @param siteId       the subject's site
 * @param subjectLabel the subject's label for messages
 */
public record LabResultRecorded(long resultId, long subjectId, LocalDate collectedOn, boolean baseline,
                                List<GradedTerm> grades, Long studyId, Long siteId, String subjectLabel) {

    /** A CTCAE term the result was graded for, and the grade of the subject's baseline result for it (0: none). */
    public record GradedTerm(LabGradeResult grade, int baselineGrade) {
    }
}
