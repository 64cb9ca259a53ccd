package org.vigia.dmc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigia.terminology.LabTest;

/**
 * Everything the DMC safety report is built from, frozen at a data cut-off: the study's identity and
 * definition version, its arms and stopping rules, and pseudonymous subject-level data (subject number, arm,
 * age band, sex — never names, initials or dates of birth).
 *
 * <p>Source: the DMC issue (disposition, exposure, AE, lab shift, stopping rule and efficacy tables) and,
 * for the stopping rule and EFS, NCT07041788 ("A predefined stopping rule triggers early termination if
 * treatment-related mortality ≥2%"; EFS from enrolment to the first of progression, recurrence or death
 * from any cause). The caller (the DMC service) fills it from the database; nothing here reads a database.
 *
 * <p>Nullable fields are documented as such; every list may be empty but not null. Order of the lists does
 * not matter: the report and its {@linkplain DmcReport#checksum() checksum} sort everything themselves.
 *
 * @param studyRegistryId     registry identifier, e.g. {@code NCT07041788}
 * @param studyTitle          study title for the cover
 * @param definitionVersion   version of the study definition in force (e.g. {@code "1.2"})
 * @param cutOffDate          data cut-off date; only data up to this date belongs in the dataset
 * @param arms                arms in display order (a single-arm study has one)
 * @param stoppingRules       stopping rules from the study definition
 * @param endpointDefinitions definition and censoring rule text of each time-to-event endpoint (optional;
 *                            the report falls back to generic text from its resource bundle)
 * @param subjects            every screened subject
 * @param exposures           one row per subject and agent
 * @param adverseEvents       one row per adverse event (at its worst grade)
 * @param labShifts           one row per subject and lab test
 * @param responses           best overall response per subject
 * @param timesToEvent        one row per subject and endpoint
 * @param notes               statements about the data printed on the cover (e.g. which parts are not yet
 *                            recorded in Vigia); not part of the data checksum
 * @param settings            the study's DMC settings ({@link Settings#DEFAULT} when it states none)
 * @param qualityOfLife       one row per subject, questionnaire time point and scale that could be scored (empty
 *                            when the study collects no scored questionnaire)
 */
