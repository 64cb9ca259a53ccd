package org.vigia.subject;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.EditConflict;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.SiteService;
import org.vigia.study.PlannedVisit;
import org.vigia.study.VisitScheduleCalculator;

/**
 * The visit schedule of an enrolled subject, planned by {@link VisitScheduleCalculator} from the subject's
 * definition version, enrolment date and actual treatment dates, each visit with its date (typed, else from the
 * records attached to it, {@link VisitAttachmentService}), whether it is outside its window, and its status
 * ({@link VisitStatusRules}). A subject not yet enrolled has only the screening visit. A user may type a visit's
 * date or mark it not done with a reason.
 */
@Stateless
public class VisitScheduleService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyPeriods periods;

    @Inject
    private SubjectService subjects;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private SiteService sites;

    @Inject
    private VisitAttachmentService visitRecords;

    /**
     * One line of the schedule: the plan, the visit date (typed, else the earliest date of its records), the row
     * version of what was typed, the out-of-window flag, the status ({@link VisitStatus}), the procedures still
     * missing and the not-done reason.
     */
    public record ScheduledVisit(PlannedVisit planned, LocalDate actualDate, Long version, boolean outOfWindow,
                                 String status, List<String> missing, String notDoneReason, boolean dateFromData) {

        static ScheduledVisit of(VisitStates.State s) {
            return new ScheduledVisit(s.planned(), s.date(), s.version(), s.outOfWindow(), s.status().name(),
                    s.missing(), s.notDoneReason(), s.dateFromData());
        }
    }

    public List<ScheduledVisit> schedule(Long subjectId) {
        Subject s = subjects.get(subjectId);
        return visitRecords.states(s, sites.today(s.getSiteId()).date()).stream().map(ScheduledVisit::of).toList();
    }

    /** The planned visits of a subject, counted from its actual treatment dates (no access check). */
    public List<PlannedVisit> plan(Subject s) {
        return visitRecords.plan(s);
    }

    /**
     * Marks a visit not done, with the reason (required); refused when records are attached to it. Audited. The
     * visit keeps that status until a date is typed for it.
     */
    public ScheduledVisit markNotDone(Long subjectId, String visitCode, Long expectedVersion, String reason) {
        Subject s = subjects.get(subjectId);
        access.requireRoleAt(s.getStudyId(), s.getSiteId(), "visits of " + s.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.DATA_MANAGER, Role.ADMIN);
        VisitStates.State state = visitRecords.states(s, sites.today(s.getSiteId()).date()).stream()
                .filter(v -> v.planned().code().equals(visitCode)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Visit", visitCode));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", Text.of(Bundle.SUBJECT, "visit.refused.notDoneReason", visitCode));
        }
        if (state.dateFromData()) {
            throw new InvalidInput("visitCode", Text.of(Bundle.SUBJECT, "visit.refused.notDoneHasData", visitCode,
                    state.date()));
        }
        Optional<SubjectVisit> existing = em.createQuery("select v from SubjectVisit v where v.subjectId = :s and v.visitCode = :c", SubjectVisit.class)
                .setParameter("s", subjectId).setParameter("c", visitCode).getResultStream().findFirst();
        if (existing.isPresent() ? !Objects.equals(expectedVersion, existing.get().getVersion())
                : expectedVersion != null && expectedVersion != 0) {
            throw new EditConflict(Text.of(Bundle.SUBJECT, "record.visit", visitCode, s.label()));
        }
        String old = existing.map(v -> v.getNotDoneReason() != null ? "NOT_DONE"
                : v.getVisitDate() == null ? null : v.getVisitDate().toString()).orElse(null);
        SubjectVisit v = existing.orElseGet(() -> new SubjectVisit(subjectId, visitCode, state.planned().definitionCode()));
        v.notDone(reason.trim(), access.caller());
        if (existing.isEmpty()) {
            em.persist(v);
        }
        em.flush();
        audit.record(AuditEntry.of(existing.isEmpty() ? "CREATE" : "UPDATE", "SubjectVisit", v.getId())
                .scope(s.getStudyId(), s.getSiteId(), s.label()).field(visitCode, old, "NOT_DONE").reason(reason.trim()));
        return new ScheduledVisit(state.planned(), null, v.getVersion(), false, VisitStatus.NOT_DONE.name(),
                state.missing(), v.getNotDoneReason(), false);
    }

    /**
     * Records (or corrects, with a reason) the date a planned visit took place; a date outside the subject's time in the
     * study ({@link StudyPeriod}: before informed consent, after death, in the future) is refused, one outside the window is accepted and flagged.
     */
    public ScheduledVisit recordVisit(Long subjectId, String visitCode, Long expectedVersion, LocalDate date, String reason) {
        Subject s = subjects.get(subjectId);
        access.requireRoleAt(s.getStudyId(), s.getSiteId(), "visits of " + s.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.DATA_MANAGER, Role.ADMIN);
        PlannedVisit p = plan(s).stream().filter(v -> v.code().equals(visitCode)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Visit", visitCode));
        if (date == null) {
            throw new InvalidInput("visitDate", Text.of(Bundle.SUBJECT, "visit.refused.dateRequired"));
        }
        periods.of(s).require(StudyPeriod.Kind.CLINICAL, "visitDate", date);
        Optional<SubjectVisit> existing = em.createQuery("select v from SubjectVisit v where v.subjectId = :s and v.visitCode = :c", SubjectVisit.class)
                .setParameter("s", subjectId).setParameter("c", visitCode).getResultStream().findFirst();
        if (existing.isPresent() ? !Objects.equals(expectedVersion, existing.get().getVersion())
                : expectedVersion != null && expectedVersion != 0) {
            throw new EditConflict(Text.of(Bundle.SUBJECT, "record.visit", visitCode, s.label()));
        }
        LocalDate old = existing.map(SubjectVisit::getVisitDate).orElse(null);
        if (old != null && !old.equals(date) && (reason == null || reason.isBlank())) {
            throw new InvalidInput("reason", Text.of(Bundle.SUBJECT, "visit.refused.reason"));
        }
        SubjectVisit v = existing.orElseGet(() -> new SubjectVisit(subjectId, visitCode, p.definitionCode()));
        boolean outside = p.isOutOfWindow(date);
        v.dated(date, outside, access.caller());
        if (existing.isEmpty()) {
            em.persist(v);
        }
        em.flush();
        audit.record(AuditEntry.of(existing.isEmpty() ? "CREATE" : "UPDATE", "SubjectVisit", v.getId())
                .scope(s.getStudyId(), s.getSiteId(), s.label()).field(visitCode, old, date)
                .reason(outside ? joinReason(reason, "outside window " + p.earliest() + ".." + p.latest()) : reason));
        return schedule(subjectId).stream().filter(x -> x.planned().code().equals(visitCode)).findFirst().orElseThrow();
    }

    private static String joinReason(String reason, String flag) {
        return reason == null || reason.isBlank() ? flag : reason + " (" + flag + ")";
    }
}
