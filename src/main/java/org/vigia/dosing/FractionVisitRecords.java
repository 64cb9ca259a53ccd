package org.vigia.dosing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import org.vigia.subject.VisitRecordSource;

/** The stored radiotherapy fractions as visit records, with their course ({@link VisitRecordSource}, one query). */
@ApplicationScoped
public class FractionVisitRecords implements VisitRecordSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Sourced> records() {
        return em.createQuery("select f.subjectId, f.id, f.deliveredOn, f.courseId from DeliveredFraction f", Object[].class).getResultStream()
                .map(r -> new Sourced((Long) r[0], VisitRecord.of("DeliveredFraction", (Long) r[1], VisitProcedures.RADIOTHERAPY, (LocalDate) r[2]).course((String) r[3]))).toList();
    }
}
