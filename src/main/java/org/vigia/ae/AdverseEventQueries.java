package org.vigia.ae;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/**
 * Read access to adverse events for other features (dosing, DMC). Callers have already checked access to the
 * subject through {@code SubjectService.get}.
 */
@Stateless
public class AdverseEventQueries {

    @PersistenceContext
    private EntityManager em;

    /** The subject's ongoing adverse events. */
    public List<AdverseEventSummary> ongoing(Long subjectId) {
        return em.createQuery("select e from AdverseEvent e where e.subjectId = :s and e.ongoing = true order by e.id", AdverseEvent.class)
                .setParameter("s", subjectId).getResultList().stream().map(AdverseEventSummary::of).toList();
    }

    /** All the subject's adverse events, oldest first. */
    public List<AdverseEventSummary> all(Long subjectId) {
        return em.createQuery("select e from AdverseEvent e where e.subjectId = :s order by e.id", AdverseEvent.class)
                .setParameter("s", subjectId).getResultList().stream().map(AdverseEventSummary::of).toList();
    }

    /** The subject's adverse events with causality per agent and seriousness criteria, oldest first. */
    public List<AdverseEventListing> listing(Long subjectId) {
        return em.createQuery("select e from AdverseEvent e where e.subjectId = :s order by e.id", AdverseEvent.class)
                .setParameter("s", subjectId).getResultList().stream().map(AdverseEventListing::of).toList();
    }

    /** The adverse events of several subjects (e.g. a study's, for the DMC), by subject then id. */
    public List<AdverseEventListing> listing(Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from AdverseEvent e where e.subjectId in :s order by e.subjectId, e.id",
                AdverseEvent.class).setParameter("s", subjectIds).getResultList().stream()
                .map(AdverseEventListing::of).toList();
    }
}
