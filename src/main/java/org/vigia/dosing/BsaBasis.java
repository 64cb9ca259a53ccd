package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.Objects;
import org.vigia.shared.clinical.BodySurfaceAreaFormula;

/**
 * The body surface area in use for a subject and the measurements it was computed from. Stored after each
 * BSA-based dose so that the next dose can tell whether the weight has changed enough (≥10 %) to recompute it.
 *
 * @param bsaM2    body surface area, m², 0.01 precision
 * @param heightCm height used, cm
 * @param weightKg weight used, kg
 * @param formula  formula used
 */
public record BsaBasis(BigDecimal bsaM2, BigDecimal heightCm, BigDecimal weightKg, BodySurfaceAreaFormula formula) {
    public BsaBasis {
        Objects.requireNonNull(bsaM2, "bsaM2");
        Objects.requireNonNull(heightCm, "heightCm");
        Objects.requireNonNull(weightKg, "weightKg");
        Objects.requireNonNull(formula, "formula");
    }
}
