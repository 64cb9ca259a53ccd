package org.vigia.dosing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import org.vigia.subject.VisitRecordSource;

/** The stored administrations (given or not) as visit records, with their phase and cycle ({@link VisitRecordSource}, one query). */
@ApplicationScoped
public class AdministrationVisitRecords implements VisitRecordSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Sourced> records() {
        return em.createQuery("select a.subjectId, a.id, a.administeredOn, a.phaseId, a.cycle from TreatmentAdministration a", Object[].class).getResultStream()
                .map(r -> new Sourced((Long) r[0], VisitRecord.of("TreatmentAdministration", (Long) r[1], VisitProcedures.DOSING, (LocalDate) r[2]).cycle((String) r[3], ((Number) r[4]).intValue()))).toList();
    }
}
