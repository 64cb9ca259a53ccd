package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the dosing form takes a subject's latest height and weight from. The default implementation
 * ({@link DosingFormMeasurements}) reads what was entered on the dosing form itself; a baseline/vital-signs
 * feature replaces it with a CDI {@code @Alternative @Priority(...)} bean reading its own forms.
 */
public interface BodyMeasurementsSource {

    /** The latest measurements on or before {@code date}, if any. */
    Optional<Measured> latest(Long subjectId, LocalDate date);

    /**
     * Height and weight with the date they were measured.
     *
     * @param heightCm height, cm, or null when not known
     * @param weightKg weight, kg, or null when not known
     * @param on       date of the weight
     * @param source   where they come from ("dosing form", "baseline")
     */
    record Measured(BigDecimal heightCm, BigDecimal weightKg, LocalDate on, String source) {
    }
}
