package org.vigia.dmc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigia.ae.AdverseEventAssessmentQuery;
import org.vigia.dmc.DmcDataset.Sex;
import org.vigia.dosing.AgentExposure;
import org.vigia.dosing.DoseModificationEvent;
import org.vigia.dosing.Exposure;
import org.vigia.dosing.StudyTreatmentQuery;
import org.vigia.dosing.StudyTreatmentQuery.SubjectTreatment;
import org.vigia.followup.StudyFollowUpQuery;
import org.vigia.followup.StudyFollowUpQuery.Death;
import org.vigia.followup.StudyFollowUpQuery.Discontinuation;
import org.vigia.followup.StudyFollowUpQuery.SubjectFollowUp;
import org.vigia.followup.SurvivalEventDates;
import org.vigia.terminology.LabTest;
import org.vigia.response.assessment.StudyResponseQuery;
import org.vigia.response.assessment.SubjectResponse;
import org.vigia.shared.PartialDate;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.DmcSettings;
import org.vigia.study.definition.StudyDefinition;

/**
 * Assembles the {@link DmcDataset} of a study at a data cut-off from the records the features keep: subjects,
 * adverse events and lab shifts from the core tables by plain SQL (aggregated in the database where that saves
 * work); treatment and exposure from the dosing feature ({@link StudyTreatmentQuery}, the same exposure
 * computation as the dosing screen); causality and action taken from the AE feature
 * ({@link AdverseEventAssessmentQuery}); treatment end, study exit, deaths and disease events from the follow-up
 * feature ({@link StudyFollowUpQuery}); responses from the response feature ({@link StudyResponseQuery}, the same
 * computation as the response screen and API).
 *
 * <p>Definitions, stated on the report's cover:
 * <ul>
 *   <li>a subject is screened when screened on or before the cut-off, enrolled when enrolled on or before it
 *       (a later enrolment counts as still screening), a screen failure when its status is screen failure;</li>
 *   <li>treated (safety population) = at least one administration given of a study agent of the subject's arm, or
 *       one fraction of a radiotherapy course of the arm's phases (radiotherapy is study treatment where the study
 *       definition puts it in the arm), on or before the cut-off;</li>
 *   <li>treatment-emergent adverse event = onset on or after the first study treatment and no later than the
 *       definition's {@code dmc.treatmentEmergentDays} (30 in the shipped definitions) after the last; a partial onset date counts
 *       when it may lie in that window; only treatment-emergent events enter the AE tables;</li>
 *   <li>disposition from the treatment discontinuation and follow-up contact records dated on or before the
 *       cut-off; a death counts when its date and the contact reporting it are on or before the cut-off;</li>
 *   <li>a death is related to study treatment when the subject has a fatal (outcome fatal or grade 5) adverse
 *       event judged related (possible, probable, definite) to an agent or radiotherapy;</li>
 *   <li>adverse events in a status of the definition's {@code dmc.excludedAeStatuses} (lab proposals not confirmed,
 *       dismissed, deleted)
 *       are left out.</li>
 * </ul>
 * Pseudonymity: the dataset holds subject numbers, arm, age band and sex only; never the screening number,
 * consent date or year of birth (subjects never enrolled are keyed {@code #<database id>}, which no table
 * shows). The result is deterministic: rows are read in a fixed order and the report sorts them anyway.
 */
@Stateless
public class DmcDataSource {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DmcDataSource.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyService studies;

    @Inject
    private StudyTreatmentQuery treatmentQuery;

    @Inject
    private AdverseEventAssessmentQuery assessmentQuery;

    @Inject
    private StudyFollowUpQuery followUpQuery;

    @Inject
    private StudyResponseQuery responseQuery;

    @Inject
    private org.vigia.form.FormLibraryRegistry forms;

