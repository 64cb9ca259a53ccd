package org.vigia.dmc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigia.dmc.DmcDataset.Sex;
import org.vigia.lab.LabTest;
import org.vigia.shared.PartialDate;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StudyDefinition;

/**
 * Assembles the {@link DmcDataset} of a study at a data cut-off from the database. Subjects, adverse events
 * and lab shifts come from the core tables ({@code subject}, {@code adverse_event}, {@code lab_result}) by
 * plain SQL, aggregated in the database where that saves work (lab shifts); exposure, causality, deaths and
 * responses come from the {@link DmcExposureSource}, {@link DmcAdverseEventAssessmentSource},
 * {@link DmcOutcomeSource} and {@link DmcResponseSource} beans.
 *
 * <p>Cut-off rules (data dated after the cut-off are left out; the date is what counts, not when the data
 * were entered, so late entry of data from before the cut-off is included):
 * <ul>
 *   <li>a subject is screened when screened on or before the cut-off, enrolled when enrolled on or before it
 *       (a later enrolment counts as still screening), a screen failure when its status is screen failure;</li>
 *   <li>an adverse event counts when its onset (partial dates at their earliest) is on or before the cut-off;
 *       lab results when collected on or before it; doses, deaths, exits, responses as their sources say;</li>
 *   <li>adverse events of subjects not enrolled at the cut-off and those in status {@link #EXCLUDED_AE_STATUSES}
 *       (lab proposals not confirmed, dismissed, deleted) are left out.</li>
 * </ul>
 * Pseudonymity: the dataset holds subject numbers, arm, age band and sex only; never the screening number,
 * consent date or year of birth (subjects never enrolled are keyed {@code #<database id>}, which no table
 * shows). The result is deterministic: rows are read in a fixed order and the report sorts them anyway.
 */
@Stateless
public class DmcDataSource {

    /** Adverse-event statuses that are not (or no longer) adverse events. */
    public static final Set<String> EXCLUDED_AE_STATUSES = Set.of("PROPOSED", "DISMISSED", "DELETED",
            "ENTERED_IN_ERROR");
    /** Lab tests of the shift tables: haematology, liver and renal function. */
    public static final List<LabTest> SHIFT_TESTS = List.of(LabTest.ANC, LabTest.PLT, LabTest.WBC, LabTest.LYM,
            LabTest.HGB, LabTest.ALT, LabTest.AST, LabTest.ALP, LabTest.GGT, LabTest.BILI, LabTest.ALB, LabTest.CREAT);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyService studies;

    @Inject
    private DmcExposureSource exposureSource;

    @Inject
    private DmcAdverseEventAssessmentSource assessmentSource;

    @Inject
    private DmcOutcomeSource outcomeSource;

    @Inject
    private DmcResponseSource responseSource;

