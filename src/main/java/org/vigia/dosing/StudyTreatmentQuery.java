package org.vigia.dosing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import org.vigia.study.definition.Administration;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.RadiotherapyCourse;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TreatmentPhase;

/**
 * The study treatment of every subject of a study up to a date, read in bulk for study-level reports (the DMC
 * report): exposure per agent ({@link ExposureService#exposureOf}, the same computation as the dosing screen),
 * radiotherapy delivered per course, dose deviations per agent, and the first and last day of study treatment.
 * No access check: the caller (a report service) has checked the study.
 *
 * <p>Study treatment of a subject = the agents and radiotherapy courses of the phases of the subject's arm in the
 * study definition; a subject is treated from the first administration given (status GIVEN, dose above 0) of
 * such an agent or the first fraction of such a course.
 *
 * <pre>{@code
 * Map<Long, SubjectTreatment> t = treatment.treatment(studyId, definition, armBySubject, cutOff);
 * }</pre>
 */
@Stateless
public class StudyTreatmentQuery {

    @PersistenceContext
    private EntityManager em;

    /** The first and the last day a subject was given anything recorded (status GIVEN). */
    public record GivenSpan(LocalDate first, LocalDate last) {
    }

    /**
     * The days of the first and the last administration of {@code subjectId} with status GIVEN, or empty when none
     * (the follow-up feature's survival dates of one subject); the caller has checked access to the subject.
     */
    public Optional<GivenSpan> givenSpan(long subjectId) {
        Object[] span = em.createQuery("select min(a.administeredOn), max(a.administeredOn) from TreatmentAdministration a"
                        + " where a.subjectId = :s and a.status = :given", Object[].class)
                .setParameter("s", subjectId).setParameter("given", TreatmentAdministration.Status.GIVEN)
                .getSingleResult();
        return span[0] == null ? Optional.empty() : Optional.of(new GivenSpan((LocalDate) span[0], (LocalDate) span[1]));
    }

    /**
     * Radiotherapy delivered in one course.
     *
     * @param fractions fractions delivered up to the date
     * @param totalGy   sum of the fraction doses
     */
    public record CourseDelivery(String courseId, String courseName, int fractions, BigDecimal totalGy,
                                 LocalDate firstFraction, LocalDate lastFraction) {
    }

    /**
     * One subject's study treatment up to the date.
     *
     * @param firstTreatment     first administration given or fraction delivered of the arm's study treatment;
     *                           null when never treated
     * @param lastTreatment      last such day (nullable)
     * @param agents             exposure per agent of the study given at least once or recorded as held
     * @param radiotherapy       radiotherapy courses with at least one fraction
     * @param deviationsByAgent  dose deviations recorded per agent id (deviations without an agent under "")
     */
    public record SubjectTreatment(long subjectId, LocalDate firstTreatment, LocalDate lastTreatment,
                                   List<AgentExposure> agents, List<CourseDelivery> radiotherapy,
                                   Map<String, Integer> deviationsByAgent) {

        public boolean treated() {
            return firstTreatment != null;
        }
    }

    /**
     * The treatment of each subject of {@code studyId} in {@code armBySubject} (subject id → arm id), from the
     * records dated on or before {@code upTo}; subjects without any record are absent.
     */
    public Map<Long, SubjectTreatment> treatment(long studyId, StudyDefinition definition, Map<Long, String> armBySubject,
                                                 LocalDate upTo) {
        Map<Long, List<TreatmentAdministration>> lines = administrations(studyId, upTo);
        Map<Long, List<DeliveredFraction>> fractions = fractions(studyId, upTo);
        Map<Long, Map<String, Integer>> deviations = deviationCounts(studyId, upTo);

        Map<Long, SubjectTreatment> result = new LinkedHashMap<>();
        Map<String, StudyTreatment> byArm = new HashMap<>();
        Set<Long> ids = new HashSet<>(lines.keySet());
        ids.addAll(fractions.keySet());
        for (Long subjectId : ids.stream().sorted().toList()) {
            String armId = armBySubject.get(subjectId);
            if (!armBySubject.containsKey(subjectId)) {
                continue;
            }
            StudyTreatment arm = byArm.computeIfAbsent(Objects.toString(armId, ""), a -> StudyTreatment.of(definition, armId));
            result.put(subjectId, subjectTreatment(subjectId, definition, armId, arm,
                    lines.getOrDefault(subjectId, List.of()), fractions.getOrDefault(subjectId, List.of()),
                    deviations.getOrDefault(subjectId, Map.of())));
        }
        return result;
    }

