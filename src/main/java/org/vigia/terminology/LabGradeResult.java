package org.vigia.terminology;

import java.util.Objects;
import java.util.Optional;

/**
 * The CTCAE v5.0 grade a lab value reaches for one term, and the clause of the grade text that gave it.
 *
 * @param term       CTCAE term as spelled by NCI, e.g. "Neutrophil count decreased"
 * @param meddraCode MedDRA code of the term
 * @param grade      CTCAE grade 1–4, or 0 when no grade applies (value within limits, or between ULN and the
 *                   first abnormal-baseline threshold)
 * @param criterion  the exact clause of the CTCAE grade text the grade came from, e.g. "&lt;1500 - 1000/mm3";
 *                   empty for grade 0
 */
public record LabGradeResult(String term, String meddraCode, int grade, String criterion) {

    public LabGradeResult {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(meddraCode, "meddraCode");
        Objects.requireNonNull(criterion, "criterion");
        if (grade < 0 || grade > 5) {
            throw new IllegalArgumentException("grade must be 0-5: " + grade);
        }
        if ((grade == 0) != criterion.isEmpty()) {
            throw new IllegalArgumentException("A criterion is given exactly for grades 1-5");
        }
    }

    /** A result with no grade for {@code term}. */
    public static LabGradeResult notGraded(String term, String meddraCode) {
        return new LabGradeResult(term, meddraCode, 0, "");
    }

    /** Whether the value reaches Grade 1 or worse. */
    public boolean isGraded() {
        return grade > 0;
    }

    /** The criterion, empty for grade 0. */
    public Optional<String> criterionIfGraded() {
        return criterion.isEmpty() ? Optional.empty() : Optional.of(criterion);
    }
}