    /** The dataset of {@code study} at {@code cutOff}; notes on the cover are written in {@code locale}. */
    public DmcDataset assemble(Study study, LocalDate cutOff, Locale locale) {
        DmcMessages msg = new DmcMessages(locale);
        String version = studies.versionOn(study.getId(), cutOff).getDefinitionVersion();
        StudyDefinition definition = studies.definition(study.getId(), version);
        DmcDataset.Settings settings = settings(definition);
        List<String> notes = new ArrayList<>();
        notes.add(msg.get("note.cutOff"));
        notes.add(msg.get("note.treated"));
        notes.add(msg.get("note.treatmentEmergent", Integer.toString(settings.treatmentEmergentDays())));

        long t0 = System.nanoTime();
        List<SubjectRow> rows = subjects(study.getId(), cutOff);
        Map<Long, String> numbers = new LinkedHashMap<>();
        Map<Long, LocalDate> enrolled = new LinkedHashMap<>();
        Map<Long, String> armOf = new HashMap<>();
        rows.stream().filter(SubjectRow::enrolled).forEach(r -> {
            numbers.put(r.id(), r.subjectNumber());
            enrolled.put(r.id(), r.enrolledOn());
            armOf.put(r.id(), r.armId());
        });

        long t1 = System.nanoTime();
        Map<Long, SubjectTreatment> treatment = treatmentQuery.treatment(study.getId(), definition, armOf, cutOff);
        long t2 = System.nanoTime();
        Map<Long, SubjectFollowUp> followUp = followUpQuery.followUp(study.getId(), cutOff);
        long t3 = System.nanoTime();
        Map<Long, AdverseEventAssessmentQuery.Assessment> assessments = assessmentQuery.assessments(study.getId(), cutOff);
        long t4 = System.nanoTime();
        Map<Long, SubjectResponse> responses = new HashMap<>();
        responseQuery.responses(study.getId(), cutOff, null).forEach(r -> responses.put(r.subjectId(), r));

        long t5 = System.nanoTime();
        List<AeRow> aeRows = adverseEvents(study.getId(), cutOff, definition.dmc());
        long t6 = System.nanoTime();
        Set<Long> relatedDeath = new HashSet<>();
        for (AeRow ae : aeRows) {
            AdverseEventAssessmentQuery.Assessment a = assessments.get(ae.id());
            if (ae.fatal() && a != null && a.related()) {
                relatedDeath.add(ae.subjectId());
            }
        }

        List<DmcDataset.Arm> arms = new ArrayList<>(DmcDefinitionMapping.arms(definition));
        definition.arms().stream().filter(a -> DmcDefinitionMapping.labelledById(a.id(), a.name()))
                .forEach(a -> notes.add(msg.get("note.arm", a.id(), a.name())));
        Set<String> armCodes = arms.stream().map(DmcDataset.Arm::code).collect(Collectors.toSet());
        rows.stream().filter(SubjectRow::enrolled).map(SubjectRow::armId)
                .filter(a -> a != null && armCodes.add(a)).sorted().forEach(a -> arms.add(new DmcDataset.Arm(a, a)));

        List<DmcDataset.Subject> subjects = new ArrayList<>();
        List<DmcDataset.TimeToEvent> times = new ArrayList<>();
        for (SubjectRow r : rows) {
            SubjectTreatment t = treatment.get(r.id());
            SubjectFollowUp f = followUp.getOrDefault(r.id(), StudyFollowUpQuery.none());
            DmcDataset.Subject subject = r.toDataset(t, f, relatedDeath.contains(r.id()));
            subjects.add(subject);
            if (subject.enrolled()) {
                times.addAll(timesToEvent(definition, subject, r, t, f, responses.get(r.id())));
            }
        }
        long treatedCount = subjects.stream().filter(DmcDataset.Subject::treated).count();
        if (!enrolled.isEmpty() && treatedCount == 0) {
            notes.add(msg.get("note.noTreatmentRecorded"));
        }
        notes.add(msg.get("note.progression"));

        List<DmcDataset.Exposure> exposures = new ArrayList<>();
        Map<String, String> agentLabels = agentLabels(definition);
        treatment.values().stream().filter(SubjectTreatment::treated).sorted(Comparator.comparing(SubjectTreatment::subjectId))
                .forEach(t -> exposures.addAll(exposures(numbers.get(t.subjectId()), t, agentLabels)));

        List<DmcDataset.Response> bors = new ArrayList<>();
        responses.values().stream().filter(r -> numbers.containsKey(r.subjectId()))
                .sorted(Comparator.comparing(SubjectResponse::subjectId))
                .forEach(r -> bors.add(new DmcDataset.Response(numbers.get(r.subjectId()),
                        DmcDataset.BestOverallResponse.valueOf(r.bestOverallResponse().name()))));

        DmcDefinitionMapping.unsupportedStoppingRules(definition).forEach(r -> notes.add(
                msg.get("note.stoppingRuleNotEvaluated", r.id(), r.description() == null ? r.metric() : r.description())));
        List<LabTest> shiftTests = new ArrayList<>();
        for (String code : definition.dmc().labShiftTests()) {
            try {
                shiftTests.add(LabTest.valueOf(code));
            } catch (IllegalArgumentException e) {
                notes.add(msg.get("note.labTestUnknown", code));
            }
        }
        notes.add(msg.get("note.labs"));

        long t7 = System.nanoTime();
        List<DmcDataset.LabShift> shifts = labShifts(study.getId(), cutOff, numbers, shiftTests);
        long t8 = System.nanoTime();
        DmcDataset dataset = new DmcDataset(study.getRegistryId(), study.getTitle(), version, cutOff, arms,
                DmcDefinitionMapping.stoppingRules(definition), DmcDefinitionMapping.endpointDefinitions(definition),
                subjects, exposures,
                treatmentEmergent(aeRows, assessments, treatment, numbers, settings.treatmentEmergentDays(), agentLabels),
                shifts, bors, times, notes, settings, qualityOfLife(numbers, definition, cutOff));
        long t9 = System.nanoTime();
        LOG.info(() -> String.format(Locale.ROOT, "DMC dataset %s at %s in %d ms: subjects %d, treatment %d, follow-up %d,"
                        + " AE assessments %d, responses %d, adverse events %d, lab shifts %d, the rest %d",
                study.getRegistryId(), cutOff, ms(t0, t9), ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5),
                ms(t5, t6), ms(t7, t8), ms(t6, t7) + ms(t8, t9)));
        return dataset;
    }

    /**
     * The scored questionnaires of the enrolled subjects completed by the cut-off: every form record whose form has a
     * group that names an instrument (the QoL form), its scores ({@link org.vigia.form.FormScores}: the same as the
     * screens show) dated by the form's first date item, the time point named as the visit is in the definition.
     */
    private List<DmcDataset.QolScore> qualityOfLife(Map<Long, String> numbers, StudyDefinition definition,
                                                    LocalDate cutOff) {
        org.vigia.form.definition.FormLibrary library = forms.library();
        List<String> scored = library.all().stream()
                .filter(f -> f.groups().stream().anyMatch(g -> g.instrument() != null))
                .map(org.vigia.form.definition.FormDefinition::oid).distinct().toList();
        if (numbers.isEmpty() || scored.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.subject_id, r.visit_code, r.form_oid, r.form_version,"
                        + " v.group_oid, v.repeat_index, v.item_oid, v.value_text FROM form_record r"
                        + " JOIN form_item_value v ON v.form_record_id = r.id WHERE r.subject_id IN ("
                        + numbers.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))
                        + ") AND r.form_oid IN (" + scored.stream().map(o -> "'" + o + "'").collect(Collectors.joining(","))
                        + ") ORDER BY r.id").getResultList(); // ids are numbers, OIDs [A-Z0-9_] (checked when read)
        Map<Long, Object[]> records = new LinkedHashMap<>();
        Map<Long, Map<String, String>> values = new HashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            records.putIfAbsent(id, r);
            values.computeIfAbsent(id, k -> new HashMap<>()).put(r[5] + "[" + r[6] + "]." + r[7], (String) r[8]);
        }
        List<DmcDataset.QolScore> out = new ArrayList<>();
        records.forEach((id, r) -> {
            var form = library.version((String) r[3], ((Number) r[4]).intValue()).orElse(null);
            if (form == null) {
                return;
            }
            LocalDate date = form.groups().stream().filter(g -> !g.repeating())
                    .flatMap(g -> g.items().stream().filter(i -> i.type() == org.vigia.form.definition.ItemType.DATE)
                            .map(i -> values.get(id).get(g.oid() + "[0]." + i.oid())))
                    .filter(java.util.Objects::nonNull).findFirst().map(LocalDate::parse).orElse(null);
            if (date == null || date.isAfter(cutOff)) {
                return;
            }
            String number = numbers.get(((Number) r[1]).longValue());
            String timePoint = visitName(definition, (String) r[2]);
            org.vigia.form.FormScores.of(form, values.get(id)).forEach((instrument, scales) -> scales.forEach(
                    (scale, score) -> {
                        if (score != null) {
                            out.add(new DmcDataset.QolScore(number, timePoint, date, instrument, scale, score));
                        }
                    }));
        });
        return out;
    }

    /** The name of a planned visit from its code: {@code TA3} of the definition's {@code TA{n}} is its name with 3. */
    static String visitName(StudyDefinition definition, String code) {
        for (var v : definition.visits()) {
            if (v.code().equals(code)) {
                return v.name();
            }
            int at = v.code().indexOf("{n}");
            if (at >= 0) {
                String before = v.code().substring(0, at);
                String after = v.code().substring(at + 3);
                if (code.startsWith(before) && code.endsWith(after) && code.length() > before.length() + after.length()) {
                    String n = code.substring(before.length(), code.length() - after.length());
                    if (n.chars().allMatch(Character::isDigit)) {
                        return v.name().contains("{n}") ? v.name().replace("{n}", n) : v.name() + " " + n;
                    }
                }
            }
        }
        return code;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The DMC settings of the definition (every one required from schema 2; schema 1 has its defaults). */
    static DmcDataset.Settings settings(StudyDefinition definition) {
        DmcSettings dmc = definition.dmc();
        return new DmcDataset.Settings(dmc.landmarkYears(), dmc.mostFrequentTerms(), dmc.treatmentEmergentDays(),
                dmc.safetySummariesByArm());
    }

    // ------------------------------------------------------------------ exposure

    /**
     * The report's label of each agent of the definition (exposure blocks, causality by agent in the SAE listing): its
     * name, or, when another agent of the study has the same name (NCT07041788: induction and concurrent cisplatin, two
     * agents with their own doses), the name and the phases that give it, so that each agent keeps its own exposure
     * block and causality instead of one per name.
     */
    static Map<String, String> agentLabels(StudyDefinition definition) {
        Map<String, Long> byName = definition.agents().stream()
                .collect(Collectors.groupingBy(a -> Objects.toString(a.name(), a.id()), Collectors.counting()));
        Map<String, String> labels = new HashMap<>();
        for (org.vigia.study.definition.Agent agent : definition.agents()) {
            String name = Objects.toString(agent.name(), agent.id());
            if (byName.get(name) < 2) {
                labels.put(agent.id(), name);
                continue;
            }
            Set<String> phases = new java.util.TreeSet<>();
            definition.arms().forEach(arm -> arm.phases().stream()
                    .filter(p -> p.administrations().stream().anyMatch(a -> a.agent().equals(agent.id())))
                    .forEach(p -> phases.add(p.name() == null || p.name().isBlank() ? p.id() : p.name())));
            labels.put(agent.id(), name + " (" + (phases.isEmpty() ? agent.id() : String.join(", ", phases)) + ")");
        }
        return labels;
    }

    private static List<DmcDataset.Exposure> exposures(String subjectNumber, SubjectTreatment t,
                                                       Map<String, String> agentLabels) {
        List<DmcDataset.Exposure> result = new ArrayList<>();
        for (AgentExposure a : t.agents()) {
            Exposure e = a.exposure();
            if (e.administrations() == 0) {
                continue; // held or discontinued only: not exposed to the agent
            }
            String stopped = e.modifications().stream()
                    .filter(m -> m.kind() == DoseModificationEvent.Kind.DISCONTINUATION)
                    .map(m -> m.reason() == null ? "" : m.reason().strip())
                    .findFirst().orElse(null);
            result.add(new DmcDataset.Exposure(subjectNumber, agentLabels.getOrDefault(a.agentId(), a.agentName()),
                    e.cycles(),
                    e.relativeDoseIntensityPercent() == null ? null
                            : e.relativeDoseIntensityPercent().movePointLeft(2),
                    e.holds(), e.reductions(), stopped, t.deviationsByAgent().getOrDefault(a.agentId(), 0),
                    e.cumulativeDoseMg(), "mg"));
        }
        for (StudyTreatmentQuery.CourseDelivery c : t.radiotherapy()) {
            result.add(new DmcDataset.Exposure(subjectNumber, c.courseName(),
                    c.fractions(), null, 0, 0, null, 0, c.totalGy(), "Gy"));
        }
        return result;
    }

    // ------------------------------------------------------------------ time to event

    private static List<DmcDataset.TimeToEvent> timesToEvent(StudyDefinition definition, DmcDataset.Subject subject,
                                                             SubjectRow r, SubjectTreatment t, SubjectFollowUp f,
                                                             SubjectResponse response) {
        List<DmcDataset.TimeToEvent> result = new ArrayList<>();
        LocalDate cut = r.cutOff();
        SurvivalEventDates survival = f.survival(r.id(), r.subjectNumber(), r.armId(), r.enrolledOn(),
                t == null ? null : t.firstTreatment(), t == null ? null : t.lastTreatment());
        Map<String, LocalDate> events = new HashMap<>(survival.eventDates());
        if (response != null && response.progressionDate() != null) {
            events.merge("PROGRESSION", response.progressionDate(), (a, b) -> a.isBefore(b) ? a : b);
        }
        LocalDate lastKnown = survival.lastKnownAlive();
        if (response != null && response.lastEvaluableDate() != null
                && (lastKnown == null || response.lastEvaluableDate().isAfter(lastKnown)) && survival.deathDate() == null) {
            lastKnown = response.lastEvaluableDate();
        }
        for (org.vigia.study.definition.Endpoint e : definition.endpoints()) {
            if (e.type() != org.vigia.study.definition.EndpointType.TIME_TO_EVENT) {
                continue;
            }
            DmcDataset.Endpoint endpoint = endpointOf(e.id());
            if (endpoint == null || endpoint == DmcDataset.Endpoint.DOR) {
                continue;
            }
            LocalDate origin = "FIRST_DOSE".equals(e.origin()) ? subject.firstDoseDate() : r.enrolledOn();
            if (origin == null) {
                continue;
            }
            LocalDate event = e.events().stream().map(events::get).filter(Objects::nonNull)
                    .filter(d -> !d.isAfter(cut)).min(Comparator.naturalOrder()).orElse(null);
            LocalDate censor = lastKnown == null || lastKnown.isAfter(cut) ? (lastKnown == null ? origin : cut) : lastKnown;
            LocalDate end = event != null ? event : censor;
            long days = ChronoUnit.DAYS.between(origin, end);
            result.add(new DmcDataset.TimeToEvent(subject.subjectNumber(), endpoint, (int) Math.max(0, days),
                    event != null));
        }
        if (response != null && response.durationOfResponseDays() != null && response.bestOverallResponse().isObjectiveResponse()) {
            result.add(new DmcDataset.TimeToEvent(subject.subjectNumber(), DmcDataset.Endpoint.DOR,
                    Math.max(0, response.durationOfResponseDays()),
                    !Boolean.TRUE.equals(response.durationOfResponseCensored())));
        }
        return result;
    }

    private static DmcDataset.Endpoint endpointOf(String id) {
        for (DmcDataset.Endpoint e : DmcDataset.Endpoint.values()) {
            if (e.name().equalsIgnoreCase(id)) {
                return e;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ subjects

    /** A subject row as read; only what the DMC may see, plus the database id to join on. */
    private record SubjectRow(long id, String subjectNumber, String sex, int birthYear, String status, String armId,
                              LocalDate screenedOn, LocalDate enrolledOn, LocalDate cutOff) {

        boolean enrolled() {
            return subjectNumber != null && enrolledOn != null && !enrolledOn.isAfter(cutOff);
        }

        DmcDataset.Subject toDataset(SubjectTreatment t, SubjectFollowUp f, boolean relatedDeath) {
            boolean in = enrolled();
            Death death = f.death().orElse(null);
            LocalDate lost = f.lostToFollowUpOn().orElse(null);
            Discontinuation end = f.discontinuation().orElse(null);
            boolean treated = in && t != null && t.treated();
            return new DmcDataset.Subject(in ? subjectNumber : "#" + id, in ? armId : null,
                    DmcDefinitionMapping.ageBand(birthYear, in ? enrolledOn : screenedOn),
                    "F".equals(sex) ? Sex.FEMALE : "M".equals(sex) ? Sex.MALE : Sex.UNKNOWN,
                    null, !in && "SCREEN_FAILED".equals(status), in ? enrolledOn : null,
                    treated ? t.firstTreatment() : null, treated ? t.lastTreatment() : null,
                    treated && end != null ? end.date() : null,
                    treated && end != null ? end.reason() : null,
                    in && lost != null ? lost : null,
                    in && lost != null ? "LOST_TO_FOLLOW_UP" : null,
                    in && death != null ? death.date() : null,
                    in && death != null ? deathCause(death) : null,
                    in && death != null && relatedDeath);
        }

        /** The cause's code, with the text typed after ": " (the report shows the code in its language). */
        private static String deathCause(Death death) {
            String cause = death.cause();
            String text = death.causeText();
            return text == null || text.isBlank() ? cause : cause + ": " + text.strip();
        }
    }

    private List<SubjectRow> subjects(long studyId, LocalDate cutOff) {
        List<?> rows = em.createNativeQuery("SELECT id, subject_number, sex, birth_year, status, arm_id, screened_on,"
                        + " enrolled_on FROM subject WHERE study_id = ?1 AND screened_on <= ?2 ORDER BY id")
                .setParameter(1, studyId).setParameter(2, java.sql.Date.valueOf(cutOff)).getResultList();
        List<SubjectRow> result = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            result.add(new SubjectRow(num(r[0]), (String) r[1], (String) r[2], (int) num(r[3]), (String) r[4],
                    (String) r[5], date(r[6]), date(r[7]), cutOff));
        }
        return result;
    }

    // ------------------------------------------------------------------ adverse events

    /** An adverse event of an enrolled subject with onset on or before the cut-off, not excluded by status. */
    private record AeRow(long id, long subjectId, String soc, String term, int worstGrade, boolean serious,
                         boolean immuneRelated, String outcome, PartialDate onset, String seriousCriteria) {
        boolean fatal() {
            return "FATAL".equalsIgnoreCase(outcome) || worstGrade == 5;
        }
    }

    private List<AeRow> adverseEvents(long studyId, LocalDate cutOff, DmcSettings dmc) {
        // ISO partial dates compare as text: "2027-06" <= "2027-06-30" holds exactly when its earliest day does
        List<?> rows = em.createNativeQuery("SELECT ae.id, ae.subject_id, ae.soc, ae.term, ae.worst_grade, ae.serious,"
                        + " ae.immune_related, ae.outcome, ae.onset, ae.status, ae.serious_criteria FROM adverse_event ae"
                        + " JOIN subject s ON s.id = ae.subject_id"
                        + " WHERE s.study_id = ?1 AND s.subject_number IS NOT NULL AND s.enrolled_on <= ?2"
                        + " AND ae.onset <= ?3 ORDER BY ae.id")
                .setParameter(1, studyId).setParameter(2, java.sql.Date.valueOf(cutOff))
                .setParameter(3, cutOff.toString()).getResultList();
        List<AeRow> events = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            String status = (String) r[9];
            if (dmc.excludes(status)) {
                continue;
            }
            events.add(new AeRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (int) num(r[4]), bool(r[5]),
                    bool(r[6]), (String) r[7], PartialDate.parse((String) r[8]), (String) r[10]));
        }
        return events;
    }

    /**
     * The treatment-emergent adverse events of treated subjects: onset (its latest possible day) on or after the
     * first study treatment and (its earliest possible day) no later than {@code windowDays} after the last.
     */
    private static List<DmcDataset.AdverseEvent> treatmentEmergent(List<AeRow> rows,
                                                                   Map<Long, AdverseEventAssessmentQuery.Assessment> assessments,
                                                                   Map<Long, SubjectTreatment> treatment,
                                                                   Map<Long, String> numbers, int windowDays,
                                                                   Map<String, String> agentLabels) {
        List<DmcDataset.AdverseEvent> events = new ArrayList<>();
        for (AeRow ae : rows) {
            SubjectTreatment t = treatment.get(ae.subjectId());
            String number = numbers.get(ae.subjectId());
            if (number == null || t == null || !t.treated()) {
                continue;
            }
            if (ae.onset().latest().isBefore(t.firstTreatment())
                    || ae.onset().earliest().isAfter(t.lastTreatment().plusDays(windowDays))) {
                continue;
            }
            AdverseEventAssessmentQuery.Assessment a = assessments.get(ae.id());
            int grade = a != null && a.worstGradeUpTo() != null ? a.worstGradeUpTo() : ae.worstGrade();
            if (grade < 1 || grade > 5) {
                continue;
            }
            LocalDate onset = ae.onset().earliest().isBefore(t.firstTreatment()) ? t.firstTreatment() : ae.onset().earliest();
            events.add(new DmcDataset.AdverseEvent(number, ae.soc(), ae.term(), grade, ae.serious(),
                    a != null && a.related(), ae.immuneRelated(), a != null && a.ledToDiscontinuation(),
                    ae.fatal(), DmcDefinitionMapping.studyDay(t.firstTreatment(), onset),
                    blankToNull(ae.seriousCriteria()), blankToNull(ae.outcome()), attribution(a, agentLabels)));
        }
        return events;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Causality per agent as codes: "Cisplatin (Induction ...)=PROBABLE;RADIOTHERAPY=UNLIKELY" (agents by their
     * report label; the report words the codes in its language).
     */
    private static String attribution(AdverseEventAssessmentQuery.Assessment a, Map<String, String> agentLabels) {
        if (a == null || a.attributions().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (AdverseEventAssessmentQuery.Attribution at : a.attributions()) {
            parts.add((at.radiotherapy() ? at.agentId() : agentLabels.getOrDefault(at.agentId(), at.agentName())) + "="
                    + (at.causality() == null ? "" : at.causality().name()));
        }
        return String.join(";", parts);
    }

    // ------------------------------------------------------------------ lab shifts

    /**
     * Baseline and worst on-treatment CTCAE grade per enrolled subject and shift test, aggregated in SQL:
     * baseline = the latest result flagged baseline (else the latest on or before enrolment), worst = the
     * highest grade of results collected after enrolment and not flagged baseline; results up to the cut-off,
     * graded results only (grade 0 = normal; lab grades above 4 count as 4).
     */
    private List<DmcDataset.LabShift> labShifts(long studyId, LocalDate cutOff, Map<Long, String> numbers,
                                                List<LabTest> shiftTests) {
        if (shiftTests.isEmpty()) {
            return List.of();
        }
        String tests = shiftTests.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(","));
        String sql = "WITH graded AS ("
                + " SELECT l.subject_id, l.test_code, l.collected_on, l.baseline, LEAST(l.ctcae_grade, 4) AS grade,"
                + " s.enrolled_on FROM lab_result l JOIN subject s ON s.id = l.subject_id"
                + " WHERE s.study_id = ?1 AND s.subject_number IS NOT NULL AND s.enrolled_on <= ?2"
                + " AND l.collected_on <= ?2 AND l.ctcae_grade IS NOT NULL AND l.test_code IN (" + tests + ")),"
                + " base AS (SELECT subject_id, test_code, grade, ROW_NUMBER() OVER (PARTITION BY subject_id, test_code"
                + " ORDER BY baseline DESC, collected_on DESC, grade DESC) AS rn FROM graded"
                + " WHERE baseline = TRUE OR collected_on <= enrolled_on),"
                + " worst AS (SELECT subject_id, test_code, MAX(grade) AS grade FROM graded"
                + " WHERE baseline = FALSE AND collected_on > enrolled_on GROUP BY subject_id, test_code),"
                + " pairs AS (SELECT DISTINCT subject_id, test_code FROM graded)"
                + " SELECT p.subject_id, p.test_code, b.grade, w.grade FROM pairs p"
                + " LEFT JOIN base b ON b.subject_id = p.subject_id AND b.test_code = p.test_code AND b.rn = 1"
                + " LEFT JOIN worst w ON w.subject_id = p.subject_id AND w.test_code = p.test_code"
                + " ORDER BY p.subject_id, p.test_code";
        List<?> rows = em.createNativeQuery(sql).setParameter(1, studyId)
                .setParameter(2, java.sql.Date.valueOf(cutOff)).getResultList();
        List<DmcDataset.LabShift> shifts = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            shifts.add(new DmcDataset.LabShift(numbers.get(num(r[0])), LabTest.valueOf((String) r[1]),
                    r[2] == null ? null : (int) num(r[2]), r[3] == null ? null : (int) num(r[3])));
        }
        return shifts;
    }

    // ------------------------------------------------------------------ column values

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
