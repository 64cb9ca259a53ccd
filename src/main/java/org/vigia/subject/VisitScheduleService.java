package org.vigia.subject;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.vigia.study.AnchorDates;
import org.vigia.study.PlannedVisit;
import org.vigia.study.StudyService;
import org.vigia.study.VisitScheduleCalculator;
import org.vigia.study.definition.StudyDefinition;

/**
 * The visit schedule of an enrolled subject, planned by {@link VisitScheduleCalculator} from the subject's
 * definition version, enrolment date and the cycles actually started ({@link TreatmentStarts}: a delayed cycle moves
 * the later cycles' visits), with the actual visit dates entered and whether each is outside its window. A subject not yet enrolled has only the screening visit (its window counts back from today).
 */
@Stateless
public class VisitScheduleService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private SiteService sites;

    @Inject
    private TreatmentStarts treatmentStarts;

    /** One line of the schedule: the plan, the actual date (if any), and its status on {@code today}. */
    public record ScheduledVisit(PlannedVisit planned, LocalDate actualDate, Long version, boolean outOfWindow,
                                 String status) {
    }

    public List<ScheduledVisit> schedule(Long subjectId) {
        Subject s = subjects.get(subjectId);
        Map<String, SubjectVisit> actual = em.createQuery("select v from SubjectVisit v where v.subjectId = :s", SubjectVisit.class)
                .setParameter("s", subjectId).getResultList().stream()
                .collect(Collectors.toMap(SubjectVisit::getVisitCode, Function.identity()));
        LocalDate today = LocalDate.now();
        List<ScheduledVisit> out = new ArrayList<>();
        for (PlannedVisit p : plan(s)) {
            SubjectVisit v = actual.get(p.code());
            out.add(new ScheduledVisit(p, v == null ? null : v.getVisitDate(), v == null ? null : v.getVersion(),
                    v != null && v.isOutOfWindow(), status(p, v == null ? null : v.getVisitDate(), today)));
        }
        return out;
    }

    /** The planned visits of a subject (no access check: callers have loaded the subject). */
    public List<PlannedVisit> plan(Subject s) {
        StudyDefinition def = studies.definition(s.getStudyId(), s.getDefinitionVersion());
        if (s.getEnrolledOn() == null || s.getArmId() == null) {
            return new VisitScheduleCalculator(def).plan(def.arms().get(0).id(), AnchorDates.enrolledOn(
                    s.getScreenedOn().plusDays(def.visits().get(0).windowBeforeDays()))).stream()
                    .filter(p -> p.definitionCode().equals(def.visits().get(0).code())).toList();
        }
        AnchorDates anchors = AnchorDates.enrolledOn(s.getEnrolledOn());
        for (Map.Entry<String, Map<Integer, LocalDate>> phase : treatmentStarts.of(s.getId()).entrySet()) {
            if (def.getArm(s.getArmId()).findPhase(phase.getKey()).isEmpty()) {
                continue;
            }
            for (Map.Entry<Integer, LocalDate> cycle : phase.getValue().entrySet()) {
                anchors = cycle.getKey() == 1 ? anchors.withPhaseStart(phase.getKey(), cycle.getValue())
                        : anchors.withCycleStart(phase.getKey(), cycle.getKey(), cycle.getValue());
            }
        }
        return new VisitScheduleCalculator(def).plan(s.getArmId(), anchors);
    }

    /** COMPLETE (dated), OVERDUE (window passed without a date), DUE (inside the window today), or PLANNED. */
    public static String status(PlannedVisit p, LocalDate actual, LocalDate today) {
        if (actual != null) {
            return "COMPLETE";
        }
        if (today.isAfter(p.latest())) {
            return "OVERDUE";
        }
        return today.isBefore(p.earliest()) ? "PLANNED" : "DUE";
    }

    /**
     * Records (or corrects, with a reason) the date a planned visit took place; a date before informed consent or
     * in the future is refused, one outside the window is accepted and flagged.
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
        sites.today(s.getSiteId()).require("visitDate", date);
        if (s.getConsentDate() != null && date.isBefore(s.getConsentDate())) {
            throw new InvalidInput("visitDate", Text.of(Bundle.SUBJECT, "visit.refused.beforeConsent", s.getConsentDate()));
        }
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
        return new ScheduledVisit(p, date, v.getVersion(), outside, "COMPLETE");
    }

    private static String joinReason(String reason, String flag) {
        return reason == null || reason.isBlank() ? flag : reason + " (" + flag + ")";
    }
}
