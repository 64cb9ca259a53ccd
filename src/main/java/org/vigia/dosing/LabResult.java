package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One laboratory result offered to the pre-cycle gate, as entered: test code, value, unit and the local upper
 * limit of normal (in the same unit as the value; needed only for criteria expressed as ×ULN).
 *
 * @param test        lab test code as in {@link org.vigia.terminology.LabTest} ("ANC", "PLT", "ALT", ...), case-insensitive
 * @param value       the result
 * @param unit        the unit of {@code value} and {@code uln} ("10^9/L", "/mm3", "U/L", ...)
 * @param uln         local upper limit of normal, or null
 * @param collectedOn date the sample was drawn; null is treated as undated, which fails the window check
 */
public record LabResult(String test, BigDecimal value, String unit, BigDecimal uln, LocalDate collectedOn) {
    public LabResult {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(value, "value");
    }
}
