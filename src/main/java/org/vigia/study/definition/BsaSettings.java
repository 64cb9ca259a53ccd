package org.vigia.study.definition;

import java.math.BigDecimal;
import org.vigia.shared.clinical.BodySurfaceAreaFormula;

/**
 * Body-surface-area settings for mg/m² dosing: formula (MOSTELLER default, DUBOIS selectable) and rounding
 * (0.01 m² per NCT07041788 "precise to 0.01m²").
 */
public record BsaSettings(BodySurfaceAreaFormula formula, BigDecimal roundingM2, String source, boolean assumption,
        String note) {

    public BsaSettings {
        formula = formula == null ? BodySurfaceAreaFormula.MOSTELLER : formula;
        roundingM2 = roundingM2 == null ? new BigDecimal("0.01") : roundingM2;
    }

    /** Mosteller, 0.01 m²: used when a file has no {@code bsa} section. */
    public static BsaSettings defaults() {
        return new BsaSettings(BodySurfaceAreaFormula.MOSTELLER, new BigDecimal("0.01"), null, true,
                "Default: Mosteller, rounded to 0.01 m²");
    }
}
