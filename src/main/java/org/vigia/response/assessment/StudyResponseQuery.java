package org.vigia.response.assessment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.response.BestOverallResponseCalculator;
import org.vigia.response.BestOverallResponseInput;
import org.vigia.response.BestOverallResponseResult;
import org.vigia.response.RecistResponse;
import org.vigia.response.TimePointAssessment;
import org.vigia.study.StudyService;
import org.vigia.subject.Subject;

/**
 * The RECIST 1.1 outcome of every subject of a study's response population at a date, read in bulk: the one
 * computation behind the response screen, {@code GET /api/v1/studies/{registryId}/response-summary} and the DMC
 * report, so that they give the same ORR and DCR on the same data and cut-off.
 *
 * <p>Response population: subjects enrolled on or before the date with a baseline tumour assessment dated on or
 * before it. Time points: the follow-ups dated on or before the date, each with the response that counts (the
 * investigator's override, else the response computed when it was saved, with the nadir and prior CR of the
 * earlier follow-ups: a later follow-up never changes an earlier time point). A subject whose baseline is
 * incomplete (no lesion, or a target lesion without its diameter) has no evaluable time point (NE). Best overall
 * response, first response, progression and duration of response by {@link BestOverallResponseCalculator} with
 * the confirmation settings of the subject's definition version. No access check: callers check the study and
 * pass the sites the caller may see.
 *
 * <pre>{@code
 * List<SubjectResponse> r = query.responses(studyId, cutOff, null);   // null: every site
 * }</pre>
 */
@Stateless
public class StudyResponseQuery {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyService studies;

    /**
     * One row per subject of the response population of {@code studyId} at {@code upTo}, by subject id.
     *
     * @param siteIds the sites to include, null for all
     */
    public List<SubjectResponse> responses(long studyId, LocalDate upTo, Set<Long> siteIds) {
        if (siteIds != null && siteIds.isEmpty()) {
            return List.of();
        }
        List<Subject> population = population(studyId, upTo, siteIds);
        if (population.isEmpty()) {
            return List.of();
        }
        Set<Long> complete = completeBaselines(studyId);
        Map<Long, List<Object[]>> followUps = followUps(studyId, upTo);
        Map<String, ResponseSettings> settingsByVersion = new HashMap<>();
        BestOverallResponseCalculator calculator = new BestOverallResponseCalculator();
        List<SubjectResponse> result = new ArrayList<>();
        for (Subject s : population) {
            ResponseSettings settings = settingsByVersion.computeIfAbsent(s.getDefinitionVersion(),
                    v -> ResponseSettings.of(studies.definition(studyId, v).responseAssessment()));
            List<TimePointAssessment> points = complete.contains(s.getId())
                    ? timePoints(s, followUps.getOrDefault(s.getId(), List.of())) : new ArrayList<>();
            BestOverallResponseResult bor = calculator.evaluate(new BestOverallResponseInput(points,
                    settings.confirmationRequired(), settings.confirmationMinDays(), settings.stableDiseaseMinDays()));
            result.add(new SubjectResponse(s.getId(), s.label(), s.getSiteId(), s.getArmId(), s.getEnrolledOn(),
                    points.size(), bor.bestOverallResponse(), date(s, bor.firstResponseStudyDay()),
                    date(s, bor.progressionStudyDay()), date(s, bor.lastEvaluableStudyDay()),
                    bor.durationOfResponseDays(), bor.durationOfResponseCensored()));
        }
        return result;
    }

    /** The subjects enrolled on or before the date with a baseline dated on or before it, by id. */
    private List<Subject> population(long studyId, LocalDate upTo, Set<Long> siteIds) {
        var query = em.createQuery("select s from Subject s where s.studyId = :study"
                        + " and s.enrolledOn is not null and s.enrolledOn <= :upTo and exists (select b from"
                        + " TumourAssessment b where b.subjectId = s.id and b.kind = :baseline and b.assessedOn <= :upTo)"
                        + (siteIds == null ? "" : " and s.siteId in :sites") + " order by s.id", Subject.class)
                .setParameter("study", studyId).setParameter("upTo", upTo)
                .setParameter("baseline", TumourAssessment.Kind.BASELINE)
                .setHint("eclipselink.read-only", "true");
        if (siteIds != null) {
            query.setParameter("sites", siteIds);
        }
        return query.getResultList();
    }

    /** The subjects whose baseline has lesions and a diameter above 0 for every target lesion. */
    private Set<Long> completeBaselines(long studyId) {
        Set<Long> complete = new HashSet<>();
        List<?> baselines = em.createNativeQuery("SELECT b.subject_id, COUNT(l.id), SUM(CASE WHEN l.role = 'TARGET'"
                        + " AND (l.diameter_mm IS NULL OR l.diameter_mm <= 0) THEN 1 ELSE 0 END)"
                        + " FROM tumour_assessment b LEFT JOIN tumour_lesion l ON l.assessment_id = b.id"
                        + " WHERE b.study_id = ?1 AND b.kind = 'BASELINE' GROUP BY b.subject_id")
                .setParameter(1, studyId).getResultList();
        for (Object o : baselines) {
            Object[] r = (Object[]) o;
            if (((Number) r[1]).longValue() > 0 && ((Number) r[2]).longValue() == 0) {
                complete.add(((Number) r[0]).longValue());
            }
        }
        return complete;
    }

    /** The follow-ups up to the date (subject id, date, response that counts), per subject in date order. */
    private Map<Long, List<Object[]>> followUps(long studyId, LocalDate upTo) {
        Map<Long, List<Object[]>> followUps = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT subject_id, assessed_on, COALESCE(override_response,"
                        + " computed_response) FROM tumour_assessment WHERE study_id = ?1 AND kind = 'FOLLOW_UP'"
                        + " AND assessed_on <= ?2 ORDER BY subject_id, assessed_on, id")
                .setParameter(1, studyId).setParameter(2, java.sql.Date.valueOf(upTo)).getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            followUps.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r);
        }
        return followUps;
    }

    /** A subject's follow-ups as time points by study day (no response recorded: NE). */
    private static List<TimePointAssessment> timePoints(Subject s, List<Object[]> rows) {
        List<TimePointAssessment> points = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate on = r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1];
            RecistResponse overall = r[2] == null ? RecistResponse.NE : RecistResponse.valueOf((String) r[2]);
            points.add(new TimePointAssessment(studyDay(s.getEnrolledOn(), on), overall));
        }
        return points;
    }

    private static int studyDay(LocalDate enrolledOn, LocalDate date) {
        return (int) ChronoUnit.DAYS.between(enrolledOn, date) + 1;
    }

    private static LocalDate date(Subject subject, Integer studyDay) {
        return studyDay == null ? null : subject.getEnrolledOn().plusDays(studyDay - 1L);
    }
}
