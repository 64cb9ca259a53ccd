package org.vigia.study.definition;

import java.math.BigDecimal;
import java.util.Objects;
import org.vigia.terminology.LabTest;

/**
 * One laboratory condition a subject must meet before a cycle, either absolute (ANC ≥1.5 ×10⁹/L: threshold 1.5,
 * unit "10^9/L") or relative to the upper limit of normal (ALT ≤2.5×ULN: threshold 2.5, {@code timesUln: true}).
 * YAML: {@code {test: ANC, comparison: AT_LEAST, threshold: 1.5, unit: "10^9/L", source: "..."}}.
 *
 * @param test       the lab test
 * @param comparison at least / at most, inclusive
 * @param threshold  the limit, in {@code unit}, or a multiple of ULN
 * @param unit       unit of an absolute threshold (any unit {@link LabTest} accepts for the test); null for ×ULN
 * @param timesUln   true when the threshold is a multiple of the upper limit of normal
 * @param source     the protocol sentence the criterion comes from
 * @param assumption true when the criterion is not in the protocol text
 * @param note       why, for an assumption
 */
public record LabCriterion(LabTest test, LabComparison comparison, BigDecimal threshold, String unit,
                           boolean timesUln, String source, boolean assumption, String note) {

    public LabCriterion {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
        if (!timesUln && (unit == null || !test.accepts(unit))) {
            throw new IllegalArgumentException("Criterion on " + test + " needs a unit among " + test.units()
                    + ", was '" + unit + "'");
        }
        DefinitionChecks.requireSourceOrAssumption("lab criterion " + test, source, assumption, note);
    }

    /** An absolute criterion from the protocol. */
    public static LabCriterion absolute(LabTest test, LabComparison comparison, String threshold, String unit, String source) {
        return new LabCriterion(test, comparison, new BigDecimal(threshold), unit, false, source, false, null);
    }

    /** A ×ULN criterion from the protocol. */
    public static LabCriterion relativeToUln(LabTest test, LabComparison comparison, String multiple, String source) {
        return new LabCriterion(test, comparison, new BigDecimal(multiple), null, true, source, false, null);
    }

    /** The threshold in the test's canonical unit (absolute criteria only). */
    public BigDecimal canonicalThreshold() {
        return test.toCanonical(threshold, unit);
    }

    /** "≥1.5 10^9/L" or "≤2.5×ULN". */
    public String describe() {
        String t = threshold.stripTrailingZeros().toPlainString();
        return comparison.symbol() + t + (timesUln ? "×ULN" : " " + unit);
    }
}
