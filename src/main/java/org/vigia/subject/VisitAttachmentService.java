package org.vigia.subject;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.shared.RecordNotFound;
import org.vigia.study.AnchorDates;
import org.vigia.study.PlannedVisit;
import org.vigia.study.StudyService;
import org.vigia.study.VisitScheduleCalculator;
import org.vigia.study.definition.StudyDefinition;

/**
 * Attaches the features' dated records to the subject's planned visits ({@link VisitAttachmentRules}) and gives
 * each visit its date and status ({@link VisitStates}). The features call {@link #attach} once after they store or
 * change a record, in the same transaction:
 * <pre>{@code
 * visitRecords.attach(subjectId, VisitRecord.of("LabResult", r.getId(), VisitProcedures.LABS, collectedOn).picked(visitCode));
 * }</pre>
 * The plan counts from the actual dates: the first administration or fraction of a phase is its day 1, the first
 * administration of a cycle its cycle day 1, the discontinuation the end of treatment.
 */
@Stateless
public class VisitAttachmentService {

    private static final List<String> TREATMENT = List.of(VisitProcedures.DOSING, VisitProcedures.RADIOTHERAPY);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyService studies;

    @Inject
    private SubjectEndDates endDates;

    @Inject
    private VisitFormProcedures formProcedures;

    /**
     * Takes a record off its visit (a form record no longer complete); no access check, the calling service has made
     * it. Nothing happens when the record was not attached.
     */
    public void detach(String recordType, Long recordId) {
        em.createQuery("select a from AttachedRecord a where a.recordType = :t and a.recordId = :i", AttachedRecord.class)
                .setParameter("t", recordType).setParameter("i", recordId).getResultList().forEach(em::remove);
    }

    /**
     * The subject's dated records (as attached to its visits) dated after {@code day}, latest first: what a death
     * date may not precede. No access check; the calling service has made it.
     */
    public List<VisitRecord> recordsAfter(Long subjectId, LocalDate day) {
        return em.createQuery("select a from AttachedRecord a where a.subjectId = :s and a.recordDate > :d"
                        + " order by a.recordDate desc, a.id desc", AttachedRecord.class)
                .setParameter("s", subjectId).setParameter("d", day).getResultStream()
                .map(a -> VisitRecord.of(a.getRecordType(), a.getRecordId(), a.getProcedure(), a.getRecordDate()))
                .toList();
    }

