package org.vigia.ae;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.shared.EditConflict;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.PartialDate;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * The investigator's decisions on lab-based AE proposals: confirm (records an AE linked to the lab result, coded to
 * the proposed CTCAE term and grade, onset on the collection date) or dismiss with a reason. Both are audited.
 */
@Stateless
public class ProposedAdverseEventService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SubjectService subjects;

    @Inject
    private AccessGuard access;

    @Inject
    private AuditService audit;

    @Inject
    private AdverseEventService adverseEvents;

    /** Pending proposals of a study at the caller's sites, oldest first. */
    public List<ProposedAdverseEvent> pending(Long studyId) {
        access.requireStudy(studyId, "the AE proposals of study " + studyId);
        Set<Long> sites = access.visibleSiteIds(studyId);
        if (sites != null && sites.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("select p from ProposedAdverseEvent p where p.studyId = :st and p.status = :pending"
                + (sites == null ? "" : " and p.siteId in :sites") + " order by p.id", ProposedAdverseEvent.class)
                .setParameter("st", studyId).setParameter("pending", ProposedAdverseEvent.Status.PENDING);
        if (sites != null) {
            q.setParameter("sites", sites);
        }
        return q.getResultList();
    }

    /** Every proposal of a subject, newest first. */
    public List<ProposedAdverseEvent> forSubject(Long subjectId) {
        subjects.get(subjectId);
        return em.createQuery("select p from ProposedAdverseEvent p where p.subjectId = :s order by p.id desc",
                ProposedAdverseEvent.class).setParameter("s", subjectId).getResultList();
    }

    public ProposedAdverseEvent get(Long proposalId) {
        ProposedAdverseEvent p = em.find(ProposedAdverseEvent.class, proposalId);
        if (p == null) {
            throw new RecordNotFound("AE proposal", proposalId);
        }
        subjects.get(p.getSubjectId());
        return p;
    }

    /** Confirms a proposal: records the AE (status SUBMITTED, linked to the lab result) and returns it. */
    public AdverseEvent confirm(Long proposalId, long expectedVersion) {
        ProposedAdverseEvent p = load(proposalId, expectedVersion);
        AdverseEventDetails details = new AdverseEventDetails(p.getMeddraCode(), null,
                PartialDate.of(p.getCollectedOn()), null, true, p.getGrade(), null, false, Set.of(), null, List.of(),
                null, false, null, null, null);
        AdverseEvent ae = adverseEvents.record(p.getSubjectId(), details, p.getLabResultId());
        p.confirm(ae.getId(), access.caller(), Instant.now());
        Subject s = subjects.get(p.getSubjectId());
        audit.record(AuditEntry.of("CONFIRM", "ProposedAdverseEvent", p.getId()).scope(s.getStudyId(), s.getSiteId(), s.label())
                .field("adverseEventId", null, ae.getId()));
        return ae;
    }

    /** Dismisses a proposal; the reason is required. */
    public ProposedAdverseEvent dismiss(Long proposalId, long expectedVersion, String reason) {
        ProposedAdverseEvent p = load(proposalId, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", Text.of(Bundle.AE, "ae.proposal.reasonRequired"));
        }
        p.dismiss(reason.trim(), access.caller(), Instant.now());
        Subject s = subjects.get(p.getSubjectId());
        audit.record(AuditEntry.of("DISMISS", "ProposedAdverseEvent", p.getId()).scope(s.getStudyId(), s.getSiteId(), s.label())
                .field("status", "PENDING", "DISMISSED").reason(reason.trim()));
        return p;
    }

    private ProposedAdverseEvent load(Long proposalId, long expectedVersion) {
        ProposedAdverseEvent p = get(proposalId);
        access.requireRoleAt(p.getStudyId(), p.getSiteId(), "AE proposals of subject " + p.getSubjectId(),
                Role.INVESTIGATOR);
        if (p.getVersion() != expectedVersion) {
            throw new EditConflict(Text.of(Bundle.AE, "ae.proposal.record", p.getId()));
        }
        return p;
    }
}