    /** One subject's treatment: its first and last day of study treatment over agents and courses, exposure, RT. */
    private static SubjectTreatment subjectTreatment(long subjectId, StudyDefinition definition, String armId,
                                                     StudyTreatment arm, List<TreatmentAdministration> mine,
                                                     List<DeliveredFraction> delivered,
                                                     Map<String, Integer> deviationsByAgent) {
        LocalDate first = null;
        LocalDate last = null;
        for (TreatmentAdministration a : mine) {
            if (a.getStatus() == TreatmentAdministration.Status.GIVEN && arm.agents().contains(a.getAgentId())
                    && a.getAdministeredMg() != null && a.getAdministeredMg().signum() > 0) {
                first = min(first, a.getAdministeredOn());
                last = max(last, a.getAdministeredOn());
            }
        }
        List<CourseDelivery> courses = courses(definition, delivered);
        for (CourseDelivery c : courses) {
            if (arm.courses().contains(c.courseId()) && c.totalGy().signum() > 0) {
                first = min(first, c.firstFraction());
                last = max(last, c.lastFraction());
            }
        }
        return new SubjectTreatment(subjectId, first, last, ExposureService.exposureOf(definition, armId, mine), courses,
                deviationsByAgent);
    }

    /** The radiotherapy delivered per course, in the order the courses were first delivered. */
    private static List<CourseDelivery> courses(StudyDefinition definition, List<DeliveredFraction> delivered) {
        Map<String, List<DeliveredFraction>> byCourse = new LinkedHashMap<>();
        delivered.forEach(f -> byCourse.computeIfAbsent(f.getCourseId(), k -> new ArrayList<>()).add(f));
        List<CourseDelivery> courses = new ArrayList<>();
        for (Map.Entry<String, List<DeliveredFraction>> e : byCourse.entrySet()) {
            List<DeliveredFraction> fs = e.getValue();
            LocalDate from = fs.stream().map(DeliveredFraction::getDeliveredOn).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate to = fs.stream().map(DeliveredFraction::getDeliveredOn).max(Comparator.naturalOrder()).orElseThrow();
            BigDecimal gy = fs.stream().map(DeliveredFraction::getDoseGy).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String name = definition.findRadiotherapyCourse(e.getKey()).map(RadiotherapyCourse::name).orElse(e.getKey());
            courses.add(new CourseDelivery(e.getKey(), name, fs.size(), gy, from, to));
        }
        return courses;
    }

    /** The study's administration records up to the date, per subject in date order. */
    private Map<Long, List<TreatmentAdministration>> administrations(long studyId, LocalDate upTo) {
        Map<Long, List<TreatmentAdministration>> lines = new HashMap<>();
        em.createQuery("select a from TreatmentAdministration a where a.administeredOn <= :upTo and a.subjectId in"
                        + " (select s.id from Subject s where s.studyId = :study) order by a.subjectId, a.administeredOn,"
                        + " a.id", TreatmentAdministration.class)
                .setParameter("study", studyId).setParameter("upTo", upTo)
                .setHint("eclipselink.read-only", "true")
                .getResultList().forEach(a -> lines.computeIfAbsent(a.getSubjectId(), k -> new ArrayList<>()).add(a));
        return lines;
    }

    /** The study's radiotherapy fractions up to the date, per subject in date order. */
    private Map<Long, List<DeliveredFraction>> fractions(long studyId, LocalDate upTo) {
        Map<Long, List<DeliveredFraction>> fractions = new HashMap<>();
        em.createQuery("select f from DeliveredFraction f where f.deliveredOn <= :upTo and f.subjectId in"
                        + " (select s.id from Subject s where s.studyId = :study) order by f.subjectId, f.deliveredOn,"
                        + " f.id", DeliveredFraction.class)
                .setParameter("study", studyId).setParameter("upTo", upTo)
                .setHint("eclipselink.read-only", "true")
                .getResultList().forEach(f -> fractions.computeIfAbsent(f.getSubjectId(), k -> new ArrayList<>()).add(f));
        return fractions;
    }

    /** The number of dose deviations up to the date, per subject and agent id ("" for none). */
    private Map<Long, Map<String, Integer>> deviationCounts(long studyId, LocalDate upTo) {
        Map<Long, Map<String, Integer>> deviations = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT subject_id, agent_id, COUNT(*) FROM protocol_deviation"
                        + " WHERE study_id = ?1 AND occurred_on <= ?2 GROUP BY subject_id, agent_id")
                .setParameter(1, studyId).setParameter(2, java.sql.Date.valueOf(upTo)).getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            deviations.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .merge(r[1] == null ? "" : (String) r[1], ((Number) r[2]).intValue(), Integer::sum);
        }
        return deviations;
    }

    /** The agent ids and radiotherapy course ids of an arm's phases: its study treatment. */
    private record StudyTreatment(Set<String> agents, Set<String> courses) {
        static StudyTreatment of(StudyDefinition definition, String armId) {
            Set<String> agents = new HashSet<>();
            Set<String> courses = new HashSet<>();
            List<TreatmentPhase> phases = definition.findArm(armId).map(Arm::phases).orElse(List.of());
            for (TreatmentPhase p : phases) {
                p.administrations().stream().map(Administration::agent).forEach(agents::add);
                courses.addAll(p.radiotherapyCourses());
            }
            return new StudyTreatment(agents, courses);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
