package org.vigia.consistency;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.consistency.ConsistencyChecks.AeRow;
import org.vigia.consistency.ConsistencyChecks.AttributionRow;
import org.vigia.consistency.ConsistencyChecks.DoseRow;
import org.vigia.consistency.ConsistencyChecks.SubjectRow;

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

    /** Every finding of the study's records at {@code siteIds} (null: every site). */
    public List<ConsistencyFinding> findings(long studyId, Set<Long> siteIds) {
        Map<Long, SubjectRow> subjects = subjects(studyId, siteIds);
        List<ConsistencyFinding> out = new ArrayList<>(ConsistencyChecks.all(subjects, adverseEvents(studyId),
                doses(studyId), attributions(studyId)));
        out.addAll(DerivedDataChecks.strataMismatch(subjects, randomisations(studyId)));
        out.addAll(DerivedDataChecks.eligibilityLabUnmatched(subjects, eligibilityForms(studyId)));
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
                         WHERE t.subject_id = s.id AND t.kind = 'DISCONTINUATION')
                FROM subject s JOIN site si ON si.id = s.site_id
                WHERE s.study_id = ? ORDER BY s.id""").setParameter(1, studyId).getResultList();
        Map<Long, SubjectRow> out = new LinkedHashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            if (siteIds == null || siteIds.contains(((Number) r[2]).longValue())) {
                out.put(id, new SubjectRow(id, (String) r[1], (String) r[3], date(r[4]), date(r[5])));
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