    /** The dataset of {@code study} at {@code cutOff}; notes on the cover are written in {@code locale}. */
    public DmcDataset assemble(Study study, LocalDate cutOff, Locale locale) {
        DmcMessages msg = new DmcMessages(locale);
        String version = studies.versionOn(study.getId(), cutOff).getDefinitionVersion();
        StudyDefinition definition = studies.definition(study.getId(), version);
        List<String> notes = new ArrayList<>();
        notes.add(msg.get("note.cutOff"));

        List<SubjectRow> rows = subjects(study.getId(), cutOff);
        Map<Long, String> numbers = new LinkedHashMap<>();
        Map<Long, LocalDate> enrolled = new LinkedHashMap<>();
        rows.stream().filter(SubjectRow::enrolled).forEach(r -> {
            numbers.put(r.id(), r.subjectNumber());
            enrolled.put(r.id(), r.enrolledOn());
        });
        DmcSourceScope scope = new DmcSourceScope(study.getId(), study.getRegistryId(), cutOff, definition, numbers,
                enrolled);

        Map<Long, DmcTreatmentCourse> courses = new HashMap<>();
        if (exposureSource.available()) {
            exposureSource.treatmentCourses(scope).stream()
                    .filter(c -> numbers.containsKey(c.subjectId()) && scope.upToCutOff(c.firstDoseDate()))
                    .forEach(c -> courses.put(c.subjectId(), c));
        } else {
            enrolled.forEach((id, on) -> courses.put(id, new DmcTreatmentCourse(id, on, null, null, null)));
            notes.add(msg.get("note.treatmentFromEnrolment"));
        }
        List<String> notRecorded = new ArrayList<>();
        if (!exposureSource.available()) {
            notRecorded.add(msg.get("part.exposure"));
        }
        Map<Long, DmcSubjectOutcome> outcomes = new HashMap<>();
        outcomeSource.outcomes(scope).stream().filter(o -> numbers.containsKey(o.subjectId()))
                .forEach(o -> outcomes.put(o.subjectId(), o));
        if (!assessmentSource.available()) {
            notRecorded.add(msg.get("part.causality"));
        }
        if (!outcomeSource.available()) {
            notRecorded.add(msg.get("part.outcomes"));
        }
        if (!responseSource.available()) {
            notRecorded.add(msg.get("part.responses"));
        }
        if (!notRecorded.isEmpty()) {
            notes.add(msg.get("note.notRecorded", String.join(msg.get("note.separator"), notRecorded)));
        }

        List<DmcDataset.Arm> arms = new ArrayList<>(DmcDefinitionMapping.arms(definition));
        definition.arms().stream().filter(a -> DmcDefinitionMapping.labelledById(a.id(), a.name()))
                .forEach(a -> notes.add(msg.get("note.arm", a.id(), a.name())));
        Set<String> armCodes = arms.stream().map(DmcDataset.Arm::code).collect(Collectors.toSet());
        rows.stream().filter(SubjectRow::enrolled).map(SubjectRow::armId)
                .filter(a -> a != null && armCodes.add(a)).sorted().forEach(a -> arms.add(new DmcDataset.Arm(a, a)));

        List<DmcDataset.Subject> subjects = rows.stream()
                .map(r -> r.toDataset(courses.get(r.id()), outcomes.get(r.id()), cutOff)).toList();
        Set<String> known = subjects.stream().map(DmcDataset.Subject::subjectNumber).collect(Collectors.toSet());
        Set<String> treated = subjects.stream().filter(DmcDataset.Subject::treated)
                .map(DmcDataset.Subject::subjectNumber).collect(Collectors.toSet());

        DmcDefinitionMapping.unsupportedStoppingRules(definition).forEach(r -> notes.add(
                msg.get("note.stoppingRuleNotEvaluated", r.id(), r.description() == null ? r.metric() : r.description())));
        notes.add(msg.get("note.labs"));

        return new DmcDataset(study.getRegistryId(), study.getTitle(), version, cutOff, arms,
                DmcDefinitionMapping.stoppingRules(definition), DmcDefinitionMapping.endpointDefinitions(definition),
                subjects,
                exposureSource.exposures(scope).stream().filter(e -> treated.contains(e.subjectNumber())).toList(),
                adverseEvents(scope, courses),
                labShifts(scope),
                responseSource.responses(scope).stream().filter(r -> known.contains(r.subjectNumber())).toList(),
                responseSource.timesToEvent(scope).stream().filter(t -> known.contains(t.subjectNumber())).toList(),
                notes);
    }

    // ------------------------------------------------------------------ subjects

