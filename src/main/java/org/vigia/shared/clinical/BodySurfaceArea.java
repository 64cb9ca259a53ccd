package org.vigia.shared.clinical;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Body surface area in m², rounded half-up to 0.01 m² ("body surface area calculated using measured height
 * and weight, precise to 0.01m²", NCT07041788 induction regimen).
 * <pre>{@code
 * BigDecimal bsa = BodySurfaceArea.calculate(BodySurfaceAreaFormula.MOSTELLER,
 *         new BigDecimal("170"), new BigDecimal("70"));   // 1.82
 * }</pre>
 * Formulas: Mosteller √(h·w/3600); DuBois 0.007184·w<sup>0.425</sup>·h<sup>0.725</sup> (h in cm, w in kg).
 */
public final class BodySurfaceArea {

    /** Precision required by NCT07041788: 0.01 m². */
    public static final int SCALE = 2;

    private BodySurfaceArea() {
    }

    /** BSA by the given formula, rounded to 0.01 m². Height in cm and weight in kg, both &gt; 0. */
    public static BigDecimal calculate(BodySurfaceAreaFormula formula, BigDecimal heightCm, BigDecimal weightKg) {
        Objects.requireNonNull(formula, "formula");
        return switch (formula) {
            case MOSTELLER -> mosteller(heightCm, weightKg);
            case DUBOIS -> duBois(heightCm, weightKg);
        };
    }

    /** Mosteller: √(height cm × weight kg / 3600), rounded to 0.01 m². */
    public static BigDecimal mosteller(BigDecimal heightCm, BigDecimal weightKg) {
        requirePositive(heightCm, "height (cm)");
        requirePositive(weightKg, "weight (kg)");
        BigDecimal product = heightCm.multiply(weightKg).divide(new BigDecimal("3600"), MathContext.DECIMAL64);
        return product.sqrt(MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** DuBois: 0.007184 × weight kg^0.425 × height cm^0.725, rounded to 0.01 m². */
    public static BigDecimal duBois(BigDecimal heightCm, BigDecimal weightKg) {
        requirePositive(heightCm, "height (cm)");
        requirePositive(weightKg, "weight (kg)");
        double value = 0.007184 * Math.pow(weightKg.doubleValue(), 0.425) * Math.pow(heightCm.doubleValue(), 0.725);
        return new BigDecimal(value, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static void requirePositive(BigDecimal value, String what) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be greater than 0, was " + value);
        }
    }
}
