package org.vigia.ae;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import org.vigia.subject.VisitRecordSource;

/** The stored weekly radiotherapy skin and mucosa checks as visit records ({@link VisitRecordSource}, one query). */
@ApplicationScoped
public class RadiotherapyCheckVisitRecords implements VisitRecordSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Sourced> records() {
        return em.createQuery("select c.subjectId, c.id, c.assessedOn from RadiotherapySkinMucosaCheck c", Object[].class).getResultStream()
                .map(r -> new Sourced((Long) r[0], VisitRecord.of("RadiotherapySkinMucosaCheck", (Long) r[1], VisitProcedures.RT_CHECK, (LocalDate) r[2]))).toList();
    }
}