public record DmcDataset(
        String studyRegistryId,
        String studyTitle,
        String definitionVersion,
        LocalDate cutOffDate,
        List<Arm> arms,
        List<StoppingRule> stoppingRules,
        List<EndpointDefinition> endpointDefinitions,
        List<Subject> subjects,
        List<Exposure> exposures,
        List<AdverseEvent> adverseEvents,
        List<LabShift> labShifts,
        List<Response> responses,
        List<TimeToEvent> timesToEvent,
        List<String> notes,
        Settings settings,
        List<QolScore> qualityOfLife) {

    /** A dataset without quality-of-life scores (a study that collects none). */
    public DmcDataset(String studyRegistryId, String studyTitle, String definitionVersion, LocalDate cutOffDate,
                      List<Arm> arms, List<StoppingRule> stoppingRules, List<EndpointDefinition> endpointDefinitions,
                      List<Subject> subjects, List<Exposure> exposures, List<AdverseEvent> adverseEvents,
                      List<LabShift> labShifts, List<Response> responses, List<TimeToEvent> timesToEvent,
                      List<String> notes, Settings settings) {
        this(studyRegistryId, studyTitle, definitionVersion, cutOffDate, arms, stoppingRules, endpointDefinitions,
                subjects, exposures, adverseEvents, labShifts, responses, timesToEvent, notes, settings, List.of());
    }

    /**
     * One scored scale of one questionnaire of a subject (EORTC scoring manual, 0-100).
     *
     * @param subjectNumber the subject (pseudonymous number)
     * @param timePoint     the visit's name (e.g. "End of induction", "Tumour assessment 3")
     * @param date          the date the questionnaire was completed
     * @param instrument    the questionnaire, e.g. {@code EORTC_QLQ_C30}
     * @param scale         the scale or item, e.g. {@code QL2}
     * @param score         the score
     */
    public record QolScore(String subjectNumber, String timePoint, LocalDate date, String instrument, String scale,
                           java.math.BigDecimal score) {
        public QolScore {
            Objects.requireNonNull(subjectNumber, "subjectNumber");
            Objects.requireNonNull(timePoint, "timePoint");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(scale, "scale");
            Objects.requireNonNull(score, "score");
        }
    }

    /** A study arm (or non-randomised cohort); {@code code} is what subject rows refer to. */
    public record Arm(String code, String label) {
        public Arm {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
        }
    }

    /** Kinds of stopping rule the report evaluates. */
    public enum StoppingRuleType {
        /**
         * Deaths judged related to study treatment / subjects treated ≥ threshold (NCT07041788: 2%).
         * Numerator: subjects with {@link Subject#deathRelatedToTreatment()}; denominator: treated subjects.
         */
        TREATMENT_RELATED_MORTALITY
    }

    /**
     * A stopping rule of the study definition.
     *
     * @param type        what is measured
     * @param threshold   proportion that triggers the rule when reached (≥), e.g. {@code 0.02}
     * @param description the protocol's wording, printed as a footnote
     */
    public record StoppingRule(StoppingRuleType type, BigDecimal threshold, String description) {
        public StoppingRule {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(threshold, "threshold");
            if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
            }
        }

        /** Subjects counted in the numerator (TREATMENT_RELATED_MORTALITY: treated, dead, death related). */
        public boolean counts(Subject s) {
            return s.treated() && s.dead() && s.deathRelatedToTreatment();
        }

        /** Reached: {@code events / treated >= threshold}, compared exactly; never with no treated subject. */
        public boolean reached(int events, int treated) {
            return treated > 0 && BigDecimal.valueOf(events).compareTo(threshold.multiply(BigDecimal.valueOf(treated))) >= 0;
        }
    }

    /**
     * Time-to-event endpoints of the efficacy snapshot: those a study definition names by these ids (OS, PFS, EFS,
     * distant metastasis-free and locoregional recurrence-free survival), and the duration of response among
     * responders (DOR, from the first response).
     */
    public enum Endpoint { OS, PFS, EFS, DMFS, LRRFS, DOR }

    /**
     * Wording of an endpoint as the study defines it, printed under the Kaplan–Meier summary.
     *
     * @param definition    e.g. NCT07041788 EFS: "time from enrolment to the first of disease progression,
     *                      recurrence or death from any cause"
     * @param censoringRule e.g. "subjects without an event are censored at the last tumour assessment"
     */
    public record EndpointDefinition(Endpoint endpoint, String definition, String censoringRule) {
        public EndpointDefinition {
            Objects.requireNonNull(endpoint, "endpoint");
        }
    }

    /** Sex as recorded on the CRF. */
    public enum Sex { FEMALE, MALE, UNKNOWN }

    /**
     * A screened subject (pseudonymous).
     *
     * @param subjectNumber                  study subject number, unique
     * @param armCode                        arm, or null when never assigned (screen failure)
     * @param ageBand                        e.g. {@code "50-59"}; never a date of birth
     * @param sex                            sex
     * @param screeningDate                  informed consent / screening date (nullable)
     * @param screenFailure                  true if the subject failed screening
     * @param enrolmentDate                  enrolment (or randomisation) date; null if not enrolled
     * @param firstDoseDate                  first dose of any study drug; null if never treated
     * @param lastDoseDate                   last dose of any study drug up to the cut-off (nullable)
     * @param treatmentEndDate               date study treatment was discontinued; null while on treatment
     * @param treatmentDiscontinuationReason reason treatment was discontinued (null while on treatment)
     * @param studyExitDate                  date the subject left the study (withdrawal, lost to follow-up);
     *                                       null while on study; not set for death
     * @param studyExitReason                reason for leaving the study (nullable)
     * @param deathDate                      date of death, null if alive at cut-off
     * @param deathCause                     cause of death (nullable)
     * @param deathRelatedToTreatment        investigator judged the death related to study treatment
     */
    public record Subject(
            String subjectNumber,
            String armCode,
            String ageBand,
            Sex sex,
            LocalDate screeningDate,
            boolean screenFailure,
            LocalDate enrolmentDate,
            LocalDate firstDoseDate,
            LocalDate lastDoseDate,
            LocalDate treatmentEndDate,
            String treatmentDiscontinuationReason,
            LocalDate studyExitDate,
            String studyExitReason,
            LocalDate deathDate,
            String deathCause,
            boolean deathRelatedToTreatment) {

        public Subject {
            Objects.requireNonNull(subjectNumber, "subjectNumber");
            Objects.requireNonNull(sex, "sex");
        }

        /** Enrolled: has an enrolment date. */
        public boolean enrolled() {
            return enrolmentDate != null;
        }

        /** Treated (safety population): received at least one dose. */
        public boolean treated() {
            return firstDoseDate != null;
        }

        /** Dead at the cut-off. */
        public boolean dead() {
            return deathDate != null;
        }
    }

    /**
     * Exposure to one agent for one subject.
     *
     * @param agent                 agent name, e.g. {@code "Cisplatin"}
     * @param cyclesReceived        number of cycles with at least one dose of the agent
     * @param relativeDoseIntensity delivered / planned dose intensity as a fraction (1.00 = 100%); nullable
     * @param doseHolds             number of holds (delays/omissions) of the agent
     * @param doseReductions        number of dose reductions of the agent
     * @param discontinuationReason reason the agent was stopped permanently; null if not discontinued
     * @param dosingDeviations      number of dosing protocol deviations (wrong dose, out-of-window)
     * @param cumulativeDose        total dose given up to the cut-off, in {@code doseUnit} (nullable)
     * @param doseUnit              "mg" for drugs, "Gy" for radiotherapy (then {@code cyclesReceived} counts
     *                              fractions); null when no cumulative dose is known
     */
    public record Exposure(String subjectNumber, String agent, int cyclesReceived, BigDecimal relativeDoseIntensity,
                           int doseHolds, int doseReductions, String discontinuationReason, int dosingDeviations,
                           BigDecimal cumulativeDose, String doseUnit) {

        /** An exposure without a cumulative dose. */
        public Exposure(String subjectNumber, String agent, int cyclesReceived, BigDecimal relativeDoseIntensity,
                        int doseHolds, int doseReductions, String discontinuationReason, int dosingDeviations) {
            this(subjectNumber, agent, cyclesReceived, relativeDoseIntensity, doseHolds, doseReductions,
                    discontinuationReason, dosingDeviations, null, null);
        }

        /** Radiotherapy: {@code cyclesReceived} counts fractions, the cumulative dose is in Gy. */
        public boolean radiotherapy() {
            return "Gy".equals(doseUnit);
        }

        public Exposure {
            Objects.requireNonNull(subjectNumber, "subjectNumber");
            Objects.requireNonNull(agent, "agent");
            if (cyclesReceived < 0 || doseHolds < 0 || doseReductions < 0 || dosingDeviations < 0) {
                throw new IllegalArgumentException("negative count in exposure of " + subjectNumber);
            }
        }
    }

    /**
     * One adverse event at its worst CTCAE v5.0 grade.
     *
     * @param systemOrganClass     MedDRA SOC as in CTCAE v5.0 (e.g. "Gastrointestinal disorders")
     * @param term                 CTCAE term (e.g. "Nausea")
     * @param worstGrade           1–5
     * @param serious              meets an ICH E2A seriousness criterion
     * @param treatmentRelated     related to any study treatment
     * @param immuneRelated        immune-related (irAE)
     * @param ledToDiscontinuation led to permanent discontinuation of any study drug
     * @param fatal                outcome fatal (grade 5 is taken as fatal too)
     * @param onsetStudyDay        study day of onset (day 1 = first dose)
     * @param seriousnessCriteria  SAE criteria, e.g. "Hospitalisation" (nullable)
     * @param outcome              outcome, e.g. "Recovered" (nullable)
     * @param attribution          causality per agent and radiotherapy, e.g. "Cisplatin: probable; Radiotherapy:
     *                             unlikely" (nullable)
     */
    public record AdverseEvent(String subjectNumber, String systemOrganClass, String term, int worstGrade,
                               boolean serious, boolean treatmentRelated, boolean immuneRelated,
                               boolean ledToDiscontinuation, boolean fatal, int onsetStudyDay,
                               String seriousnessCriteria, String outcome, String attribution) {

        /** An adverse event without its attribution text. */
        public AdverseEvent(String subjectNumber, String systemOrganClass, String term, int worstGrade,
                            boolean serious, boolean treatmentRelated, boolean immuneRelated,
                            boolean ledToDiscontinuation, boolean fatal, int onsetStudyDay,
                            String seriousnessCriteria, String outcome) {
            this(subjectNumber, systemOrganClass, term, worstGrade, serious, treatmentRelated, immuneRelated,
                    ledToDiscontinuation, fatal, onsetStudyDay, seriousnessCriteria, outcome, null);
        }

        public AdverseEvent {
            Objects.requireNonNull(subjectNumber, "subjectNumber");
            Objects.requireNonNull(systemOrganClass, "systemOrganClass");
            Objects.requireNonNull(term, "term");
            if (worstGrade < 1 || worstGrade > 5) {
                throw new IllegalArgumentException("CTCAE grade must be 1-5: " + worstGrade);
            }
        }

        /** Fatal outcome or grade 5. */
        public boolean fatalOutcome() {
            return fatal || worstGrade == 5;
        }
    }

    /**
     * Baseline and worst on-treatment CTCAE grade of one lab test for one subject (grade 0 = normal).
     *
     * @param baselineGrade         0–4, null if no baseline value
     * @param worstOnTreatmentGrade 0–4, null if no on-treatment value
     */
    public record LabShift(String subjectNumber, LabTest test, Integer baselineGrade, Integer worstOnTreatmentGrade) {
        public LabShift {
            Objects.requireNonNull(subjectNumber, "subjectNumber");
            Objects.requireNonNull(test, "test");
            checkGrade(baselineGrade);
            checkGrade(worstOnTreatmentGrade);
        }

        private static void checkGrade(Integer grade) {
            if (grade != null && (grade < 0 || grade > 4)) {
                throw new IllegalArgumentException("lab grade must be 0-4: " + grade);
            }
        }
    }

    /**
     * RECIST 1.1 best overall response (NE = not evaluable; NON_CR_NON_PD for subjects with non-target disease
     * only). Objective response and disease control as {@code org.vigia.response.RecistResponse} defines them.
     */
    public enum BestOverallResponse {
        CR, PR, SD, NON_CR_NON_PD, PD, NE;

        /** CR or PR. */
        public boolean objectiveResponse() {
            return org.vigia.response.RecistResponse.valueOf(name()).isObjectiveResponse();
        }

        /** CR, PR, SD or NON_CR_NON_PD. */
        public boolean diseaseControl() {
            return org.vigia.response.RecistResponse.valueOf(name()).isDiseaseControl();
        }
    }

    /** Best overall response of one subject. */
    public record Response(String subjectNumber, BestOverallResponse bestOverallResponse) {
        public Response {
            Objects.requireNonNull(subjectNumber, "subjectNumber");
            Objects.requireNonNull(bestOverallResponse, "bestOverallResponse");
        }
    }

    /**
     * Time from enrolment to event or censoring for one endpoint.
     *
     * @param days  days from enrolment (enrolment day = 0)
     * @param event true if the event occurred, false if censored
     */
    public record TimeToEvent(String subjectNumber, Endpoint endpoint, int days, boolean event) {
        public TimeToEvent {
            Objects.requireNonNull(subjectNumber, "subjectNumber");
            Objects.requireNonNull(endpoint, "endpoint");
            if (days < 0) {
                throw new IllegalArgumentException("days must be >= 0: " + days);
            }
        }
    }

    /**
     * The study definition's DMC settings the report applies (definition {@code dmc}): years of the landmark
     * survival rates, the number of most frequent AE terms, and the treatment-emergent window (days after the
     * last study treatment), and whether the summary tables have a column per arm (definition
     * {@code dmc.safetySummariesByArm}; otherwise the total only).
     */
    public record Settings(List<Integer> landmarkYears, int mostFrequentTerms, int treatmentEmergentDays,
                           boolean summariesByArm) {
        /** Landmarks at 1 and 2 years, 10 most frequent terms, 30 days, a column per arm. */
        public static final Settings DEFAULT = new Settings(List.of(1, 2), 10, 30, true);

        public Settings {
            landmarkYears = List.copyOf(landmarkYears);
            if (mostFrequentTerms < 1 || treatmentEmergentDays < 0 || landmarkYears.stream().anyMatch(y -> y < 1)) {
                throw new IllegalArgumentException("invalid DMC settings");
            }
        }
    }

    public DmcDataset {
        Objects.requireNonNull(studyRegistryId, "studyRegistryId");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(studyTitle, "studyTitle");
        Objects.requireNonNull(definitionVersion, "definitionVersion");
        Objects.requireNonNull(cutOffDate, "cutOffDate");
        arms = List.copyOf(arms);
        stoppingRules = List.copyOf(stoppingRules);
        endpointDefinitions = List.copyOf(endpointDefinitions);
        subjects = List.copyOf(subjects);
        exposures = List.copyOf(exposures);
        adverseEvents = List.copyOf(adverseEvents);
        labShifts = List.copyOf(labShifts);
        responses = List.copyOf(responses);
        timesToEvent = List.copyOf(timesToEvent);
        notes = notes == null ? List.of() : List.copyOf(notes);
        qualityOfLife = qualityOfLife == null ? List.of() : List.copyOf(qualityOfLife);
        Set<String> armCodes = new HashSet<>();
        for (Arm arm : arms) {
            if (!armCodes.add(arm.code())) {
                throw new IllegalArgumentException("duplicate arm code " + arm.code());
            }
        }
        Set<String> numbers = new HashSet<>();
        for (Subject s : subjects) {
            if (!numbers.add(s.subjectNumber())) {
                throw new IllegalArgumentException("duplicate subject number " + s.subjectNumber());
            }
            if (s.armCode() != null && !armCodes.contains(s.armCode())) {
                throw new IllegalArgumentException("subject " + s.subjectNumber() + " has unknown arm " + s.armCode());
            }
        }
        exposures.forEach(e -> requireKnown(numbers, e.subjectNumber()));
        adverseEvents.forEach(e -> requireKnown(numbers, e.subjectNumber()));
        labShifts.forEach(e -> requireKnown(numbers, e.subjectNumber()));
        responses.forEach(e -> requireKnown(numbers, e.subjectNumber()));
        timesToEvent.forEach(e -> requireKnown(numbers, e.subjectNumber()));
    }

    /** A dataset with the default settings. */
    public DmcDataset(String studyRegistryId, String studyTitle, String definitionVersion, LocalDate cutOffDate,
                      List<Arm> arms, List<StoppingRule> stoppingRules, List<EndpointDefinition> endpointDefinitions,
                      List<Subject> subjects, List<Exposure> exposures, List<AdverseEvent> adverseEvents,
                      List<LabShift> labShifts, List<Response> responses, List<TimeToEvent> timesToEvent,
                      List<String> notes) {
        this(studyRegistryId, studyTitle, definitionVersion, cutOffDate, arms, stoppingRules, endpointDefinitions,
                subjects, exposures, adverseEvents, labShifts, responses, timesToEvent, notes, Settings.DEFAULT);
    }

    /** A dataset without notes. */
    public DmcDataset(String studyRegistryId, String studyTitle, String definitionVersion, LocalDate cutOffDate,
                      List<Arm> arms, List<StoppingRule> stoppingRules, List<EndpointDefinition> endpointDefinitions,
                      List<Subject> subjects, List<Exposure> exposures, List<AdverseEvent> adverseEvents,
                      List<LabShift> labShifts, List<Response> responses, List<TimeToEvent> timesToEvent) {
        this(studyRegistryId, studyTitle, definitionVersion, cutOffDate, arms, stoppingRules, endpointDefinitions,
                subjects, exposures, adverseEvents, labShifts, responses, timesToEvent, List.of());
    }

    private static void requireKnown(Set<String> numbers, String subjectNumber) {
        if (!numbers.contains(subjectNumber)) {
            throw new IllegalArgumentException("row refers to unknown subject " + subjectNumber);
        }
    }
}
