package org.vigia.followup;

import org.vigia.subject.VisitAttachmentService;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.account.AccessGuard;
import org.vigia.ae.AdverseEventQueries;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.dosing.StudyTreatmentQuery;
import org.vigia.dosing.StudyTreatmentQuery.GivenSpan;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.PartialDate;
import org.vigia.shared.SiteToday;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.StudyService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;
import org.vigia.subject.ProgressionScans;
import org.vigia.subject.StudyPeriod;
import org.vigia.subject.StudyPeriods;
import org.vigia.subject.SubjectStatus;

/**
 * End of treatment and follow-up: the treatment discontinuation form, the end-of-treatment visit, follow-up contacts
 * with survival status and progression/recurrence events; moves the subject's status along
 * (discontinuation → DISCONTINUED, end-of-treatment visit → FOLLOW_UP, death → DEAD, lost → LOST_TO_FOLLOW_UP, a
 * later contact alive → FOLLOW_UP) and gives per-subject event dates for the survival endpoints.
 */
@Stateless
public class FollowUpService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VisitAttachmentService visitRecords;
    @Inject
    private SubjectService subjects;
    @Inject
    private StudyService studies;
    @Inject
    private AccessGuard access;
    @Inject
    private AuditService audit;
    @Inject
    private StudyTreatmentQuery treatment;

    @Inject
    private SiteService sites;
    @Inject
    private StudyPeriods periods;
    @Inject
    private ProgressionScans scans;
    @Inject
    private AdverseEventQueries adverseEvents;

    public TreatmentEnd discontinueTreatment(Long subjectId, LocalDate on, TreatmentEnd.Reason reason, String details) {
        Subject s = editable(subjectId);
        SiteToday today = sites.today(s.getSiteId());
        FieldErrors errors = new FieldErrors().require(on != null, "on", Text.of(Bundle.DOSING, "fu.refused.dateRequired"))
                .require(today.allows(on), "on", today.future("on", on));
        periods.of(s).check(errors, StudyPeriod.Kind.CLINICAL, "on", on)
                .require(reason != null, "reason", Text.of(Bundle.DOSING, "fu.refused.reason"))
                .require(reason != TreatmentEnd.Reason.OTHER || details != null && !details.isBlank(), "details",
                        Text.of(Bundle.DOSING, "fu.refused.details"))
                .throwIfAny();
        requireStatus(s, SubjectStatus.ENROLLED, SubjectStatus.ON_TREATMENT);
        TreatmentEnd end = store(s, new TreatmentEnd(subjectId, TreatmentEnd.Kind.DISCONTINUATION, on, reason, details,
                access.caller()));
        move(s, SubjectStatus.DISCONTINUED, "treatment discontinued: " + reason);
        visitRecords.rematch(subjectId);
        return end;
    }

    public TreatmentEnd endOfTreatmentVisit(Long subjectId, LocalDate on, String details) {
        Subject s = editable(subjectId);
        if (on == null) {
            throw new InvalidInput("on", Text.of(Bundle.DOSING, "fu.refused.visitDate"));
        }
        sites.today(s.getSiteId()).require("on", on);
        periods.of(s).require(StudyPeriod.Kind.CLINICAL, "on", on);
        requireStatus(s, SubjectStatus.ON_TREATMENT, SubjectStatus.DISCONTINUED);
        TreatmentEnd end = store(s, new TreatmentEnd(subjectId, TreatmentEnd.Kind.END_OF_TREATMENT_VISIT, on, null,
                details, access.caller()));
        move(s, SubjectStatus.FOLLOW_UP, "end-of-treatment visit");
        return end;
    }

    public FollowUpContact recordContact(Long subjectId, LocalDate contactDate, FollowUpContact.SurvivalStatus status,
                                         LocalDate deathDate, FollowUpContact.DeathCause cause, String causeText,
                                         LocalDate lastKnownAlive) {
        Subject s = editable(subjectId);
        if (s.getStatus() == SubjectStatus.DEAD) {
            throw new InvalidInput(Text.of(Bundle.DOSING, "fu.refused.dead", s.label()));
        }
        requireStatus(s, SubjectStatus.ENROLLED, SubjectStatus.ON_TREATMENT, SubjectStatus.DISCONTINUED,
                SubjectStatus.FOLLOW_UP, SubjectStatus.LOST_TO_FOLLOW_UP);
        FollowUpContact c = new FollowUpContact(subjectId, contactDate, status, deathDate, cause, causeText,
                lastKnownAlive, access.caller(), sites.today(s.getSiteId()));
        if (status == FollowUpContact.SurvivalStatus.DEAD && s.getEnrolledOn() != null && deathDate.isBefore(s.getEnrolledOn())) {
            throw new InvalidInput("deathDate", Text.of(Bundle.DOSING, "fu.refused.deathBeforeEnrolment"));
        }
        checkContactDates(s, c);
        em.persist(c);
        em.flush();
        visitRecords.attach(subjectId, VisitRecord.of("FollowUpContact", c.getId(), VisitProcedures.SURVIVAL_STATUS, contactDate));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("contactDate", contactDate);
        f.put("survivalStatus", status);
        f.put("deathDate", c.getDeathDate());
        f.put("deathCause", c.getDeathCause());
        f.put("lastKnownAlive", c.getLastKnownAlive());
        audit.recordAll(AuditEntry.of("CREATE", "FollowUpContact", c.getId())
                .scope(s.getStudyId(), s.getSiteId(), s.label()).changes(Map.of(), f));
        switch (status) {
            case DEAD -> {
                move(s, SubjectStatus.DEAD, "death recorded at follow-up");
                visitRecords.rematch(subjectId); // the treatment visits after the death will not take place
            }
            case LOST_TO_FOLLOW_UP -> move(s, SubjectStatus.LOST_TO_FOLLOW_UP, "lost to follow-up");
            case ALIVE -> {
                if (s.getStatus() == SubjectStatus.LOST_TO_FOLLOW_UP) {
                    move(s, SubjectStatus.FOLLOW_UP, "contact regained");
                }
            }
        }
        return c;
    }

    /**
     * The dates of a contact in the subject's time in the study: the contact itself (a death-related record when it
     * reports the death: it may follow the death date), the death date (not before consent, not before a date the
     * subject was known alive on an earlier contact) and the date last known alive (a clinical record).
     */
    private void checkContactDates(Subject s, FollowUpContact c) {
        StudyPeriod period = periods.of(s);
        boolean dead = c.getSurvivalStatus() == FollowUpContact.SurvivalStatus.DEAD;
        FieldErrors errors = new FieldErrors();
        period.check(errors, dead ? StudyPeriod.Kind.DEATH_RELATED : StudyPeriod.Kind.CLINICAL, "contactDate",
                c.getContactDate());
        period.check(errors, StudyPeriod.Kind.DEATH_RELATED, "deathDate", c.getDeathDate());
        if (c.getSurvivalStatus() == FollowUpContact.SurvivalStatus.LOST_TO_FOLLOW_UP) {
            period.check(errors, StudyPeriod.Kind.CLINICAL, "lastKnownAlive", c.getLastKnownAlive());
        }
        if (dead) {
            em.createQuery("select c from FollowUpContact c where c.subjectId = :s and c.lastKnownAlive > :d"
                            + " order by c.lastKnownAlive desc", FollowUpContact.class)
                    .setParameter("s", s.getId()).setParameter("d", c.getDeathDate()).setMaxResults(1)
                    .getResultStream().findFirst().ifPresent(alive -> errors.require(false, "deathDate",
                            Text.of(Bundle.DOSING, "fu.refused.deathBeforeAlive", c.getDeathDate().toString(),
                                    alive.getLastKnownAlive().toString(), alive.getContactDate().toString())));
            recordsAfterDeath(s, c.getDeathDate(), errors);
        }
        errors.throwIfAny();
    }

    /**
     * A death date may not precede what the subject's record already holds (issue 15): the latest dated record
     * attached to its visits (administration, fraction, lab result, tumour assessment, weekly check, contact) and
     * the onset of an adverse event, each named, so that the site corrects the record or the date instead of
     * leaving data after death.
     */
    private void recordsAfterDeath(Subject s, LocalDate death, FieldErrors errors) {
        if (death == null) {
            return;
        }
        visitRecords.recordsAfter(s.getId(), death).stream().findFirst().ifPresent(r -> errors.require(false,
                "deathDate", Text.of(Bundle.DOSING, "fu.refused.deathBeforeRecord", death.toString(),
                        Text.of(Bundle.SUBJECT, "enum.VisitProcedure." + r.procedure()), r.date().toString(),
                        String.valueOf(r.recordId()))));
        adverseEvents.all(s.getId()).stream()
                .filter(ae -> ae.onset() != null && PartialDate.parse(ae.onset()).isDefinitelyAfter(death))
                .findFirst().ifPresent(ae -> errors.require(false, "deathDate", Text.of(Bundle.DOSING,
                        "fu.refused.deathBeforeAe", death.toString(), ae.term(), String.valueOf(ae.id()), ae.onset())));
    }

    /**
     * Records a progression or recurrence. Its date lies in the subject's time in the study (not before consent or
     * enrolment, not after death, not in the future), and a progression states its basis (issue 15): on
     * {@link DiseaseEvent.Basis#IMAGING} it names the subject's follow-up tumour assessment that shows progressive
     * disease and carries that assessment's date (a progression dated before the scan that shows it is refused,
     * naming the scan's date); on {@link DiseaseEvent.Basis#CLINICAL} the method is stated. A recurrence may state a
     * basis, checked the same way.
     */
    public DiseaseEvent recordDiseaseEvent(Long subjectId, DiseaseEvent.Kind kind, DiseaseEvent.Extent extent,
                                           LocalDate on, DiseaseEvent.Basis basis, Long assessmentId, String method,
                                           String details) {
        Subject s = editable(subjectId);
        SiteToday today = sites.today(s.getSiteId());
        FieldErrors errors = new FieldErrors().require(kind != null, "kind", Text.of(Bundle.DOSING, "fu.refused.kind"))
                .require(extent != null, "extent", Text.of(Bundle.DOSING, "fu.refused.extent"))
                .require(on != null, "on", Text.of(Bundle.DOSING, "fu.refused.dateRequired"))
                .require(today.allows(on), "on", today.future("on", on));
        periods.of(s).check(errors, StudyPeriod.Kind.CLINICAL, "on", on)
                .require(on == null || s.getEnrolledOn() == null || !on.isBefore(s.getEnrolledOn()), "on",
                        Text.of(Bundle.DOSING, "fu.refused.eventBeforeEnrolment"))
                .require(kind != DiseaseEvent.Kind.PROGRESSION || basis != null, "basis",
                        Text.of(Bundle.DOSING, "fu.refused.basis"))
                .require(basis != DiseaseEvent.Basis.CLINICAL || method != null && !method.isBlank(), "method",
                        Text.of(Bundle.DOSING, "fu.refused.clinicalMethod"));
        if (basis == DiseaseEvent.Basis.IMAGING) {
            checkScan(s, on, assessmentId, errors);
        }
        errors.throwIfAny();
        DiseaseEvent e = new DiseaseEvent(subjectId, kind, extent, on, basis, assessmentId, method, details,
                access.caller());
        em.persist(e);
        em.flush();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("kind", kind);
        f.put("extent", extent);
        f.put("on", on);
        f.put("basis", basis);
        f.put("assessmentId", e.getAssessmentId());
        f.put("method", method);
        audit.recordAll(AuditEntry.of("CREATE", "DiseaseEvent", e.getId()).scope(s.getStudyId(), s.getSiteId(), s.label())
                .changes(Map.of(), f));
        return e;
    }

    /**
     * A follow-up tumour assessment was redated (its change audited by the response feature, with {@code reason}):
     * a progression found on it is dated as the scan that shows it (issue 15), so it moves with it, audited with the
     * same reason. Called in the same transaction as the redating; the caller has checked access and the date.
     */
    public void scanRedated(Long subjectId, Long assessmentId, LocalDate scanDate, String reason) {
        Subject s = subjects.get(subjectId);
        for (DiseaseEvent e : em.createQuery("select e from DiseaseEvent e where e.subjectId = :s and e.assessmentId = :a"
                        + " and e.basis = :imaging", DiseaseEvent.class).setParameter("s", subjectId)
                .setParameter("a", assessmentId).setParameter("imaging", DiseaseEvent.Basis.IMAGING).getResultList()) {
            if (e.getEventDate().equals(scanDate)) {
                continue;
            }
            LocalDate before = e.getEventDate();
            e.followScan(scanDate);
            audit.recordAll(List.of(AuditEntry.of("UPDATE", "DiseaseEvent", e.getId())
                    .scope(s.getStudyId(), s.getSiteId(), s.label()).field("on", before, scanDate).reason(reason)));
        }
    }

    /** An event found on imaging: the subject's follow-up assessment, showing PD, and dated as it. */
    private void checkScan(Subject s, LocalDate on, Long assessmentId, FieldErrors errors) {
        if (assessmentId == null) {
            errors.require(false, "assessmentId", Text.of(Bundle.DOSING, "fu.refused.assessmentRequired"));
            return;
        }
        Optional<ProgressionScans.Scan> scan = scans.find(s.getId(), assessmentId);
        if (scan.isEmpty()) {
            errors.require(false, "assessmentId", Text.of(Bundle.DOSING, "fu.refused.assessmentUnknown",
                    String.valueOf(assessmentId), s.label()));
            return;
        }
        LocalDate scanned = scan.get().assessedOn();
        errors.require(scan.get().progression(), "assessmentId", Text.of(Bundle.DOSING, "fu.refused.assessmentNotPd",
                String.valueOf(assessmentId), scanned.toString()));
        errors.require(on == null || !on.isBefore(scanned), "on", Text.of(Bundle.DOSING,
                "fu.refused.progressionBeforeScan", on == null ? "" : on.toString(), scanned.toString(),
                String.valueOf(assessmentId)));
        errors.require(on == null || !on.isAfter(scanned), "on", Text.of(Bundle.DOSING,
                "fu.refused.progressionNotScanDate", on == null ? "" : on.toString(), scanned.toString(),
                String.valueOf(assessmentId)));
    }

    /** The subject's follow-up tumour assessments that show progressive disease: the scans a progression may cite. */
    public List<ProgressionScans.Scan> progressionScans(Long subjectId) {
        subjects.get(subjectId);
        return scans.followUps(subjectId).stream().filter(ProgressionScans.Scan::progression).toList();
    }

    public List<TreatmentEnd> treatmentEnds(Long subjectId) {
        subjects.get(subjectId);
        return em.createQuery("select t from TreatmentEnd t where t.subjectId = :s order by t.eventDate, t.id", TreatmentEnd.class)
                .setParameter("s", subjectId).getResultList();
    }

    public List<FollowUpContact> contacts(Long subjectId) {
        subjects.get(subjectId);
        return em.createQuery("select c from FollowUpContact c where c.subjectId = :s order by c.contactDate, c.id", FollowUpContact.class)
                .setParameter("s", subjectId).getResultList();
    }

    public List<DiseaseEvent> diseaseEvents(Long subjectId) {
        subjects.get(subjectId);
        return em.createQuery("select e from DiseaseEvent e where e.subjectId = :s order by e.eventDate, e.id", DiseaseEvent.class)
                .setParameter("s", subjectId).getResultList();
    }

    /** The survival-endpoint dates of one subject. */
    public SurvivalEventDates survivalEvents(Long subjectId) {
        Subject s = subjects.get(subjectId);
        GivenSpan given = treatment.givenSpan(s.getId()).orElse(null);
        return SurvivalEventDates.from(s.getId(), s.label(), s.getArmId(), s.getEnrolledOn(),
                given == null ? null : given.first(), given == null ? null : given.last(),
                diseaseEvents(subjectId), contacts(subjectId));
    }

    /** The survival-endpoint dates of every enrolled subject of a study at the caller's sites (the DMC reads this). */
    public List<SurvivalEventDates> survivalEvents(String registryId) {
        Long studyId = studies.getByRegistryId(registryId).getId();
        access.requireStudy(studyId, registryId);
        List<SurvivalEventDates> result = new ArrayList<>();
        for (Subject s : subjects.list(studyId)) {
            if (s.getEnrolledOn() != null) {
                result.add(survivalEvents(s.getId()));
            }
        }
        return result;
    }

    private Subject editable(Long subjectId) {
        Subject s = subjects.get(subjectId);
        access.requireRoleAt(s.getStudyId(), s.getSiteId(), "subject " + s.label(), Role.SITE_COORDINATOR,
                Role.INVESTIGATOR, Role.ADMIN);
        return s;
    }

    private static void requireStatus(Subject s, SubjectStatus... allowed) {
        for (SubjectStatus a : allowed) {
            if (s.getStatus() == a) {
                return;
            }
        }
        throw new InvalidInput(Text.of(Bundle.DOSING, "fu.refused.status", s.label(), s.getStatus()));
    }

    private TreatmentEnd store(Subject s, TreatmentEnd end) {
        em.persist(end);
        em.flush();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("kind", end.getKind());
        f.put("date", end.getEventDate());
        f.put("reason", end.getReason());
        f.put("details", end.getDetails());
        audit.recordAll(AuditEntry.of("CREATE", "TreatmentEnd", end.getId()).scope(s.getStudyId(), s.getSiteId(), s.label())
                .changes(Map.of(), f));
        return end;
    }

    private void move(Subject s, SubjectStatus next, String why) {
        SubjectStatus before = s.getStatus();
        if (before == next) {
            return;
        }
        s.moveTo(next);
        audit.record(AuditEntry.of("UPDATE", "Subject", s.getId()).scope(s.getStudyId(), s.getSiteId(), s.label())
                .field("status", before, next).reason(why));
    }
}
