package org.vigia.study.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
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

    /**
     * Whether this is the age criterion: NUMERIC, in years, and named as age ("Age ≥18 and <80 years", not
     * "recurrence at least 1 year after radical therapy"). Its value is computed from the subject, never typed.
     */
    public boolean isAge() {
        return type == CriterionType.NUMERIC && unit != null && unit.toLowerCase(java.util.Locale.ROOT).contains("year")
                && label != null && label.toLowerCase(java.util.Locale.ROOT).matches("(^|.*\\W)age\\W.*");
    }

    /** The {@link LabTest} named by {@code labTest}, if any. */
    public Optional<LabTest> findLabTest() {
        return LabTest.byCode(labTest);
    }

    /** e.g. "≥ 1.5 10^9/L", "≤ 2.5 ×ULN", "≥ 18 and < 80 years" (English, for the API). */
    public String thresholdText() {
        return thresholdLabel().english();
    }

    /**
     * The threshold as a text for the reader's language ("≥ 18 且 &lt; 80 岁"); empty for a criterion without one.
     * <pre>{@code String shown = Texts.render(criterion.thresholdLabel(), viewLocale);}</pre>
     */
    public Text thresholdLabel() {
        if (operator == null || threshold == null) {
            return Text.plain("");
        }
        String lower = operator.symbol() + " " + threshold.toPlainString();
        Object bound = upperOperator != null && upperThreshold != null
                ? Text.of(Bundle.SUBJECT, "elig.threshold.range", lower,
                        upperOperator.symbol() + " " + upperThreshold.toPlainString())
                : lower;
        return quantity(bound, unit);
    }

    /**
     * An amount with its unit: a unit symbol (10^9/L, ×ULN, ECOG) is shown as it is, a unit word ("years") in the
     * reader's language; no unit, the amount alone.
     * <pre>{@code Text age = EligibilityCriterion.quantity("44", "years"); // "44 years", "44 岁"}</pre>
     *
     * @param amount a number as plain text, or a {@link Text} (a range)
     */
    public static Text quantity(Object amount, String unit) {
        if (unit == null || unit.isBlank()) {
            return amount instanceof Text t ? t : Text.plain(String.valueOf(amount));
        }
        if ("years".equals(unit)) {
            return Text.of(Bundle.SUBJECT, "elig.quantity.years", amount);
        }
        return Text.of(Bundle.SUBJECT, "elig.quantity", amount, unit);
    }
}
