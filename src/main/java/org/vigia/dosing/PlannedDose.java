package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.Optional;
import org.vigia.study.definition.DoseBasis;

/**
 * A planned dose in mg with the working behind it, so that the screen can show how it was reached
 * (e.g. "75 mg/m² × 1.82 m² (Mosteller, 170 cm, 70 kg) = 136.5 mg; 80 % = 109.2 mg").
 *
 * @param basis           how the protocol dose is expressed (mg/m², mg/kg, mg)
 * @param protocolDose    the protocol dose (75 for 75 mg/m²)
 * @param dosePercent     percent of the full dose applied (100, or 80 after a −20 % reduction)
 * @param bsaBasis        the BSA used (mg/m² only, else null); store it for the next dose
 * @param bsaRecalculated true when the BSA was computed for this dose (first dose, or weight changed ≥10 %);
 *                        false when the previous BSA was kept; false also for doses not based on BSA
 * @param weightKg        the weight used (mg/kg only, else null)
 * @param fullDoseMg      the 100 % dose, mg, rounded half-up to 0.1 mg
 * @param plannedDoseMg   the dose to give, full dose × percent, mg, rounded half-up to 0.1 mg
 * @param working         the calculation written out in English, for display and the audit trail
 */
public record PlannedDose(
        DoseBasis basis,
        BigDecimal protocolDose,
        BigDecimal dosePercent,
        BsaBasis bsaBasis,
        boolean bsaRecalculated,
        BigDecimal weightKg,
        BigDecimal fullDoseMg,
        BigDecimal plannedDoseMg,
        String working) {

    public Optional<BsaBasis> findBsaBasis() {
        return Optional.ofNullable(bsaBasis);
    }
}
