package org.vigia.ae;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The investigator's assessment of every adverse event of a study, read in bulk for study-level reports (the DMC
 * report): causality and action taken per agent of the arm and for radiotherapy, and the worst grade of the grade
 * history up to a date. No access check: the caller has checked the study.
 *
 * <pre>{@code
 * Map<Long, Assessment> byAe = query.assessments(studyId, cutOff);
 * boolean related = byAe.get(aeId).related();
 * }</pre>
 */
@Stateless
public class AdverseEventAssessmentQuery {

    @PersistenceContext
    private EntityManager em;

    /**
     * Causality and action taken for one agent (or radiotherapy, agent id
     * {@link AdverseEventAttribution#RADIOTHERAPY}); causality or action null while not assessed.
     */
    public record Attribution(String agentId, String agentName, Causality causality, ActionTaken actionTaken) {

        public boolean related() {
            return causality != null && causality.isRelated();
        }

        public boolean radiotherapy() {
            return AdverseEventAttribution.RADIOTHERAPY.equals(agentId);
        }
    }

    /**
     * One adverse event's assessment.
     *
     * @param attributions         per agent, in the order recorded
     * @param worstGradeUpTo       the highest grade of the grade history whose start is on or before the date
     *                             (partial dates at their earliest day); null when the history has none
     */
    public record Assessment(long adverseEventId, List<Attribution> attributions, Integer worstGradeUpTo) {

        /** Related to any study treatment: causality possible, probable or definite for an agent or radiotherapy. */
        public boolean related() {
            return attributions.stream().anyMatch(Attribution::related);
        }

        /** The action taken with some agent was "drug withdrawn" (permanent discontinuation). */
        public boolean ledToDiscontinuation() {
            return attributions.stream().anyMatch(a -> a.actionTaken() == ActionTaken.DRUG_WITHDRAWN);
        }
    }

    /** The assessment of each adverse event of {@code studyId}, by adverse event id. */
    public Map<Long, Assessment> assessments(long studyId, LocalDate upTo) {
        Map<Long, List<Attribution>> attributions = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT at.adverse_event_id, at.agent_id, at.agent_name, at.causality,"
                        + " at.action_taken FROM adverse_event_attribution at JOIN adverse_event ae"
                        + " ON ae.id = at.adverse_event_id JOIN subject s ON s.id = ae.subject_id"
                        + " WHERE s.study_id = ?1 ORDER BY at.adverse_event_id, at.id")
                .setParameter(1, studyId).getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            attributions.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new Attribution(
                    (String) r[1], (String) r[2], r[3] == null ? null : Causality.valueOf((String) r[3]),
                    r[4] == null ? null : ActionTaken.valueOf((String) r[4])));
        }
        Map<Long, Integer> worst = new HashMap<>();
        // ISO partial dates compare as text: "2027-06" <= "2027-06-30" holds exactly when its earliest day does
        List<?> grades = em.createNativeQuery("SELECT g.adverse_event_id, MAX(g.grade) FROM adverse_event_grade g"
                        + " JOIN adverse_event ae ON ae.id = g.adverse_event_id JOIN subject s ON s.id = ae.subject_id"
                        + " WHERE s.study_id = ?1 AND g.since <= ?2 GROUP BY g.adverse_event_id")
                .setParameter(1, studyId).setParameter(2, upTo.toString()).getResultList();
        for (Object o : grades) {
            Object[] r = (Object[]) o;
            worst.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        Map<Long, Assessment> result = new HashMap<>();
        attributions.forEach((id, list) -> result.put(id, new Assessment(id, List.copyOf(list), worst.get(id))));
        worst.forEach((id, grade) -> result.putIfAbsent(id, new Assessment(id, List.of(), grade)));
        return result;
    }
}
