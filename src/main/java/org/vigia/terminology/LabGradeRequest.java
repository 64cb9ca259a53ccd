package org.vigia.terminology;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A lab result to grade against one CTCAE v5.0 term, with the lab's normal limits and the patient's baseline.
 * <p>
 * {@code value}, {@code lln}, {@code uln} and {@code baseline} are all in {@code unit}. Only the term, value and unit
 * are required; the grader asks for a normal limit or baseline only when the rule that decides needs it.
 * <pre>{@code
 * LabGradeRequest r = LabGradeRequest.of("Neutrophil count decreased", new BigDecimal("1499"), "/mm3")
 *         .withLln(new BigDecimal("2000"));
 * }</pre>
 *
 * @param term        CTCAE term, e.g. "Hypocalcemia" (case-insensitive)
 * @param test        the measurement, needed only for a term graded by several (Hypocalcemia and Hypercalcemia:
 *                    {@link LabTest#CA} corrected serum calcium or {@link LabTest#CA_ION} ionized calcium); may be
 *                    {@code null}
 * @param value       the result
 * @param unit        unit of value, lln, uln and baseline, e.g. "/mm3", "10^9/L", "g/dL", "U/L"
 * @param lln         lower limit of normal, or {@code null}
 * @param uln         upper limit of normal, or {@code null}
 * @param baseline    the patient's baseline value, or {@code null} (for the xBaseline rules)
 * @param symptomatic whether the patient has signs or symptoms, {@code null} when not known (only lipase,
 *                    amylase, hyponatremia and hypokalemia grade text depends on it)
 */
public record LabGradeRequest(String term, LabTest test, BigDecimal value, String unit, BigDecimal lln,
        BigDecimal uln, BigDecimal baseline, Boolean symptomatic) {

    public LabGradeRequest {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** A request with only the term, value and unit. */
    public static LabGradeRequest of(String term, BigDecimal value, String unit) {
        return new LabGradeRequest(term, null, value, unit, null, null, null, null);
    }

    /** The measurement, when given. */
    public Optional<LabTest> testIfGiven() {
        return Optional.ofNullable(test);
    }

    public LabGradeRequest withTerm(String newTerm) {
        return new LabGradeRequest(newTerm, test, value, unit, lln, uln, baseline, symptomatic);
    }

    public LabGradeRequest withValue(BigDecimal newValue) {
        return new LabGradeRequest(term, test, newValue, unit, lln, uln, baseline, symptomatic);
    }

    public LabGradeRequest withTest(LabTest newTest) {
        return new LabGradeRequest(term, newTest, value, unit, lln, uln, baseline, symptomatic);
    }

    public LabGradeRequest withLln(BigDecimal newLln) {
        return new LabGradeRequest(term, test, value, unit, newLln, uln, baseline, symptomatic);
    }

    public LabGradeRequest withUln(BigDecimal newUln) {
        return new LabGradeRequest(term, test, value, unit, lln, newUln, baseline, symptomatic);
    }

    public LabGradeRequest withNormalRange(BigDecimal newLln, BigDecimal newUln) {
        return new LabGradeRequest(term, test, value, unit, newLln, newUln, baseline, symptomatic);
    }

    public LabGradeRequest withBaseline(BigDecimal newBaseline) {
        return new LabGradeRequest(term, test, value, unit, lln, uln, newBaseline, symptomatic);
    }

    public LabGradeRequest withSymptomatic(Boolean newSymptomatic) {
        return new LabGradeRequest(term, test, value, unit, lln, uln, baseline, newSymptomatic);
    }
}
