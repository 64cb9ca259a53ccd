package org.vigia.followup;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * One subject's follow-up records up to the date, as the study-level reports need them: the discontinuation,
     * the death, the loss to follow-up and the survival-endpoint dates. The records themselves stay inside the
     * follow-up feature.
     */
    public static final class SubjectFollowUp {

        static final SubjectFollowUp NONE = new SubjectFollowUp(List.of(), List.of(), List.of());

        private final List<TreatmentEnd> treatmentEnds;
        private final List<FollowUpContact> contacts;
        private final List<DiseaseEvent> diseaseEvents;

        /**
         * @param treatmentEnds treatment discontinuations and end-of-treatment visits, by date
         * @param contacts      follow-up contacts (alive, dead, lost to follow-up), by date
         * @param diseaseEvents progressions and recurrences, by date
         */
        SubjectFollowUp(List<TreatmentEnd> treatmentEnds, List<FollowUpContact> contacts,
                        List<DiseaseEvent> diseaseEvents) {
            this.treatmentEnds = treatmentEnds;
            this.contacts = contacts;
            this.diseaseEvents = diseaseEvents;
        }

        /** The first discontinuation of study treatment, if any. */
        public Optional<Discontinuation> discontinuation() {
            return treatmentEnds.stream().filter(t -> t.getKind() == TreatmentEnd.Kind.DISCONTINUATION).findFirst()
                    .map(t -> new Discontinuation(t.getEventDate(), t.getReason() == null ? "OTHER" : t.getReason().name()));
        }

        /** The earliest recorded death, if any. */
        public Optional<Death> death() {
            return contacts.stream()
                    .filter(c -> c.getSurvivalStatus() == FollowUpContact.SurvivalStatus.DEAD && c.getDeathDate() != null)
                    .min(Comparator.comparing(FollowUpContact::getDeathDate))
                    .map(c -> new Death(c.getDeathDate(), c.getDeathCause() == null ? "UNKNOWN" : c.getDeathCause().name(),
                            c.getDeathCauseText()));
        }

        /** The date of the latest contact when it says lost to follow-up and no death is recorded. */
        public Optional<LocalDate> lostToFollowUpOn() {
            if (contacts.isEmpty() || death().isPresent()) {
                return Optional.empty();
            }
            FollowUpContact latest = contacts.get(contacts.size() - 1);
            return latest.getSurvivalStatus() == FollowUpContact.SurvivalStatus.LOST_TO_FOLLOW_UP
                    ? Optional.of(latest.getContactDate()) : Optional.empty();
        }

        /** The survival-endpoint dates from these records ({@link SurvivalEventDates#from}). */
        public SurvivalEventDates survival(Long subjectId, String label, String armId, LocalDate enrolledOn,
                                           LocalDate firstDose, LocalDate lastDose) {
            return SurvivalEventDates.from(subjectId, label, armId, enrolledOn, firstDose, lastDose, diseaseEvents,
                    contacts);
        }
    }

    /** The end of study treatment: its date and reason code ({@code TreatmentEnd.Reason}, OTHER when none). */
    public record Discontinuation(LocalDate date, String reason) {
    }

    /** A death: its date, the cause's code ({@code FollowUpContact.DeathCause}, UNKNOWN when none) and the text typed. */
    public record Death(LocalDate date, String cause, String causeText) {
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
