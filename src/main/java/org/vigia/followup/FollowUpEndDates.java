package org.vigia.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
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

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
