package org.vigia.dosing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.ae.TreatmentStarts;

/**
 * The AE feature's view of the dosing forms ({@link TreatmentStarts}): per agent the first administration given and
 * the first delivered radiotherapy fraction, in one query.
 */
@ApplicationScoped
public class DosingTreatmentStarts implements TreatmentStarts {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Starts of(Long subjectId) {
        List<?> rows = em.createNativeQuery("""
                SELECT d.agent_id, MIN(d.administered_on) FROM dose_administration d
                 WHERE d.subject_id = ?1 AND d.status = 'GIVEN' GROUP BY d.agent_id
                UNION ALL
                SELECT NULL, MIN(f.delivered_on) FROM radiotherapy_fraction f WHERE f.subject_id = ?1""")
                .setParameter(1, subjectId).getResultList();
        Map<String, LocalDate> first = new HashMap<>();
        LocalDate radiotherapy = null;
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            LocalDate on = date(r[1]);
            if (r[0] == null) {
                radiotherapy = on;
            } else if (on != null) {
                first.put((String) r[0], on);
            }
        }
        return new Starts(first, Optional.ofNullable(radiotherapy));
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return o instanceof LocalDate l ? l : LocalDate.parse(o.toString().substring(0, 10));
    }
}
