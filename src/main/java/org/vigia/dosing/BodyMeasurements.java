package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The measurements a planned dose is computed from: the subject's height, the latest weight, and the BSA last used
 * for a dose (if any), which is kept unless the weight has changed by 10 % or more since.
 *
 * @param heightCm      measured height, cm (needed for BSA-based doses; may be null for mg/kg and flat doses)
 * @param weightKg      latest weight, kg (needed for BSA- and weight-based doses; may be null for flat doses)
 * @param previousBasis the BSA used for the previous BSA-based dose, or null for the first dose
 */
public record BodyMeasurements(BigDecimal heightCm, BigDecimal weightKg, BsaBasis previousBasis) {

    /** First dose: no previous BSA. */
    public static BodyMeasurements of(BigDecimal heightCm, BigDecimal weightKg) {
        return new BodyMeasurements(heightCm, weightKg, null);
    }

    /** Later dose: the BSA last used is kept unless the weight changed by ≥10 %. */
    public static BodyMeasurements of(BigDecimal heightCm, BigDecimal weightKg, BsaBasis previousBasis) {
        return new BodyMeasurements(heightCm, weightKg, Objects.requireNonNull(previousBasis, "previousBasis"));
    }

    public Optional<BsaBasis> findPreviousBasis() {
        return Optional.ofNullable(previousBasis);
    }
}
