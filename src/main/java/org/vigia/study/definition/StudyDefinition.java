package org.vigia.study.definition;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A versioned study definition: everything trial-specific Vigia needs (identifiers, allocation, arms and their
 * phases, agents, radiotherapy courses, visit schedule, eligibility, response assessment, DMC, endpoints), read
 * from one YAML file per trial under config/studies/ (schema: config/studies/README.md). A protocol amendment is a
 * new {@code definitionVersion} with its own {@code effectiveFrom} date.
 * <p>
 * Every section is typed: the dosing sections {@code preCycleLabs} ({@link PreCycleLabCriteria}) and
 * {@code doseModification} ({@link DoseModificationRules}) are records like the rest (null when absent). The
 * application reads each stored version once, through {@code org.vigia.study.StudyDefinitionRegistry}.
 * <p>
 * Schema 2 ({@link #CURRENT_SCHEMA}) carries the protocol values that were code before: the baseline tumour
 * classification, the weekly radiotherapy check, the dosing tolerances, the SAE reporting window and every DMC
 * report setting. A schema 1 definition (stored before) gets the values of {@link SchemaOneDefaults}.
 * <pre>{@code
 * StudyDefinition def = StudyDefinitionReader.read(in);
 * Agent docetaxel = def.getAgent("DOCETAXEL");
 * }</pre>
 */
public record StudyDefinition(Integer schemaVersion, String registryId, List<String> secondaryIds, String title,
        String shortTitle, StudyPhase phase, String sponsor, List<String> collaborators, Integer targetEnrolment,
        String definitionVersion, LocalDate effectiveFrom, String changeSummary, String ctcaeVersion,
        Allocation allocation, BsaSettings bsa, List<Agent> agents, List<RadiotherapyCourse> radiotherapyCourses,
        List<Arm> arms, List<SubjectCondition> subjectConditions, List<EligibilityCriterion> eligibility,
        List<VisitDefinition> visits, ResponseAssessmentSettings responseAssessment, DmcSettings dmc,
        List<Endpoint> endpoints, List<SafetyContact> safetyContacts, List<String> assumptions,
        PreCycleLabCriteria preCycleLabs, DoseModificationRules doseModification,
        TumourClassification tumourClassification, RadiotherapyCheckSettings radiotherapyCheck, DosingSettings dosing,
        SafetyReportingSettings safetyReporting) {

    /** The schema of the definitions written since protocol values moved out of code. */
    public static final int CURRENT_SCHEMA = 2;

    public StudyDefinition {
        schemaVersion = schemaVersion == null ? 1 : schemaVersion;
        secondaryIds = Lists.copy(secondaryIds);
        collaborators = Lists.copy(collaborators);
        ctcaeVersion = ctcaeVersion == null ? "5.0" : ctcaeVersion;
        bsa = bsa == null ? BsaSettings.defaults() : bsa;
        agents = Lists.copy(agents);
        radiotherapyCourses = Lists.copy(radiotherapyCourses);
        arms = Lists.copy(arms);
        subjectConditions = Lists.copy(subjectConditions);
        eligibility = Lists.copy(eligibility);
        visits = Lists.copy(visits);
        endpoints = Lists.copy(endpoints);
        safetyContacts = Lists.copy(safetyContacts);
        assumptions = Lists.copy(assumptions);
        if (schemaVersion == 1) {
            tumourClassification = tumourClassification != null ? tumourClassification
                    : SchemaOneDefaults.TUMOUR_CLASSIFICATION;
            radiotherapyCheck = radiotherapyCheck != null ? radiotherapyCheck : SchemaOneDefaults.RADIOTHERAPY_CHECK;
            dosing = dosing != null ? dosing : SchemaOneDefaults.DOSING;
            safetyReporting = safetyReporting != null ? safetyReporting : SchemaOneDefaults.SAFETY_REPORTING;
            dmc = SchemaOneDefaults.dmc(dmc, endpoints);
        }
    }

    /** The weekly skin and mucosa check during radiotherapy, when the study has one. */
    public Optional<RadiotherapyCheckSettings> findRadiotherapyCheck() {
        return Optional.ofNullable(radiotherapyCheck);
    }

    public Optional<Agent> findAgent(String agentId) {
        return agents.stream().filter(a -> a.id().equals(agentId)).findFirst();
    }

    /** The agent with this id; throws {@link NoSuchElementException} if none. */
    public Agent getAgent(String agentId) {
        return findAgent(agentId).orElseThrow(() -> new NoSuchElementException(
                registryId + ": no agent '" + agentId + "'"));
    }

    /**
     * Every agent as {@code {"id","name","class","doseBasis","dose","unit"}}, followed by each radiotherapy course
     * as a RADIOTHERAPY agent (dose = Gy per fraction), so one list serves AE causality and dosing screens.
     */
    public List<AgentSummary> agentSummaries() {
        return java.util.stream.Stream.concat(agents.stream().map(Agent::summary),
                radiotherapyCourses.stream().map(RadiotherapyCourse::summary)).toList();
    }

    public Optional<Arm> findArm(String armId) {
        return arms.stream().filter(a -> a.id().equals(armId)).findFirst();
    }

    /** The arm with this id; throws {@link NoSuchElementException} if none. */
    public Arm getArm(String armId) {
        return findArm(armId).orElseThrow(() -> new NoSuchElementException(registryId + ": no arm '" + armId + "'"));
    }

    public Optional<RadiotherapyCourse> findRadiotherapyCourse(String courseId) {
        return radiotherapyCourses.stream().filter(c -> c.id().equals(courseId)).findFirst();
    }

    public Optional<EligibilityCriterion> findCriterion(String criterionId) {
        return eligibility.stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    public Optional<VisitDefinition> findVisit(String code) {
        return visits.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    public Optional<Endpoint> findEndpoint(String endpointId) {
        return endpoints.stream().filter(e -> e.id().equals(endpointId)).findFirst();
    }

    /** The primary endpoints (at least one in a valid definition). */
    public List<Endpoint> primaryEndpoints() {
        return endpoints.stream().filter(e -> e.category() == EndpointCategory.PRIMARY).toList();
    }

    /** True when the definition version applies on {@code date} (on or after {@code effectiveFrom}). */
    public boolean isEffectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom);
    }
}
