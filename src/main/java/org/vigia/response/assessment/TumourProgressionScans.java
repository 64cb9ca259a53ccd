package org.vigia.response.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.vigia.response.RecistResponse;
import org.vigia.subject.ProgressionScans;

/**
 * The follow-up feature's view of the tumour assessments ({@link ProgressionScans}): a follow-up's date and whether
 * its overall response (override, else computed) is PD. No access check: callers have loaded the subject through
 * its service.
 */
@ApplicationScoped
public class TumourProgressionScans implements ProgressionScans {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Scan> find(Long subjectId, Long assessmentId) {
        if (assessmentId == null) {
            return Optional.empty();
        }
        TumourAssessment a = em.find(TumourAssessment.class, assessmentId);
        if (a == null || a.getKind() != TumourAssessment.Kind.FOLLOW_UP || !a.getSubjectId().equals(subjectId)) {
            return Optional.empty();
        }
        return Optional.of(scan(a));
    }

    @Override
    public List<Scan> followUps(Long subjectId) {
        return em.createQuery("select a from TumourAssessment a where a.subjectId = :s and a.kind = :k"
                        + " order by a.assessedOn, a.id", TumourAssessment.class)
                .setParameter("s", subjectId).setParameter("k", TumourAssessment.Kind.FOLLOW_UP).getResultStream()
                .map(TumourProgressionScans::scan).toList();
    }

    private static Scan scan(TumourAssessment a) {
        return new Scan(a.getId(), a.getAssessedOn(), a.getOverallResponse() == RecistResponse.PD);
    }
}
