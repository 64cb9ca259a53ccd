package org.vigia.dosing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.math.MathContext;
import java.util.Objects;
import org.vigia.shared.clinical.BodySurfaceArea;
import org.vigia.shared.clinical.BodySurfaceAreaFormula;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.DoseScope;
import org.vigia.study.definition.DoseBasis;

/**
 * Computes the planned dose of an agent from its protocol dose and the subject's body size.
 * <ul>
 *   <li>mg/m²: protocol dose × BSA. The BSA (0.01 m², NCT07041788 "precise to 0.01m²") is recomputed from the
 *       current height and the latest weight when there is no previous BSA or the weight differs from the weight
 *       that previous BSA was computed with by 10 % or more (|w − w₀| ≥ 0.10 × w₀); otherwise the previous BSA is
 *       kept. Mosteller by default, DuBois selectable.</li>
 *   <li>mg/kg: protocol dose × latest weight (e.g. iparomlimab/tuvonralimab 5 mg/kg, ivonescimab 10 mg/kg).</li>
 *   <li>mg (flat): the protocol dose (e.g. pembrolizumab 200 mg, anti-PD-1 240 mg).</li>
 * </ul>
 * The percent of the full dose (dose level) is then applied: planned = full × percent / 100. Both the full and the
 * planned dose are rounded half-up to 0.1 mg ({@link #MG_SCALE}); the planned dose is computed from the unrounded
 * full dose. Radiotherapy ({@link DoseBasis#GY}) is not a drug dose and is refused.
 * <pre>{@code
 * PlannedDose d = new DoseCalculator(BodySurfaceAreaFormula.MOSTELLER, new BigDecimal("10")).plannedDose(DoseBasis.MG_PER_M2, new BigDecimal("75"), new BigDecimal("100"),
 *         BodyMeasurements.of(new BigDecimal("170"), new BigDecimal("70")));
 * d.plannedDoseMg(); // 136.5
 * }</pre>
 */
public final class DoseCalculator {

    /** Decimal places of a dose in mg. */
    public static final int MG_SCALE = 1;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final BodySurfaceAreaFormula formula;
    private final BigDecimal weightChangePercent;

    /**
     * @param formula             the study's BSA formula ({@code bsa.formula})
     * @param weightChangePercent the relative weight change, in percent, from which the BSA is recomputed
     *                            ({@code dosing.bsaWeightChangePercent}: 10)
     */
    public DoseCalculator(BodySurfaceAreaFormula formula, BigDecimal weightChangePercent) {
        this.formula = Objects.requireNonNull(formula, "formula");
        this.weightChangePercent = Objects.requireNonNull(weightChangePercent, "weightChangePercent");
        if (weightChangePercent.signum() <= 0) {
            throw new IllegalArgumentException("weightChangePercent must be > 0");
        }
    }

    public BodySurfaceAreaFormula formula() {
        return formula;
    }

    /**
     * The planned dose for the protocol dose at the given percent of full dose.
     *
     * @param basis        mg/m², mg/kg or flat mg
     * @param protocolDose the dose as written in the protocol (75 for 75 mg/m²)
     * @param dosePercent  percent of the full dose (100 for the full dose, 80 after a −20 % reduction)
     * @param measurements height, latest weight and the previous BSA (height and weight needed as the basis requires)
     * @throws IllegalArgumentException for {@link DoseBasis#GY}, a non-positive dose or percent, or a missing measurement
     */
    public PlannedDose plannedDose(DoseBasis basis, BigDecimal protocolDose, BigDecimal dosePercent,
                                   BodyMeasurements measurements) {
        return plannedDose(basis, protocolDose, dosePercent, measurements, null);
    }

