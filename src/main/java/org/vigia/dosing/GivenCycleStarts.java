package org.vigia.dosing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.vigia.subject.TreatmentStarts;

/**
 * The subject feature's view of the doses given ({@link TreatmentStarts}): day 1 of each cycle, counted back from the
 * earliest dose given in it ({@link CycleSchedule.GivenDay#cycleStart()}), in one query.
 */
@ApplicationScoped
public class GivenCycleStarts implements TreatmentStarts {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<String, Map<Integer, LocalDate>> of(Long subjectId) {
        Map<String, Map<Integer, LocalDate>> out = new HashMap<>();
        em.createQuery("select a.phaseId, a.cycle, a.day, a.administeredOn from TreatmentAdministration a"
                        + " where a.subjectId = :s and a.status = :given", Object[].class)
                .setParameter("s", subjectId).setParameter("given", TreatmentAdministration.Status.GIVEN)
                .getResultList().forEach(r -> {
                    LocalDate start = new CycleSchedule.GivenDay((String) r[0], (Integer) r[1], (Integer) r[2],
                            (LocalDate) r[3]).cycleStart();
                    out.computeIfAbsent((String) r[0], k -> new HashMap<>())
                            .merge((Integer) r[1], start, (x, y) -> x.isBefore(y) ? x : y);
                });
        return out;
    }
}
