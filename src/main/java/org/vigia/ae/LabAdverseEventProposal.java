package org.vigia.ae;

import java.util.Objects;
import java.util.Optional;
import org.vigia.terminology.LabGradeResult;

/**
 * A proposal to record a lab-based adverse event, made when a graded lab result is worse than the subject's
 * baseline for that CTCAE term: grade &gt;= 1 and grade &gt; baseline grade (the treatment-emergent reading: an
 * abnormality present at baseline is an AE only when it worsens). The investigator confirms or rejects it; the
 * proposal is never an AE by itself.
 * <pre>{@code
 * LabAdverseEventProposal.evaluate(grader.grade(request), 0)  // Optional[...] for grade 2
 * LabAdverseEventProposal.evaluate(result, 2)                  // empty for grade 2 at baseline grade 2
 * }</pre>
 *
 * @param term          CTCAE term, e.g. "Neutrophil count decreased"
 * @param meddraCode    MedDRA code of the term
 * @param grade         grade of the current result
 * @param baselineGrade the subject's baseline grade for the term (0 when normal at baseline)
 * @param criterion     the CTCAE clause the grade came from
 */
public record LabAdverseEventProposal(String term, String meddraCode, int grade, int baselineGrade,
        String criterion) {

    public LabAdverseEventProposal {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(meddraCode, "meddraCode");
        Objects.requireNonNull(criterion, "criterion");
        if (!isWarranted(grade, baselineGrade)) {
            throw new IllegalArgumentException(
                    "No AE to propose for grade " + grade + " at baseline grade " + baselineGrade);
        }
    }

    /** The rule: a grade of 1 or more that is worse than the baseline grade. */
    public static boolean isWarranted(int grade, int baselineGrade) {
        if (grade < 0 || grade > 5 || baselineGrade < 0 || baselineGrade > 5) {
            throw new IllegalArgumentException("Grades must be 0-5: " + grade + ", baseline " + baselineGrade);
        }
        return grade >= 1 && grade > baselineGrade;
    }

    /** The proposal for {@code result} given the subject's baseline grade for the same term, if one is warranted. */
    public static Optional<LabAdverseEventProposal> evaluate(LabGradeResult result, int baselineGrade) {
        Objects.requireNonNull(result, "result");
        return isWarranted(result.grade(), baselineGrade)
                ? Optional.of(new LabAdverseEventProposal(result.term(), result.meddraCode(), result.grade(),
                        baselineGrade, result.criterion()))
                : Optional.empty();
    }
}