    private PlannedDose plannedDose(DoseBasis basis, BigDecimal protocolDose, BigDecimal dosePercent,
                                    BodyMeasurements measurements, String doseWording) {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(measurements, "measurements");
        requirePositive(protocolDose, "protocolDose");
        requirePositive(dosePercent, "dosePercent");
        String percentText = dosePercent.stripTrailingZeros().toPlainString();
        String doseText = doseWording != null ? doseWording : protocolDose.stripTrailingZeros().toPlainString();
        BigDecimal full;
        BsaBasis bsaBasis = null;
        boolean recalculated = false;
        BigDecimal weightUsed = null;
        String working;
        switch (basis) {
            case MG_PER_M2 -> {
                BsaBasis previous = measurements.previousBasis();
                bsaBasis = bodySurfaceArea(measurements.heightCm(), measurements.weightKg(), previous);
                recalculated = previous == null || bsaBasis != previous;
                full = protocolDose.multiply(bsaBasis.bsaM2());
                working = doseText + " mg/m² × " + bsaBasis.bsaM2().toPlainString() + " m² ("
                        + label(bsaBasis.formula()) + ", " + plain(bsaBasis.heightCm()) + " cm, "
                        + plain(bsaBasis.weightKg()) + " kg" + (recalculated ? "" : ", previous BSA kept: weight "
                        + plain(measurements.weightKg()) + " kg changed by less than 10 %") + ")";
            }
            case MG_PER_KG -> {
                weightUsed = requirePositive(measurements.weightKg(), "weightKg");
                full = protocolDose.multiply(weightUsed);
                working = doseText + " mg/kg × " + plain(weightUsed) + " kg";
            }
            case FLAT_MG -> {
                full = protocolDose;
                working = doseText + " mg flat";
            }
            default -> throw new IllegalArgumentException("Dose basis " + basis + " is not a drug dose in mg");
        }
        BigDecimal fullMg = full.setScale(MG_SCALE, RoundingMode.HALF_UP);
        BigDecimal plannedMg = full.multiply(dosePercent).divide(HUNDRED).setScale(MG_SCALE, RoundingMode.HALF_UP);
        working = working + " = " + fullMg.toPlainString() + " mg";
        if (dosePercent.compareTo(HUNDRED) != 0) {
            working = working + "; " + percentText + " % = " + plannedMg.toPlainString() + " mg";
        }
        return new PlannedDose(basis, protocolDose, dosePercent, bsaBasis, recalculated, weightUsed, fullMg,
                plannedMg, working);
    }

    /**
     * The BSA to use: {@code previous} itself (same instance) when the latest weight is within the study's weight
     * change (10 %) of the weight it was computed with, otherwise a new BSA from {@code heightCm} and {@code latestWeightKg}.
     *
     * @param previous the BSA used for the previous dose, or null
     */
    public BsaBasis bodySurfaceArea(BigDecimal heightCm, BigDecimal latestWeightKg, BsaBasis previous) {
        requirePositive(latestWeightKg, "weightKg");
        if (previous != null && !weightChangedEnough(previous.weightKg(), latestWeightKg)) {
            return previous;
        }
        requirePositive(heightCm, "heightCm");
        return new BsaBasis(BodySurfaceArea.calculate(formula, heightCm, latestWeightKg), heightCm, latestWeightKg, formula);
    }

    /** The formula's usual name for the working shown on screen ("Mosteller", "DuBois"). */
    public static String label(BodySurfaceAreaFormula formula) {
        return switch (formula) {
            case MOSTELLER -> "Mosteller";
            case DUBOIS -> "DuBois";
        };
    }

    /**
     * The planned dose of a study agent on one dosing day: the definition's dose, divided over the cycle's dosing
     * days when its {@code doseScope} is {@link DoseScope#PER_CYCLE_DIVIDED} (NCT07041788 concurrent cisplatin
     * 100 mg/m² over d1-3 gives 100/3 mg/m² a day), and taken {@code timesPerDay} times a day otherwise
     * (NCT06494995 capecitabine "500 mg orally twice daily", {@code timesPerDay: 2}: 1000 mg a day).
     *
     * @param dosingDays the number of dosing days of the agent in its cycle (1 when unknown)
     */
    public PlannedDose plannedDose(Agent agent, int dosingDays, BigDecimal dosePercent, BodyMeasurements measurements) {
        Objects.requireNonNull(agent, "agent");
        int times = agent.timesPerDay() == null ? 1 : agent.timesPerDay();
        if (agent.doseScope() == DoseScope.PER_CYCLE_DIVIDED && dosingDays > 1) {
            BigDecimal perDay = agent.dose().divide(BigDecimal.valueOf(dosingDays), MathContext.DECIMAL64);
            return plannedDose(agent.doseBasis(), perDay, dosePercent, measurements,
                    "(" + plain(agent.dose()) + " ÷ " + dosingDays + " days)");
        }
        if (times > 1) {
            return plannedDose(agent.doseBasis(), agent.dose().multiply(BigDecimal.valueOf(times)), dosePercent,
                    measurements, "(" + plain(agent.dose()) + " × " + times + " a day)");
        }
        return plannedDose(agent.doseBasis(), agent.dose(), dosePercent, measurements);
    }

    /** True when |latest − previous| ≥ the weight change (percent) of previous. */
    public boolean weightChangedEnough(BigDecimal previousWeightKg, BigDecimal latestWeightKg) {
        BigDecimal change = latestWeightKg.subtract(previousWeightKg).abs().multiply(HUNDRED);
        return change.compareTo(previousWeightKg.multiply(weightChangePercent)) >= 0;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal requirePositive(BigDecimal value, String name) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be given and positive, was " + value);
        }
        return value;
    }
}
