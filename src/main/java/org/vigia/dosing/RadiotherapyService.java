package org.vigia.dosing;

import org.vigia.subject.VisitAttachmentService;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import org.vigia.site.SiteService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectEndDates;
import org.vigia.subject.StudyPeriod;
import org.vigia.subject.StudyPeriods;
import org.vigia.subject.SubjectService;

/**
 * Radiotherapy delivery: fractions per course of the subject's arm, cumulative dose against the prescription,
 * interruptions, and the course's event rules from the study definition (NCT07277764 "Early stop if CR at 50 Gy or
 * ulcer occurs per protocol" shows STOP_EARLY once it fires).
 */
@Stateless
public class RadiotherapyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VisitAttachmentService visitRecords;
    @Inject
    private SubjectService subjects;
    @Inject
    private AccessGuard access;
    @Inject
    private AuditService audit;

    @Inject
    private SiteService sites;
    @Inject
    private DosingService dosing;
    @Inject
    @jakarta.enterprise.inject.Any
    private jakarta.enterprise.inject.Instance<org.vigia.subject.RadiotherapyEventSource> eventSources;
    @Inject
    private SubjectEndDates endDates;
    @Inject
    private StudyPeriods periods;

    /**
     * The courses of the subject's arm with what has been delivered, evaluated with the events observed at the fractions
     * and those the weekly checks and forms raise as of the site's today.
     */
    public List<RadiotherapyStatus> courses(Long subjectId) {
        Subject subject = subjects.get(subjectId);
        return courses(subject, raisedOn(subjectId, sites.today(subject.getSiteId()).date()));
    }

    /**
     * The events the weekly checks and forms raise on {@code day} ({@link org.vigia.subject.RadiotherapyEventSource}): of each source and
     * event, the latest finding on or before the day, when it is raised.
     */
    Set<String> raisedOn(Long subjectId, LocalDate day) {
        Set<String> raised = new LinkedHashSet<>();
        for (org.vigia.subject.RadiotherapyEventSource source : eventSources) {
            Map<String, org.vigia.subject.RadiotherapyEventSource.Finding> latest = new java.util.HashMap<>();
            for (org.vigia.subject.RadiotherapyEventSource.Finding f : source.findings(subjectId)) {
                if (!f.on().isAfter(day)) {
                    latest.merge(f.event(), f, (a, b) -> b.on().isBefore(a.on()) ? a : b);
                }
            }
            latest.values().stream().filter(org.vigia.subject.RadiotherapyEventSource.Finding::raised)
                    .forEach(f -> raised.add(f.event()));
        }
        return raised;
    }

    private List<RadiotherapyStatus> courses(Subject subject, Set<String> raised) {
        Long subjectId = subject.getId();
        DosingDefinition definition = dosing.definitionOf(subject);
        Set<String> ids = new LinkedHashSet<>();
        definition.study().findArm(subject.getArmId()).map(Arm::phases).orElse(List.of()).stream()
                .map(TreatmentPhase::radiotherapyCourses).forEach(ids::addAll);
        List<RadiotherapyStatus> result = new ArrayList<>();
        for (String id : ids) {
            RadiotherapyPrescription prescription = definition.findPrescription(id).orElseThrow();
            List<DeliveredFraction> fractions = em.createQuery("select f from DeliveredFraction f where f.subjectId = :s"
                            + " and f.courseId = :c order by f.deliveredOn, f.id", DeliveredFraction.class)
                    .setParameter("s", subjectId).setParameter("c", id).getResultList();
            RadiotherapyDelivery delivery = new RadiotherapyDelivery(prescription,
                    fractions.stream().map(DeliveredFraction::fraction).toList());
            Set<String> events = new HashSet<>(raised);
            fractions.forEach(f -> events.addAll(f.events()));
            result.add(new RadiotherapyStatus(prescription, delivery, fractions,
                    definition.radiotherapyEventPolicy().evaluate(delivery, new RadiotherapyObservation(events))));
        }
        return result;
    }

    /** Records a delivered fraction with the events observed at it. */
    public DeliveredFraction recordFraction(Long subjectId, String courseId, LocalDate on, BigDecimal doseGy,
                                            Set<String> events) {
        Subject subject = subjects.get(subjectId);
        access.requireRoleAt(subject.getStudyId(), subject.getSiteId(), "subject " + subject.label(),
                Role.SITE_COORDINATOR, Role.INVESTIGATOR, Role.ADMIN);
        if (on == null) {
            throw new InvalidInput("on", Text.of(Bundle.DOSING, "rt.required.on"));
        }
        // the rules see what the weekly checks and forms have raised by the day of the fraction (an ulcer stops it);
        // the fraction keeps only the events observed at it
        List<RadiotherapyStatus> courses = courses(subject, raisedOn(subjectId, on));
        RadiotherapyStatus course = courses.stream().filter(c -> c.prescription().course().equals(courseId)).findFirst()
                .orElseThrow(() -> new InvalidInput("course",
                        Text.of(Bundle.DOSING, "rt.refused.unknownCourse", String.valueOf(courseId))));
        sites.today(subject.getSiteId()).require("on", on);
        periods.of(subject).require(StudyPeriod.Kind.TREATMENT, "on", on);
        Optional<LocalDate> stop = endDates.of(subjectId).treatmentStop();
        if (stop.isPresent() && on.isAfter(stop.get())) {
            throw new InvalidInput("on", Text.of(Bundle.DOSING, "dose.refused.afterTreatmentStop", on, stop.get()));
        }
        if (doseGy == null || doseGy.signum() <= 0) {
            throw new InvalidInput("doseGy", Text.of(Bundle.DOSING, "rt.required.doseGy"));
        }
        if (course.recommendation().action() == RadiotherapyRecommendation.Outcome.STOP_EARLY) {
            throw new InvalidInput("course", Text.of(Bundle.DOSING, "rt.refused.stoppedEarly",
                    course.recommendation().reasonTexts()));
        }
        DeliveredFraction f = new DeliveredFraction(subjectId, courseId, new RadiotherapyFraction(on, doseGy),
                new RadiotherapyObservation(events), access.caller());
        em.persist(f);
        em.flush();
        visitRecords.attach(subjectId, VisitRecord.of("DeliveredFraction", f.getId(), VisitProcedures.RADIOTHERAPY, on).course(courseId));
        audit.recordAll(AuditEntry.of("CREATE", "DeliveredFraction", f.getId())
                .scope(subject.getStudyId(), subject.getSiteId(), subject.label())
                .changes(Map.of(), Map.of("course", courseId, "on", on, "doseGy", doseGy,
                        "events", f.getObservedEvents() == null ? "" : f.getObservedEvents())));
        return f;
    }
}
