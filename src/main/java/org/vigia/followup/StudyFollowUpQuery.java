package org.vigia.followup;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Treatment ends, follow-up contacts and disease events of every subject of a study up to a date, read in bulk for
 * study-level reports (the DMC report). A record counts when its own date (event date, contact date) is on or
 * before the date; a death counts when the contact that reports it and the death date both are. No access check:
 * the caller has checked the study.
 *
 * <pre>{@code
 * Map<Long, SubjectFollowUp> f = followUps.followUp(studyId, cutOff);
 * SurvivalEventDates d = f.get(id).survival(id, label, arm, enrolledOn, firstDose, lastDose);
 * }</pre>
 */
@Stateless
public class StudyFollowUpQuery {

    @PersistenceContext
    private EntityManager em;

    /**
     * One subject's follow-up records up to the date, each list by date.
     *
     * @param treatmentEnds treatment discontinuations and end-of-treatment visits
     * @param contacts      follow-up contacts (alive, dead, lost to follow-up)
     * @param diseaseEvents progressions and recurrences
     */
    public record SubjectFollowUp(List<TreatmentEnd> treatmentEnds, List<FollowUpContact> contacts,
                                  List<DiseaseEvent> diseaseEvents) {

        static final SubjectFollowUp NONE = new SubjectFollowUp(List.of(), List.of(), List.of());

        /** The first discontinuation of study treatment, or null while on treatment. */
        public TreatmentEnd discontinuation() {
            return treatmentEnds.stream().filter(t -> t.getKind() == TreatmentEnd.Kind.DISCONTINUATION).findFirst()
                    .orElse(null);
        }

        /** The survival-endpoint dates from these records ({@link SurvivalEventDates#from}). */
        public SurvivalEventDates survival(Long subjectId, String label, String armId, LocalDate enrolledOn,
                                           LocalDate firstDose, LocalDate lastDose) {
            return SurvivalEventDates.from(subjectId, label, armId, enrolledOn, firstDose, lastDose, diseaseEvents,
                    contacts);
        }
    }

    /** The records of each subject of {@code studyId} dated on or before {@code upTo}; absent subjects have none. */
    public Map<Long, SubjectFollowUp> followUp(long studyId, LocalDate upTo) {
        Map<Long, List<TreatmentEnd>> ends = new HashMap<>();
        em.createQuery("select t from TreatmentEnd t where t.eventDate <= :upTo and t.subjectId in"
                        + " (select s.id from Subject s where s.studyId = :study) order by t.subjectId, t.eventDate, t.id",
                        TreatmentEnd.class)
                .setParameter("study", studyId).setParameter("upTo", upTo).setHint("eclipselink.read-only", "true")
                .getResultList().forEach(t -> ends.computeIfAbsent(t.getSubjectId(), k -> new ArrayList<>()).add(t));
        Map<Long, List<FollowUpContact>> contacts = new HashMap<>();
        em.createQuery("select c from FollowUpContact c where c.contactDate <= :upTo and c.subjectId in"
                        + " (select s.id from Subject s where s.studyId = :study) order by c.subjectId, c.contactDate, c.id",
                        FollowUpContact.class)
                .setParameter("study", studyId).setParameter("upTo", upTo).setHint("eclipselink.read-only", "true")
                .getResultList().stream()
                .filter(c -> c.getDeathDate() == null || !c.getDeathDate().isAfter(upTo))
                .forEach(c -> contacts.computeIfAbsent(c.getSubjectId(), k -> new ArrayList<>()).add(c));
        Map<Long, List<DiseaseEvent>> events = new HashMap<>();
        em.createQuery("select e from DiseaseEvent e where e.eventDate <= :upTo and e.subjectId in"
                        + " (select s.id from Subject s where s.studyId = :study) order by e.subjectId, e.eventDate, e.id",
                        DiseaseEvent.class)
                .setParameter("study", studyId).setParameter("upTo", upTo).setHint("eclipselink.read-only", "true")
                .getResultList().forEach(e -> events.computeIfAbsent(e.getSubjectId(), k -> new ArrayList<>()).add(e));
        Map<Long, SubjectFollowUp> result = new HashMap<>();
        for (Long id : union(ends.keySet(), contacts.keySet(), events.keySet())) {
            result.put(id, new SubjectFollowUp(ends.getOrDefault(id, List.of()), contacts.getOrDefault(id, List.of()),
                    events.getOrDefault(id, List.of())));
        }
        return result;
    }

    /** The records of a subject absent from {@link #followUp}: none. */
    public static SubjectFollowUp none() {
        return SubjectFollowUp.NONE;
    }

    @SafeVarargs
    private static java.util.Set<Long> union(java.util.Set<Long>... sets) {
        java.util.Set<Long> all = new java.util.TreeSet<>();
        for (java.util.Set<Long> s : sets) {
            all.addAll(s);
        }
        return all;
    }
}
