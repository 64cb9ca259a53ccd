package org.vigia.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.subject.SubjectEndDates;

/**
 * The subject feature's view of the follow-up forms ({@link SubjectEndDates}): the first discontinuation form's
 * date and the earliest death date reported on a follow-up contact, in one query.
 */
@ApplicationScoped
public class FollowUpEndDates implements SubjectEndDates {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Ends of(Long subjectId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT (SELECT MIN(t.event_date) FROM treatment_end t
                         WHERE t.subject_id = ?1 AND t.kind = 'DISCONTINUATION'),
                       (SELECT MIN(c.death_date) FROM follow_up_contact c
                         WHERE c.subject_id = ?1 AND c.death_date IS NOT NULL)""")
                .setParameter(1, subjectId).getSingleResult();
        return new Ends(Optional.ofNullable(date(row[0])), Optional.ofNullable(date(row[1])));
    }

    /** The ends of several subjects in one query (a subject matrix page). */
    @Override
    public Map<Long, Ends> of(Collection<Long> subjectIds) {
        Map<Long, Ends> out = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return out;
        }
        String ids = String.join(",", subjectIds.stream().map(id -> Long.toString(id)).toList());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(("""
                SELECT e.subject_id, MIN(e.discontinued), MIN(e.death) FROM (
                  SELECT t.subject_id, t.event_date AS discontinued, NULL AS death FROM treatment_end t
                   WHERE t.kind = 'DISCONTINUATION' AND t.subject_id IN (?1)
                  UNION ALL
                  SELECT c.subject_id, NULL, c.death_date FROM follow_up_contact c
                   WHERE c.death_date IS NOT NULL AND c.subject_id IN (?1)) e
                GROUP BY e.subject_id""").replace("?1", ids)).getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), new Ends(Optional.ofNullable(date(r[1])), Optional.ofNullable(date(r[2]))));
        }
        return out;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
