package org.vigia.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import org.vigia.subject.VisitRecordSource;

/** The stored lab results as visit records (the visit code entered with a result is the picked visit) ({@link VisitRecordSource}, one query). */
@ApplicationScoped
public class LabVisitRecords implements VisitRecordSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Sourced> records() {
        return em.createQuery("select r.subjectId, r.id, r.collectedOn, r.visitCode from LabResult r", Object[].class).getResultStream()
                .map(r -> new Sourced((Long) r[0], VisitRecord.of("LabResult", (Long) r[1], VisitProcedures.LABS, (LocalDate) r[2]).picked((String) r[3]))).toList();
    }
}
