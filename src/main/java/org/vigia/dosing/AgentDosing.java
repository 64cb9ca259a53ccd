package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.vigia.study.definition.AgentClass;
import org.vigia.study.definition.DoseBasis;

/**
 * An agent's protocol dose, as the dosing rules need it (YAML {@code agents:} entry). Example (NCT07264075):
 * <pre>
 * - name: ivonescimab
 *   agentClass: IMMUNOTHERAPY
 *   doseBasis: MG_PER_KG
 *   dose: 10
 *   cycleLengthDays: 21
 *   infusionWindow: {targetMinutes: 60, toleranceMinutes: 10}
 *   source: "Ivonescimab (10 mg/kg iv, 60 min ± 10 min infusion, Q3W)"
 * </pre>
 *
 * @param name            agent name ("docetaxel"), the key dose decisions use
 * @param phase           treatment phase when the same agent has several doses ("induction", "concurrent"), or null
 * @param agentClass      class the dose-modification rules key on
 * @param doseBasis       mg/m², mg/kg or flat mg
 * @param dose            the protocol dose in that basis (75 for 75 mg/m²)
 * @param schedule        the schedule as written ("d1 Q3W × 3")
 * @param cycleLengthDays cycle length for dose intensity (21 for Q3W), or null
 * @param infusionWindow  allowed infusion duration, or null
 * @param source          protocol sentence
 * @param assumption      true when not in the protocol text
 * @param note            a reading of the source, or why for an assumption
 */
public record AgentDosing(String name, String phase, AgentClass agentClass, DoseBasis doseBasis, BigDecimal dose,
                          String schedule, Integer cycleLengthDays, InfusionWindow infusionWindow, String source,
                          boolean assumption, String note) {

    public AgentDosing {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agentClass, "agentClass of " + name);
        Objects.requireNonNull(doseBasis, "doseBasis of " + name);
        Objects.requireNonNull(dose, "dose of " + name);
        DefinitionChecks.requireSourceOrAssumption("agent " + name, source, assumption, note);
    }

    /** This agent's planned dose at {@code dosePercent} of full dose. */
    public PlannedDose plannedDose(DoseCalculator calculator, BigDecimal dosePercent, BodyMeasurements measurements) {
        return calculator.plannedDose(doseBasis, dose, dosePercent, measurements);
    }

    public Optional<InfusionWindow> findInfusionWindow() {
        return Optional.ofNullable(infusionWindow);
    }
}
