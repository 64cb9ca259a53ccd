package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One delivered radiotherapy fraction.
 *
 * @param date   treatment date
 * @param doseGy dose delivered, Gy
 */
public record RadiotherapyFraction(LocalDate date, BigDecimal doseGy) {
    public RadiotherapyFraction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(doseGy, "doseGy");
        if (doseGy.signum() <= 0) {
            throw new IllegalArgumentException("A fraction delivers a positive dose");
        }
    }
}
