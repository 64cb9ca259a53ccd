package org.vigia.study.definition;

import java.math.BigDecimal;

/**
 * A DMC stopping rule: when {@code metric} (e.g. {@code TREATMENT_RELATED_MORTALITY} in %) compares with the
 * threshold by the operator, {@code action} is recommended. NCT07041788: "A predefined stopping rule triggers
 * early termination if treatment-related mortality ≥2%."
 */
public record StoppingRule(String id, String metric, ComparisonOperator operator, BigDecimal threshold, String unit,
        String scope, String action, String description, String source, boolean assumption, String note) {

    /** True when the observed metric value meets the rule. */
    public boolean isTriggered(BigDecimal observed) {
        return observed != null && operator.test(observed, threshold);
    }
}
