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
 * @param pregnancyTestWithinDays optional: a woman's first study treatment (dose or fraction) needs a pregnancy test
 *                               record (the form of procedure PREGNANCY_TEST), negative and dated at most this many
 *                               days before, unless it says she is not of childbearing potential (NCT06494995: 7)
 */
public record DosingSettings(BigDecimal doseTolerancePercent, BigDecimal bsaWeightChangePercent,
        Integer pregnancyTestWithinDays, String source, boolean assumption, String note) {
}
