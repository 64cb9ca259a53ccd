package org.vigia.response.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import org.vigia.subject.VisitRecordSource;

/** The stored tumour assessments (baseline and follow-up) as visit records ({@link VisitRecordSource}, one query). */
@ApplicationScoped
public class TumourAssessmentVisitRecords implements VisitRecordSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Sourced> records() {
        return em.createQuery("select a.subjectId, a.id, a.assessedOn from TumourAssessment a", Object[].class).getResultStream()
                .map(r -> new Sourced((Long) r[0], VisitRecord.of("TumourAssessment", (Long) r[1], VisitProcedures.TUMOUR_ASSESSMENT, (LocalDate) r[2]))).toList();
    }
}