    /**
     * Attaches (or re-attaches, when its date changed) one record; no access check, the calling service has made
     * it. Returns the visit code, empty when no visit window holds the record (unscheduled).
     */
    public Optional<String> attach(Long subjectId, VisitRecord r) {
        Subject s = em.find(Subject.class, subjectId);
        if (s == null) {
            throw new RecordNotFound("Subject", subjectId);
        }
        StudyDefinition def = studies.definition(s.getStudyId(), s.getDefinitionVersion());
        String phase = phaseOf(def, s, r);
        List<VisitAttachmentRules.TreatmentDate> treatment = new ArrayList<>(treatmentDates(List.of(subjectId))
                .getOrDefault(subjectId, List.of()));
        if (TREATMENT.contains(r.procedure())) {
            treatment.add(new VisitAttachmentRules.TreatmentDate(phase, r.cycle(), r.date()));
        }
        SubjectEndDates.Ends ends = endDates.of(subjectId);
        List<PlannedVisit> plan = plan(s, def, treatment, ends);
        java.util.Set<String> have = new java.util.HashSet<>(em.createQuery("select distinct a.visitCode from AttachedRecord a"
                + " where a.subjectId = :s and a.procedure = :p and a.visitCode is not null and not (a.recordType = :t"
                + " and a.recordId = :i)", String.class).setParameter("s", subjectId).setParameter("p", r.procedure())
                .setParameter("t", r.recordType()).setParameter("i", r.recordId()).getResultList());
        VisitAttachmentRules.Match m = VisitAttachmentRules.match(def,
                VisitAttachmentRules.takingPlace(def, plan, ends.treatmentStop()), r, have).orElse(null);
        AttachedRecord row = em.createQuery("select a from AttachedRecord a where a.recordType = :t and a.recordId = :i",
                        AttachedRecord.class).setParameter("t", r.recordType()).setParameter("i", r.recordId())
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            row = new AttachedRecord(subjectId, r.recordType(), r.recordId());
            row.attach(r, phase, m);
            em.persist(row);
        } else {
            row.attach(r, phase, m);
        }
        if (TREATMENT.contains(r.procedure())
                && !plan.equals(plan(s, def, treatment.subList(0, treatment.size() - 1), ends))) {
            rematch(s, def, VisitAttachmentRules.takingPlace(def, plan, ends.treatmentStop()));
        }
        return Optional.ofNullable(m).map(VisitAttachmentRules.Match::visitCode);
    }

    /**
     * Places the subject's records again after its plan moved (a phase or cycle started on another day than planned,
     * treatment was discontinued): a lab drawn for a delayed cycle before its dose was recorded then belongs to that
     * cycle's visit. Picked visits stay (only their out-of-window flag follows the new window).
     */
    public void rematch(Long subjectId) {
        Subject s = em.find(Subject.class, subjectId);
        if (s == null) {
            throw new RecordNotFound("Subject", subjectId);
        }
        StudyDefinition def = studies.definition(s.getStudyId(), s.getDefinitionVersion());
        SubjectEndDates.Ends ends = endDates.of(subjectId);
        rematch(s, def, VisitAttachmentRules.takingPlace(def, plan(s, def, treatmentDates(List.of(subjectId))
                .getOrDefault(subjectId, List.of()), ends), ends.treatmentStop()));
    }

    /** Places the subject's records again on {@code plan} (the visits still taking place). */
    private void rematch(Subject s, StudyDefinition def, List<PlannedVisit> plan) {
        Map<String, java.util.Set<String>> have = new HashMap<>();
        for (AttachedRecord a : em.createQuery("select a from AttachedRecord a where a.subjectId = :s"
                        + " order by a.recordDate, a.id", AttachedRecord.class)
                .setParameter("s", s.getId()).getResultList()) {
            VisitRecord r = new VisitRecord(a.getRecordType(), a.getRecordId(), a.getProcedure(), a.getRecordDate(),
                    a.isPicked() ? a.getVisitCode() : null, a.getPhaseId(), a.getCycle(), null);
            java.util.Set<String> withProcedure = have.computeIfAbsent(a.getProcedure(), k -> new java.util.HashSet<>());
            VisitAttachmentRules.Match m = VisitAttachmentRules.match(def, plan, r, withProcedure).orElse(null);
            if (m != null) {
                withProcedure.add(m.visitCode());
            }
            if (!java.util.Objects.equals(m == null ? null : m.visitCode(), a.getVisitCode())
                    || (m != null && m.outOfWindow()) != a.isOutOfWindow()) {
                a.attach(r, a.getPhaseId(), m);
            }
        }
    }

    static String phaseOf(StudyDefinition def, Subject s, VisitRecord r) {
        return r.phaseId() != null ? r.phaseId()
                : VisitAttachmentRules.phaseOfCourse(def, s.getArmId(), r.courseId()).orElse(null);
    }

    /** The planned visits of one subject, counted from its actual treatment dates (no access check). */
    public List<PlannedVisit> plan(Subject s) {
        StudyDefinition def = studies.definition(s.getStudyId(), s.getDefinitionVersion());
        return plan(s, def, treatmentDates(List.of(s.getId())).getOrDefault(s.getId(), List.of()), endDates.of(s.getId()));
    }

    /** The visits of one subject with dates and statuses (no access check). */
    public List<VisitStates.State> states(Subject s, LocalDate today) {
        return states(List.of(s), today).get(s.getId());
    }

    /**
     * The visits of several subjects (a matrix page) with dates and statuses, in three queries whatever their number:
     * the attached records grouped by visit and procedure, the typed marks, the end dates.
     */
    public Map<Long, List<VisitStates.State>> states(List<Subject> subjects, LocalDate today) {
        Map<Long, List<VisitStates.State>> out = new HashMap<>();
        if (subjects.isEmpty()) {
            return out;
        }
        List<Long> ids = subjects.stream().map(Subject::getId).toList();
        Map<Long, List<VisitStates.Attached>> attached = new HashMap<>();
        Map<Long, List<VisitAttachmentRules.TreatmentDate>> treatment = new HashMap<>();
        // plain SQL on the covering index ix_visit_record_matrix (V073), in its order: a page groups some 6,000 rows,
        // which a JPQL report query turns into result objects at several times the cost
        @SuppressWarnings("unchecked")
        List<Object[]> grouped = em.createNativeQuery("SELECT subject_id, visit_code, procedure_code, phase_id, cycle,"
                + " MIN(record_date), MAX(out_of_window) FROM visit_record WHERE subject_id IN ("
                + String.join(",", ids.stream().map(String::valueOf).toList()) + ")"
                + " GROUP BY subject_id, visit_code, procedure_code, phase_id, cycle").getResultList();
        for (Object[] r : grouped) {
            Long id = ((Number) r[0]).longValue();
            LocalDate date = localDate(r[5]);
            attached.computeIfAbsent(id, k -> new ArrayList<>()).add(new VisitStates.Attached((String) r[1],
                    (String) r[2], date, truth(r[6])));
            if (TREATMENT.contains((String) r[2])) {
                treatment.computeIfAbsent(id, k -> new ArrayList<>()).add(new VisitAttachmentRules.TreatmentDate(
                        (String) r[3], r[4] == null ? null : ((Number) r[4]).intValue(), date));
            }
        }
        Map<Long, Map<String, VisitStates.Mark>> marks = new HashMap<>();
        // the columns only: entities would be built and registered in the unit of work for a read-only page
        for (Object[] v : em.createQuery("select v.subjectId, v.visitCode, v.visitDate, v.outOfWindow, v.notDoneReason,"
                + " v.version from SubjectVisit v where v.subjectId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            marks.computeIfAbsent((Long) v[0], k -> new HashMap<>()).put((String) v[1], new VisitStates.Mark(
                    (LocalDate) v[2], (Boolean) v[3], (String) v[4], ((Number) v[5]).longValue()));
        }
        Map<Long, SubjectEndDates.Ends> ends = endDates.of(ids);
        java.util.Set<String> forms = formProcedures.procedures();
        Map<String, StudyDefinition> definitions = new HashMap<>();
        for (Subject s : subjects) {
            StudyDefinition def = definitions.computeIfAbsent(s.getStudyId() + "/" + s.getDefinitionVersion(),
                    k -> studies.definition(s.getStudyId(), s.getDefinitionVersion()));
            SubjectEndDates.Ends e = ends.getOrDefault(s.getId(), SubjectEndDates.Ends.NONE);
            List<PlannedVisit> plan = plan(s, def, treatment.getOrDefault(s.getId(), List.of()), e);
            out.put(s.getId(), VisitStates.of(def, plan, attached.getOrDefault(s.getId(), List.of()),
                    marks.getOrDefault(s.getId(), Map.of()), forms, e, today));
        }
        return out;
    }

    private static LocalDate localDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static boolean truth(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }

    /** Treatment dates (administrations, fractions) of subjects, for their anchors. */
    private Map<Long, List<VisitAttachmentRules.TreatmentDate>> treatmentDates(Collection<Long> ids) {
        Map<Long, List<VisitAttachmentRules.TreatmentDate>> out = new HashMap<>();
        for (Object[] r : em.createQuery("select a.subjectId, a.phaseId, a.cycle, min(a.recordDate) from AttachedRecord a"
                        + " where a.subjectId in :ids and a.procedure in :p group by a.subjectId, a.phaseId, a.cycle",
                Object[].class).setParameter("ids", ids).setParameter("p", TREATMENT).getResultList()) {
            out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(
                    new VisitAttachmentRules.TreatmentDate((String) r[1], (Integer) r[2], (LocalDate) r[3]));
        }
        return out;
    }

    /**
     * The plan of a subject: before enrolment only the screening visit (its window counts back from the screening
     * date + the window); after, every visit of the arm from the actual anchors.
     */
    static List<PlannedVisit> plan(Subject s, StudyDefinition def, List<VisitAttachmentRules.TreatmentDate> treatment,
                                   SubjectEndDates.Ends ends) {
        if (s.getEnrolledOn() == null || s.getArmId() == null) {
            return new VisitScheduleCalculator(def).plan(def.arms().get(0).id(), AnchorDates.enrolledOn(
                    s.getScreenedOn().plusDays(def.visits().get(0).windowBeforeDays()))).stream()
                    .filter(p -> p.definitionCode().equals(def.visits().get(0).code())).toList();
        }
        AnchorDates anchors = VisitAttachmentRules.anchors(def, s.getArmId(), s.getEnrolledOn(), treatment,
                ends.treatmentDiscontinued().isPresent() ? ends.treatmentStop() : Optional.empty());
        return new VisitScheduleCalculator(def).plan(s.getArmId(), anchors);
    }
}
