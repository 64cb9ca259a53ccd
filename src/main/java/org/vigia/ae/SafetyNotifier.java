package org.vigia.ae;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.SafetyContact;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.subject.Subject;

/**
 * Notifies the study's safety contacts (study definition {@code safetyContacts}) that an AE is serious: one
 * {@link SafetyNotification} per contact in the application, and an e-mail through {@link SafetyMailer} when SMTP
 * is configured and the contact has an address.
 */
@Stateless
public class SafetyNotifier {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyService studies;

    @Inject
    private SafetyMailer mailer;

    @Inject
    private AccessGuard access;

    public void seriousAdverseEvent(Subject subject, AdverseEvent ae) {
        StudyDefinition def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        Study study = studies.get(subject.getStudyId());
        String message = "SAE in " + study.getRegistryId() + ", subject " + subject.label() + ": " + ae.getTerm()
                + " grade " + ae.getWorstGrade() + " (" + String.join(", ", ae.seriousnessCriteria().stream()
                        .map(SeriousnessCriterion::cdashVariable).toList()) + "). Aware "
                + ae.getAwarenessAt() + "; initial report due " + ae.getSaeDueAt() + " (UTC).";
        List<SafetyContact> contacts = def.safetyContacts();
        Instant now = Instant.now();
        for (SafetyContact c : contacts) {
            SafetyNotification n = new SafetyNotification(subject.getStudyId(), subject.getSiteId(), ae.getId(),
                    c.role(), c.name(), c.email(), message, now);
            n.emailed(mailer.send(c.email(), "[Vigia] SAE " + study.getRegistryId() + " " + subject.label(), message));
            em.persist(n);
        }
    }

    /** The notifications of a study at the caller's sites, newest first. */
    public List<SafetyNotification> forStudy(Long studyId, int max) {
        access.requireStudy(studyId, "the safety notifications of study " + studyId);
        Set<Long> sites = access.visibleSiteIds(studyId);
        if (sites != null && sites.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("select n from SafetyNotification n where n.studyId = :st"
                + (sites == null ? "" : " and n.siteId in :sites") + " order by n.createdAt desc, n.id desc",
                SafetyNotification.class).setParameter("st", studyId).setMaxResults(max);
        if (sites != null) {
            q.setParameter("sites", sites);
        }
        return q.getResultList();
    }
}
