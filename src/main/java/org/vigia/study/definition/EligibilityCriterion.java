package org.vigia.study.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.vigia.terminology.LabTest;

/**
 * One eligibility criterion, with the registry sentence it comes from in {@code source}. Computable criteria hold
 * {@code operator} and {@code threshold} (and for a range {@code upperOperator}/{@code upperThreshold}, e.g. age
 * "≥ 18 and &lt; 80") exactly as the registry writes them, in the registry's {@code unit}. Criteria sharing an
 * {@code anyOf} group are alternatives (NCT07041788 "Serum creatinine ≤1.5×ULN or creatinine clearance
 * &gt;60 mL/min"). A {@code conditional} criterion may be answered "not applicable" (NCT06494995 HBV DNA applies
 * to patients with HBV infection).
 */
public record EligibilityCriterion(String id, CriterionKind kind, CriterionType type, String label, String source,
        String labTest, ComparisonOperator operator, BigDecimal threshold, ComparisonOperator upperOperator,
        BigDecimal upperThreshold, String unit, String anyOf, boolean conditional, String conditionText,
        List<AlternativeThreshold> alternatives, boolean assumption, String note) {

    public EligibilityCriterion {
        alternatives = Lists.copy(alternatives);
    }

    /** The {@link LabTest} named by {@code labTest}, if any. */
    public Optional<LabTest> findLabTest() {
        return LabTest.byCode(labTest);
    }

    /** e.g. "≥ 1.5 10^9/L", "≤ 2.5 ×ULN", "≥ 18 and < 80 years". */
    public String thresholdText() {
        if (operator == null || threshold == null) {
            return "";
        }
        String u = unit == null || unit.isBlank() ? "" : " " + unit;
        String lower = operator.symbol() + " " + threshold.toPlainString();
        if (upperOperator != null && upperThreshold != null) {
            return lower + " and " + upperOperator.symbol() + " " + upperThreshold.toPlainString() + u;
        }
        return lower + u;
    }
}
