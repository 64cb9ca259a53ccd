package org.vigia.dosing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.AgentClass;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.RadiotherapyCourse;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.study.definition.PreCycleLabCriteria;
import org.vigia.study.definition.DoseModificationRules;

/**
 * The dosing view of a loaded {@link StudyDefinition}: the study definition is the only source of truth. Agents
 * (id, name, class, dose basis, dose, infusion window) and radiotherapy courses with their event rules come from
 * the definition's own records, and so do the two sections the dosing feature reads, {@code preCycleLabs}
 * ({@link PreCycleLabCriteria}) and {@code doseModification} ({@link DoseModificationRules}), typed and validated
 * when the definition is read. Every rule carries {@code source:} (the protocol sentence) or
 * {@code assumption: true} with a {@code note:}. Making one is cheap: nothing is parsed.
 * <pre>{@code
 * DosingDefinition d = DosingDefinition.of(registry.definition(subject.getStudyId(), subject.getDefinitionVersion()));
 * d.doseModificationPolicy().decide(...);
 * }</pre>
 *
 * @param study            the study definition
 * @param preCycleLabs     the pre-cycle lab gate, or null when the definition has none
 * @param doseModification the dose-modification table, or null when the definition has none
 */
public record DosingDefinition(StudyDefinition study, PreCycleLabCriteria preCycleLabs,
                               DoseModificationRules doseModification) {

    public DosingDefinition {
        Objects.requireNonNull(study, "study");
    }

    /** The dosing view of a study definition. */
    public static DosingDefinition of(StudyDefinition study) {
        Objects.requireNonNull(study, "study");
        return new DosingDefinition(study, study.preCycleLabs(), study.doseModification());
    }

    public String registryId() {
        return study.registryId();
    }

    /** The study's agents (drugs), from the definition. */
    public List<Agent> agents() {
        return study.agents();
    }

    public Optional<PreCycleLabCriteria> findPreCycleLabs() {
        return Optional.ofNullable(preCycleLabs);
    }

    public Optional<DoseModificationRules> findDoseModification() {
        return Optional.ofNullable(doseModification);
    }

    /** The agent whose id or name is {@code idOrName} (case-insensitive); ids win over names, first by name. */
    public Optional<Agent> findAgent(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        String key = idOrName.trim().toLowerCase(Locale.ROOT);
        return study.agents().stream().filter(a -> a.id().toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .or(() -> study.agents().stream().filter(a -> a.name().trim().toLowerCase(Locale.ROOT).equals(key))
                        .findFirst());
    }

    /** The class of an agent, by id or name. */
    public Optional<AgentClass> findAgentClass(String idOrName) {
        return findAgent(idOrName).map(Agent::agentClass);
    }

    /** The agent's allowed infusion duration, when the definition gives one. */
    public Optional<InfusionWindow> infusionWindow(Agent agent) {
        return Optional.ofNullable(agent.infusion()).map(InfusionWindow::of);
    }

    /** The radiotherapy course with this id. */
    public Optional<RadiotherapyCourse> findRadiotherapyCourse(String courseId) {
        return study.radiotherapyCourses().stream().filter(c -> c.id().equalsIgnoreCase(courseId)).findFirst();
    }

    /** The prescription of a radiotherapy course, for tracking delivery. */
    public Optional<RadiotherapyPrescription> findPrescription(String courseId) {
        return findRadiotherapyCourse(courseId).map(RadiotherapyPrescription::of);
    }

    /** Cycle length of a phase of an arm, or null when the phase is not cycled. */
    public Integer cycleLengthDays(String armId, String phaseId) {
        return study.findArm(armId).flatMap(a -> a.findPhase(phaseId)).map(TreatmentPhase::cycleLengthDays).orElse(null);
    }

    /** The first cycled phase of the arm that gives the agent, for its cycle length (exposure). */
    public Optional<TreatmentPhase> phaseGiving(String armId, String agentId) {
        return study.findArm(armId).stream().map(Arm::phases).flatMap(List::stream)
                .filter(p -> p.administrations().stream().anyMatch(a -> a.agent().equals(agentId)))
                .findFirst();
    }

    /** A policy over this definition's dose-modification table; a definition without one gives an empty table. */
    public DoseModificationPolicy doseModificationPolicy() {
        return new DoseModificationPolicy(doseModification != null ? doseModification
                : new DoseModificationRules(null, List.of(), List.of(), null, true,
                "The study definition has no doseModification section"));
    }

    /** A calculator using the definition's BSA formula ({@code bsa.formula}) and weight change ({@code dosing}). */
    public DoseCalculator doseCalculator() {
        return new DoseCalculator(study.bsa().formula(), study.dosing().bsaWeightChangePercent());
    }

    /** The dose-deviation rules with the definition's tolerance ({@code dosing.doseTolerancePercent}). */
    public DoseDeviationRules doseDeviationRules() {
        return new DoseDeviationRules(study.dosing().doseTolerancePercent());
    }

    /** The radiotherapy event rules of the definition's courses. */
    public RadiotherapyEventPolicy radiotherapyEventPolicy() {
        return new RadiotherapyEventPolicy();
    }
}
