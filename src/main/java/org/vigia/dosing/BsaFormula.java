package org.vigia.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Body surface area formulas, each giving m² rounded half-up to 0.01 m² (NCT07041788: "body surface area
 * calculated using measured height and weight, precise to 0.01m²").
 * <ul>
 *   <li>{@link #MOSTELLER} (default): √(height cm × weight kg / 3600) — Mosteller RD, N Engl J Med 1987;317:1098.</li>
 *   <li>{@link #DU_BOIS}: 0.007184 × weight kg<sup>0.425</sup> × height cm<sup>0.725</sup> — Du Bois D, Du Bois EF,
 *       Arch Intern Med 1916;17:863.</li>
 * </ul>
 * Kept deliberately small: a shared {@code org.vigia.shared.clinical.BodySurfaceArea} may replace it.
 * <pre>{@code
 * BsaFormula.MOSTELLER.bodySurfaceArea(new BigDecimal("170"), new BigDecimal("70")); // 1.82
 * }</pre>
 */
public enum BsaFormula {
    MOSTELLER("Mosteller") {
        @Override
        BigDecimal unrounded(BigDecimal heightCm, BigDecimal weightKg) {
            return heightCm.multiply(weightKg).divide(new BigDecimal("3600"), MathContext.DECIMAL64)
                    .sqrt(MathContext.DECIMAL64);
        }
    },
    DU_BOIS("DuBois") {
        @Override
        BigDecimal unrounded(BigDecimal heightCm, BigDecimal weightKg) {
            double bsa = 0.007184 * Math.pow(weightKg.doubleValue(), 0.425) * Math.pow(heightCm.doubleValue(), 0.725);
            return new BigDecimal(bsa, MathContext.DECIMAL64);
        }
    };

    private final String label;

    BsaFormula(String label) {
        this.label = label;
    }

    /** The formula's usual name, for the screen ("Mosteller", "DuBois"). */
    public String label() {
        return label;
    }

    /** Body surface area in m², rounded half-up to 0.01 m². Height and weight must be positive. */
    public BigDecimal bodySurfaceArea(BigDecimal heightCm, BigDecimal weightKg) {
        Objects.requireNonNull(heightCm, "heightCm");
        Objects.requireNonNull(weightKg, "weightKg");
        if (heightCm.signum() <= 0 || weightKg.signum() <= 0) {
            throw new IllegalArgumentException("Height and weight must be positive: " + heightCm + " cm, " + weightKg + " kg");
        }
        return unrounded(heightCm, weightKg).setScale(2, RoundingMode.HALF_UP);
    }

    abstract BigDecimal unrounded(BigDecimal heightCm, BigDecimal weightKg);
}
