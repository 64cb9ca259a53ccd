package org.vigia.lab;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.vigia.terminology.LabTest;

/**
 * A lab result as other features read it (the pre-cycle gate of dosing): test, value and unit as entered, the normal
 * range that applied in that unit, and the collection day.
 */
public record LabValue(LabTest test, BigDecimal value, String unit, BigDecimal lln, BigDecimal uln,
                       LocalDate collectedOn) {

    static LabValue of(LabResult r) {
        return new LabValue(r.getTest(), r.getValue(), r.getUnit(), r.getLln(), r.getUln(), r.getCollectedOn());
    }
}