    /** A subject row as read; only what the DMC may see, plus the database id to join on. */
    private record SubjectRow(long id, String subjectNumber, String sex, int birthYear, String status, String armId,
                              LocalDate screenedOn, LocalDate enrolledOn, LocalDate cutOff) {

        boolean enrolled() {
            return subjectNumber != null && enrolledOn != null && !enrolledOn.isAfter(cutOff);
        }

        DmcDataset.Subject toDataset(DmcTreatmentCourse course, DmcSubjectOutcome outcome, LocalDate cut) {
            boolean in = enrolled();
            LocalDate death = outcome != null && outcome.deathDate() != null && !outcome.deathDate().isAfter(cut)
                    ? outcome.deathDate() : null;
            LocalDate exit = outcome != null && death == null && outcome.studyExitDate() != null
                    && !outcome.studyExitDate().isAfter(cut) ? outcome.studyExitDate() : null;
            LocalDate end = course != null && course.treatmentEndDate() != null
                    && !course.treatmentEndDate().isAfter(cut) ? course.treatmentEndDate() : null;
            LocalDate lastDose = course == null ? null : course.lastDoseDate() != null
                    && !course.lastDoseDate().isAfter(cut) ? course.lastDoseDate() : null;
            return new DmcDataset.Subject(in ? subjectNumber : "#" + id, in ? armId : null,
                    DmcDefinitionMapping.ageBand(birthYear, in ? enrolledOn : screenedOn),
                    "F".equals(sex) ? Sex.FEMALE : "M".equals(sex) ? Sex.MALE : Sex.UNKNOWN,
                    null, !in && "SCREEN_FAILED".equals(status), in ? enrolledOn : null,
                    in && course != null ? course.firstDoseDate() : null, in ? lastDose : null,
                    in ? end : null, in && end != null ? course.discontinuationReason() : null,
                    in ? exit : null, in && exit != null ? outcome.studyExitReason() : null,
                    in ? death : null, in && death != null ? outcome.deathCause() : null,
                    in && death != null && outcome.deathRelatedToTreatment());
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

    private List<DmcDataset.AdverseEvent> adverseEvents(DmcSourceScope scope, Map<Long, DmcTreatmentCourse> courses) {
        Map<Long, DmcAdverseEventAssessment> assessments = new HashMap<>();
        assessmentSource.assessments(scope).forEach(a -> assessments.put(a.adverseEventId(), a));
        // ISO partial dates compare as text: "2027-06" <= "2027-06-30" holds exactly when its earliest day does
        List<?> rows = em.createNativeQuery("SELECT ae.id, ae.subject_id, ae.soc, ae.term, ae.worst_grade, ae.serious,"
                        + " ae.immune_related, ae.outcome, ae.onset, ae.status FROM adverse_event ae"
                        + " JOIN subject s ON s.id = ae.subject_id"
                        + " WHERE s.study_id = ?1 AND s.subject_number IS NOT NULL AND s.enrolled_on <= ?2"
                        + " AND ae.onset <= ?3 ORDER BY ae.id")
                .setParameter(1, scope.studyId()).setParameter(2, java.sql.Date.valueOf(scope.cutOff()))
                .setParameter(3, scope.cutOff().toString()).getResultList();
        List<DmcDataset.AdverseEvent> events = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            String status = (String) r[9];
            if (status != null && EXCLUDED_AE_STATUSES.contains(status.toUpperCase(Locale.ROOT))) {
                continue;
            }
            long id = num(r[0]);
            long subjectId = num(r[1]);
            DmcAdverseEventAssessment a = assessments.get(id);
            int grade = a != null && a.worstGradeAtCutOff() != null ? a.worstGradeAtCutOff() : (int) num(r[4]);
            if (grade < 1 || grade > 5) {
                continue;
            }
            String outcome = (String) r[7];
            LocalDate onset = PartialDate.parse((String) r[8]).earliest();
            DmcTreatmentCourse course = courses.get(subjectId);
            LocalDate day1 = course != null ? course.firstDoseDate() : scope.enrolmentDates().get(subjectId);
            events.add(new DmcDataset.AdverseEvent(scope.subjectNumbers().get(subjectId), (String) r[2],
                    (String) r[3], grade, bool(r[5]), a != null && a.treatmentRelated(), bool(r[6]),
                    a != null && a.ledToDiscontinuation(), "FATAL".equalsIgnoreCase(outcome),
                    DmcDefinitionMapping.studyDay(day1, onset), a == null ? null : a.seriousnessCriteria(),
                    outcome));
        }
        return events;
    }

    // ------------------------------------------------------------------ lab shifts

    /**
     * Baseline and worst on-treatment CTCAE grade per enrolled subject and shift test, aggregated in SQL:
     * baseline = the latest result flagged baseline (else the latest on or before enrolment), worst = the
     * highest grade of results collected after enrolment and not flagged baseline; results up to the cut-off,
     * graded results only (grade 0 = normal; lab grades above 4 count as 4).
     */
    private List<DmcDataset.LabShift> labShifts(DmcSourceScope scope) {
        String tests = SHIFT_TESTS.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(","));
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
        List<?> rows = em.createNativeQuery(sql).setParameter(1, scope.studyId())
                .setParameter(2, java.sql.Date.valueOf(scope.cutOff())).getResultList();
        List<DmcDataset.LabShift> shifts = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            shifts.add(new DmcDataset.LabShift(scope.subjectNumbers().get(num(r[0])), LabTest.valueOf((String) r[1]),
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
