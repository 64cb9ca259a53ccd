package org.vigia.consistency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigia.consistency.ConsistencyChecks.AeRow;
import org.vigia.consistency.ConsistencyChecks.AttributionRow;
import org.vigia.consistency.ConsistencyChecks.DoseRow;
import org.vigia.consistency.ConsistencyChecks.ScheduleSubject;
import org.vigia.consistency.ConsistencyChecks.SubjectRow;
import org.vigia.consistency.ConsistencyDateChecks.DatedRow;
import org.vigia.consistency.ConsistencyDateChecks.PdScan;
import org.vigia.consistency.ConsistencyDateChecks.PeriodRow;
import org.vigia.consistency.ConsistencyDateChecks.ProgressionRow;
import org.vigia.study.StudyDefinitionRegistry;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.subject.StudyPeriods;

/**
 * Reads the rows {@link ConsistencyChecks} needs from the tables of every clinical feature by plain SQL (as the DMC
 * data source does: the report never holds another feature's entities), one query per table for a whole study.
 * <pre>{@code
 * List<ConsistencyFinding> findings = data.findings(studyId, null); // every site
 * }</pre>
 */
@Stateless
public class ConsistencyData {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private StudyDefinitionRegistry definitions;

    /** Every finding of the study's records at {@code siteIds} (null: every site). */
    public List<ConsistencyFinding> findings(long studyId, Set<Long> siteIds) {
        Map<Long, SubjectRow> subjects = subjects(studyId, siteIds);
        List<DoseRow> doses = doses(studyId);
        List<ConsistencyFinding> out = new ArrayList<>(ConsistencyChecks.all(subjects, adverseEvents(studyId), doses,
                attributions(studyId)));
        out.addAll(ConsistencyChecks.schedule(subjects, schedules(studyId, subjects.keySet()), doses,
                scheduleDeviations(studyId)));
        out.addAll(ConsistencyDateChecks.all(subjects, periods(studyId), datedRecords(studyId), progressions(studyId),
                firstPdScans(studyId)));
        out.addAll(DerivedDataChecks.strataMismatch(subjects, randomisations(studyId)));
        out.addAll(DerivedDataChecks.eligibilityLabUnmatched(subjects, eligibilityForms(studyId)));
        return out;
    }

