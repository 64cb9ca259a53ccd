package org.vigia.subject;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.vigia.study.PlannedVisit;
import org.vigia.study.StudyService;
import org.vigia.study.definition.StudyDefinition;

/**
 * The one-off attachment of the dated records stored before V071 (lab results, administrations, radiotherapy
 * fractions, weekly RT checks, tumour assessments, follow-up contacts) to their visits, at the first start-up after
 * the migration; it marks itself done in {@code visit_record_backfill} and never runs again. It reads the records
 * through each feature's {@link VisitRecordSource} (one query each), plans every subject once from all its
 * treatment dates, and inserts the attachments in multi-row statements; it changes no clinical data (the
 * attachments are derived, not audited) and skips records already attached.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "StudyCatalogLoader"})
public class VisitRecordBackfill {

    static final String NAME = "V071";
    private static final Logger LOG = Logger.getLogger(VisitRecordBackfill.class.getName());
    private static final int ROWS_PER_INSERT = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<VisitRecordSource> sources;

    @Inject
    private StudyService studies;

    @Inject
    private SubjectEndDates endDates;

    @PostConstruct
    void run() {
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM visit_record_backfill WHERE name = ?1")
                .setParameter(1, NAME).getSingleResult()).longValue() > 0) {
            return;
        }
        long start = System.nanoTime();
        int attached = attachAll();
        em.createNativeQuery("INSERT INTO visit_record_backfill (name, done_at) VALUES (?1, ?2)")
                .setParameter(1, NAME).setParameter(2, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        LOG.info(() -> "Visit records: " + attached + " stored records attached to their visits in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** Attaches every stored record not yet attached; returns how many rows were inserted. */
    int attachAll() {
        Set<String> known = new HashSet<>();
        for (Object o : em.createNativeQuery("SELECT CONCAT(record_type, ':', record_id) FROM visit_record").getResultList()) {
            known.add((String) o);
        }
        Map<Long, List<VisitRecord>> bySubject = new LinkedHashMap<>();
        for (VisitRecordSource source : sources) {
            for (VisitRecordSource.Sourced s : source.records()) {
                bySubject.computeIfAbsent(s.subjectId(), k -> new ArrayList<>()).add(s.record());
            }
        }
        if (bySubject.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<>(bySubject.keySet());
        Map<Long, Subject> subjects = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            em.createQuery("select s from Subject s where s.id in :ids", Subject.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList()
                    .forEach(s -> subjects.put(s.getId(), s));
        }
        Map<Long, SubjectEndDates.Ends> ends = endDates.of(ids);
        List<Object[]> rows = new ArrayList<>();
        int inserted = 0;
        for (Map.Entry<Long, List<VisitRecord>> e : bySubject.entrySet()) {
            Subject s = subjects.get(e.getKey());
            if (s == null) {
                continue;
            }
            StudyDefinition def = studies.definition(s.getStudyId(), s.getDefinitionVersion());
            List<VisitAttachmentRules.TreatmentDate> treatment = new ArrayList<>();
            for (VisitRecord r : e.getValue()) {
                if (r.procedure().equals(VisitProcedures.DOSING) || r.procedure().equals(VisitProcedures.RADIOTHERAPY)) {
                    treatment.add(new VisitAttachmentRules.TreatmentDate(VisitAttachmentService.phaseOf(def, s, r),
                            r.cycle(), r.date()));
                }
            }
            SubjectEndDates.Ends subjectEnds = ends.getOrDefault(s.getId(), SubjectEndDates.Ends.NONE);
            List<PlannedVisit> plan = VisitAttachmentRules.takingPlace(def,
                    VisitAttachmentService.plan(s, def, treatment, subjectEnds), subjectEnds.treatmentStop());
            Map<String, Set<String>> have = new HashMap<>();
            List<VisitRecord> records = new ArrayList<>(e.getValue());
            records.sort(java.util.Comparator.comparing(VisitRecord::date));
            for (VisitRecord r : records) {
                Set<String> withProcedure = have.computeIfAbsent(r.procedure(), k -> new HashSet<>());
                VisitAttachmentRules.Match m = VisitAttachmentRules.match(def, plan, r, withProcedure).orElse(null);
                if (m != null) {
                    withProcedure.add(m.visitCode());
                }
                if (known.contains(r.recordType() + ":" + r.recordId())) {
                    continue;
                }
                rows.add(new Object[] {s.getId(), r.recordType(), r.recordId(), r.procedure(), r.date(),
                        m == null ? null : m.visitCode(), m != null && m.picked(), m != null && m.outOfWindow(),
                        VisitAttachmentService.phaseOf(def, s, r), r.cycle()});
                if (rows.size() == ROWS_PER_INSERT) {
                    inserted += insert(rows);
                    rows.clear();
                }
            }
        }
        return inserted + insert(rows);
    }

    private int insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO visit_record (subject_id, record_type, record_id,"
                + " procedure_code, record_date, visit_code, picked, out_of_window, phase_id, cycle) VALUES ");
        int p = 1;
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('(');
            for (int c = 0; c < 10; c++) {
                sql.append(c == 0 ? "" : ", ").append('?').append(p++);
            }
            sql.append(')');
        }
        Query q = em.createNativeQuery(sql.toString());
        p = 1;
        for (Object[] row : rows) {
            for (Object v : row) {
                q.setParameter(p++, v instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : v);
            }
        }
        return q.executeUpdate();
    }
}
