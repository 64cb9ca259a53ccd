package org.vigia.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitRecord;
import org.vigia.subject.VisitRecordSource;

/** The stored follow-up contacts as visit records ({@link VisitRecordSource}, one query). */
@ApplicationScoped
public class FollowUpContactVisitRecords implements VisitRecordSource {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Sourced> records() {
        return em.createQuery("select c.subjectId, c.id, c.contactDate from FollowUpContact c", Object[].class).getResultStream()
                .map(r -> new Sourced((Long) r[0], VisitRecord.of("FollowUpContact", (Long) r[1], VisitProcedures.SURVIVAL_STATUS, (LocalDate) r[2]))).toList();
    }
}