    /** Each subject's consent and enrolment dates and the screening window of its definition version. */
    Map<Long, PeriodRow> periods(long studyId) {
        List<?> rows = em.createNativeQuery("""
                SELECT s.id, s.consent_date, s.enrolled_on, s.definition_version FROM subject s
                WHERE s.study_id = ? ORDER BY s.id""").setParameter(1, studyId).getResultList();
        Map<String, Integer> windows = new HashMap<>();
        Map<Long, PeriodRow> out = new LinkedHashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            int window = windows.computeIfAbsent((String) r[3],
                    v -> StudyPeriods.screeningWindowDays(definitions.definition(studyId, v)));
            long id = ((Number) r[0]).longValue();
            out.put(id, new PeriodRow(id, date(r[1]), date(r[2]), window));
        }
        return out;
    }

    /** Lab results, tumour assessments and follow-up contacts with their dates. */
    List<DatedRow> datedRecords(long studyId) {
        List<DatedRow> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                SELECT l.id, l.subject_id, l.collected_on, l.baseline
                FROM lab_result l JOIN subject s ON s.id = l.subject_id
                WHERE s.study_id = ? ORDER BY l.id""").setParameter(1, studyId).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new DatedRow("LabResult", ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), date(r[2]),
                    bool(r[3]), false));
        }
        for (Object o : em.createNativeQuery("""
                SELECT a.id, a.subject_id, a.assessed_on, a.kind FROM tumour_assessment a
                WHERE a.study_id = ? ORDER BY a.id""").setParameter(1, studyId).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new DatedRow("TumourAssessment", ((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    date(r[2]), "BASELINE".equals(r[3]), false));
        }
        for (Object o : em.createNativeQuery("""
                SELECT c.id, c.subject_id, c.contact_date, c.survival_status
                FROM follow_up_contact c JOIN subject s ON s.id = c.subject_id
                WHERE s.study_id = ? ORDER BY c.id""").setParameter(1, studyId).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new DatedRow("FollowUpContact", ((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    date(r[2]), false, "DEAD".equals(r[3])));
        }
        return out;
    }

    /** Progressions with their basis and the date of the assessment they cite. */
    List<ProgressionRow> progressions(long studyId) {
        List<ProgressionRow> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                SELECT e.id, e.subject_id, e.event_date, e.basis, e.tumour_assessment_id, a.assessed_on
                FROM disease_event e JOIN subject s ON s.id = e.subject_id
                LEFT JOIN tumour_assessment a ON a.id = e.tumour_assessment_id
                WHERE s.study_id = ? AND e.kind = 'PROGRESSION' ORDER BY e.id""").setParameter(1, studyId)
                .getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new ProgressionRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), date(r[2]),
                    (String) r[3], r[4] == null ? null : ((Number) r[4]).longValue(), date(r[5])));
        }
        return out;
    }

    /** Each subject's first follow-up assessment whose overall response (override, else computed) is PD. */
    Map<Long, PdScan> firstPdScans(long studyId) {
        Map<Long, PdScan> out = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("""
                SELECT a.subject_id, a.id, a.assessed_on FROM tumour_assessment a
                WHERE a.study_id = ? AND a.kind = 'FOLLOW_UP'
                  AND COALESCE(a.override_response, a.computed_response) = 'PD'
                ORDER BY a.subject_id, a.assessed_on, a.id""").setParameter(1, studyId).getResultList()) {
            Object[] r = (Object[]) o;
            out.putIfAbsent(((Number) r[0]).longValue(), new PdScan(((Number) r[1]).longValue(), date(r[2])));
        }
        return out;
    }

    /** The schedule of each enrolled subject: definition version, arm, enrolment, radiotherapy-only phase starts. */
    Map<Long, ScheduleSubject> schedules(long studyId, Set<Long> subjectIds) {
        Map<Long, Map<String, LocalDate>> firstFractions = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                SELECT f.subject_id, f.course_id, MIN(f.delivered_on)
                FROM radiotherapy_fraction f JOIN subject s ON s.id = f.subject_id
                WHERE s.study_id = ? GROUP BY f.subject_id, f.course_id""").setParameter(1, studyId).getResultList()) {
            Object[] r = (Object[]) o;
            firstFractions.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>()).put((String) r[1], date(r[2]));
        }
        Map<Long, ScheduleSubject> out = new HashMap<>();
        for (Object o : em.createNativeQuery("""
                SELECT s.id, s.arm_id, s.definition_version, s.enrolled_on FROM subject s
                WHERE s.study_id = ? AND s.arm_id IS NOT NULL AND s.enrolled_on IS NOT NULL""")
                .setParameter(1, studyId).getResultList()) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            if (!subjectIds.contains(id)) {
                continue;
            }
            StudyDefinition study = definitions.definition(studyId, (String) r[2]);
            Map<String, LocalDate> fractions = firstFractions.getOrDefault(id, Map.of());
            Map<String, LocalDate> rtPhases = new HashMap<>();
            study.findArm((String) r[1]).ifPresent(arm -> arm.phases().stream()
                    .filter(p -> p.administrations().isEmpty())
                    .forEach(p -> p.radiotherapyCourses().stream().map(fractions::get).filter(Objects::nonNull)
                            .min(LocalDate::compareTo).ifPresent(d -> rtPhases.put(p.id(), d))));
            out.put(id, new ScheduleSubject(id, study, (String) r[1], date(r[3]), rtPhases));
        }
        return out;
    }

    /** The administrations recorded with a schedule deviation (a cycle too early, a phase outside its window). */
    Set<Long> scheduleDeviations(long studyId) {
        Set<Long> out = new HashSet<>();
        em.createNativeQuery("SELECT administration_id FROM protocol_deviation WHERE study_id = ? AND category = 'SCHEDULE'"
                + " AND administration_id IS NOT NULL").setParameter(1, studyId).getResultList()
                .forEach(o -> out.add(((Number) o).longValue()));
        return out;
    }

    @jakarta.inject.Inject
    private org.vigia.study.StudyService studies;

    /** The baseline items of the study's subjects: subject id → {@code FORM.item} → value. */
    private Map<Long, Map<String, Object>> baselineItems(long studyId) {
        Map<Long, Map<String, Object>> out = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("""
                SELECT f.subject_id, f.form_code, f.data FROM baseline_form f JOIN subject s ON s.id = f.subject_id
                WHERE s.study_id = ?""").setParameter(1, studyId).getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            Map<String, Object> items = out.computeIfAbsent(((Number) r[0]).longValue(), k -> new LinkedHashMap<>());
            json((String) r[2]).forEach((k, v) -> items.put(r[1] + "." + k, v));
        }
        return out;
    }

    List<DerivedDataChecks.Randomisation> randomisations(long studyId) {
        Map<Long, Map<String, Object>> items = baselineItems(studyId);
        List<?> rows = em.createNativeQuery("""
                SELECT a.id, a.subject_id, a.stratum_key, a.allocated_at, s.definition_version
                FROM randomisation_allocation a JOIN subject s ON s.id = a.subject_id
                WHERE a.study_id = ? ORDER BY a.id""").setParameter(1, studyId).getResultList();
        List<DerivedDataChecks.Randomisation> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long subjectId = ((Number) r[1]).longValue();
            out.add(new DerivedDataChecks.Randomisation(subjectId, ((Number) r[0]).longValue(), (String) r[2], date(r[3]),
                    studies.definition(studyId, (String) r[4]), items.getOrDefault(subjectId, Map.of())));
        }
        return out;
    }

    List<DerivedDataChecks.EligibilityRecord> eligibilityForms(long studyId) {
        Map<Long, List<org.vigia.subject.ScreeningLabs.ScreeningResult>> labs = new LinkedHashMap<>();
        List<?> results = em.createNativeQuery("""
                SELECT l.id, l.subject_id, l.test_code, l.collected_on, l.value, l.unit, l.canonical_value, l.uln
                FROM lab_result l JOIN subject s ON s.id = l.subject_id WHERE s.study_id = ?""")
                .setParameter(1, studyId).getResultList();
        for (Object o : results) {
            Object[] r = (Object[]) o;
            org.vigia.terminology.LabTest test = org.vigia.terminology.LabTest.byCode((String) r[2]).orElse(null);
            if (test == null) {
                continue;
            }
            java.math.BigDecimal uln = (java.math.BigDecimal) r[7];
            labs.computeIfAbsent(((Number) r[1]).longValue(), k -> new ArrayList<>()).add(
                    new org.vigia.subject.ScreeningLabs.ScreeningResult(((Number) r[0]).longValue(), test, date(r[3]),
                            (java.math.BigDecimal) r[4], (String) r[5], (java.math.BigDecimal) r[6],
                            uln == null ? null : test.toCanonical(uln, (String) r[5])));
        }
        List<?> rows = em.createNativeQuery("""
                SELECT f.id, f.subject_id, f.entries, s.definition_version, s.screened_on, s.enrolled_on
                FROM eligibility_form f JOIN subject s ON s.id = f.subject_id
                WHERE s.study_id = ? ORDER BY f.id""").setParameter(1, studyId).getResultList();
        List<DerivedDataChecks.EligibilityRecord> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long subjectId = ((Number) r[1]).longValue();
            var def = studies.definition(studyId, (String) r[3]);
            int days = org.vigia.subject.EligibilityLabRules.windowDays(def);
            LocalDate enrolled = date(r[5]);
            LocalDate from = (enrolled != null ? enrolled : date(r[4])).minusDays(days);
            LocalDate to = enrolled != null ? enrolled : LocalDate.now(java.time.ZoneOffset.UTC);
            Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
            json((String) r[2]).forEach((k, v) -> {
                if (v instanceof Map<?, ?> m) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    m.forEach((a, b) -> e.put(String.valueOf(a), b));
                    entries.put(k, e);
                }
            });
            out.add(new DerivedDataChecks.EligibilityRecord(subjectId, ((Number) r[0]).longValue(), def, entries,
                    labs.getOrDefault(subjectId, List.of()), from, to));
        }
        return out;
    }

    private static Map<String, Object> json(String text) {
        try {
            return JSON.readValue(text, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        } catch (Exception e) {
            return Map.of();
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    Map<Long, SubjectRow> subjects(long studyId, Set<Long> siteIds) {
        List<?> rows = em.createNativeQuery("""
                SELECT s.id, si.code, s.site_id, COALESCE(s.subject_number, s.screening_number),
                       (SELECT MIN(c.death_date) FROM follow_up_contact c
                         WHERE c.subject_id = s.id AND c.death_date IS NOT NULL),
                       (SELECT MIN(t.event_date) FROM treatment_end t
                         WHERE t.subject_id = s.id AND t.kind = 'DISCONTINUATION'),
                       s.consent_date
                FROM subject s JOIN site si ON si.id = s.site_id
                WHERE s.study_id = ? ORDER BY s.id""").setParameter(1, studyId).getResultList();
        Map<Long, SubjectRow> out = new LinkedHashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            if (siteIds == null || siteIds.contains(((Number) r[2]).longValue())) {
                out.put(id, new SubjectRow(id, (String) r[1], (String) r[3], date(r[4]), date(r[5]), date(r[6])));
            }
        }
        return out;
    }

    List<AeRow> adverseEvents(long studyId) {
        List<?> rows = em.createNativeQuery("""
                SELECT ae.id, ae.subject_id, ae.term, ae.onset, ae.end_date, ae.ongoing
                FROM adverse_event ae JOIN subject s ON s.id = ae.subject_id
                WHERE s.study_id = ? ORDER BY ae.id""").setParameter(1, studyId).getResultList();
        List<AeRow> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new AeRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (String) r[4], bool(r[5])));
        }
        return out;
    }

    List<DoseRow> doses(long studyId) {
        List<?> rows = em.createNativeQuery("""
                SELECT d.id, d.subject_id, d.agent_id, d.phase_id, d.cycle, d.cycle_day, d.administered_on, d.status
                FROM dose_administration d JOIN subject s ON s.id = d.subject_id
                WHERE s.study_id = ? ORDER BY d.id""").setParameter(1, studyId).getResultList();
        List<DoseRow> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new DoseRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), date(r[6]),
                    "GIVEN".equals(r[7])));
        }
        List<?> fractions = em.createNativeQuery("""
                SELECT f.subject_id, MIN(f.delivered_on)
                FROM radiotherapy_fraction f JOIN subject s ON s.id = f.subject_id
                WHERE s.study_id = ? GROUP BY f.subject_id""").setParameter(1, studyId).getResultList();
        for (Object o : fractions) {
            Object[] r = (Object[]) o;
            out.add(new DoseRow(null, ((Number) r[0]).longValue(), ConsistencyChecks.RADIOTHERAPY, null, 0, 0,
                    date(r[1]), true));
        }
        return out;
    }

    List<AttributionRow> attributions(long studyId) {
        List<?> rows = em.createNativeQuery("""
                SELECT a.id, a.adverse_event_id, a.agent_id, a.agent_name, a.causality
                FROM adverse_event_attribution a JOIN adverse_event ae ON ae.id = a.adverse_event_id
                JOIN subject s ON s.id = ae.subject_id
                WHERE s.study_id = ? ORDER BY a.id""").setParameter(1, studyId).getResultList();
        List<AttributionRow> out = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new AttributionRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], (String) r[4]));
        }
        return out;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return o instanceof LocalDate l ? l : LocalDate.parse(o.toString().substring(0, 10));
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }
}
