package org.vigia.ae;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.vigia.lab.LabResultRecorded;

/**
 * Proposes an adverse event for each CTCAE term a saved lab result was graded 1 or more and worse than baseline
 * ({@link LabAdverseEventProposal}), in the saving transaction; a baseline result proposes nothing. The lab feature
 * grades the result ({@code lab.LabResultGrading}) and tells this feature through {@link LabResultRecorded}.
 */
@ApplicationScoped
public class LabAdverseEventProposer {

    @PersistenceContext
    private EntityManager em;

    void onRecorded(@Observes LabResultRecorded event) {
        if (event.baseline()) {
            return;
        }
        for (LabResultRecorded.GradedTerm g : event.grades()) {
            LabAdverseEventProposal.evaluate(g.grade(), g.baselineGrade()).ifPresent(p -> em.persist(
                    new ProposedAdverseEvent(p, event.resultId(), event.subjectId(), event.studyId(), event.siteId(),
                            event.collectedOn(), Instant.now())));
        }
    }
}
