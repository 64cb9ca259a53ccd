package org.vigia.ae;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.SafetyContact;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.subject.Subject;

/**
 * Notifies the study's safety contacts (study definition {@code safetyContacts}) that an AE is serious: one
 * {@link SafetyNotification} per contact in the application, and an e-mail when SMTP is configured and the contact
 * has an address, sent by {@link SafetyMailOutbox} after the transaction commits, in the recipient's language.
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

    @Inject
    private Event<SafetyMailsDue> mailsDue;

    public void seriousAdverseEvent(Subject subject, AdverseEvent ae) {
        StudyDefinition def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        Study study = studies.get(subject.getStudyId());
        Text message = Text.of(Bundle.AE, "ae.notification.sae", study.getRegistryId(), subject.label(), ae.getTerm(),
                ae.getWorstGrade(), String.join(", ", ae.seriousnessCriteria().stream()
                        .map(SeriousnessCriterion::cdashVariable).toList()), ae.getAwarenessAt(), ae.getSaeDueAt());
        List<SafetyContact> contacts = def.safetyContacts();
        Instant now = Instant.now();
        List<SafetyNotification> toSend = new ArrayList<>();
        for (SafetyContact c : contacts) {
            SafetyNotification n = new SafetyNotification(subject.getStudyId(), subject.getSiteId(), ae.getId(),
                    c.role(), c.name(), c.email(), message, now);
            if (!mailer.isConfigured()) {
                n.emailed("NOT_CONFIGURED");
            } else if (c.email() == null || c.email().isBlank()) {
                n.emailed("NO_ADDRESS");
            } else {
                toSend.add(n);
            }
            em.persist(n);
        }
        if (!toSend.isEmpty()) {
            em.flush();
            mailsDue.fire(new SafetyMailsDue(toSend.stream().map(SafetyNotification::getId).toList(),
                    Text.of(Bundle.AE, "ae.notification.mailSubject", study.getRegistryId(), subject.label())));
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
