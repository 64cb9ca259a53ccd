package org.vigia.study.definition;

import java.math.BigDecimal;

/**
 * Study-wide dosing tolerances (YAML section {@code dosing}): how far a given dose may depart from the recommended
 * one without a documented reason (percent, inclusive: exactly the tolerance is accepted), and from which relative
 * weight change the body surface area is recomputed for mg/m² doses (percent of the weight the BSA was computed
 * with, inclusive).
 * <pre>{@code
 * DosingSettings s = definition.dosing();
 * s.doseTolerancePercent();          // 5
 * s.bsaWeightChangePercent();        // 10
 * }</pre>
 *
 * @param doseTolerancePercent   tolerance of a dose against the recommendation, percent (≥ 0)
 * @param bsaWeightChangePercent weight change that recomputes the BSA, percent (&gt; 0)
 */
public record DosingSettings(BigDecimal doseTolerancePercent, BigDecimal bsaWeightChangePercent, String source,
        boolean assumption, String note) {
}
