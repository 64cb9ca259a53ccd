package org.vigia.ae.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.ae.AdverseEvent;
import org.vigia.ae.ProposedAdverseEvent;
import org.vigia.ae.ProposedAdverseEventService;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Backs the AE proposals of {@code ae/labs.xhtml?subject=ID}: the proposals the subject's lab results raised, which
 * an investigator confirms (opens the new AE) or dismisses with a reason. The results themselves are the lab
 * feature's screen ({@code WEB-INF/lab/results.xhtml}, {@link org.vigia.lab.web.LabResultsBacking}) included above.
 * <pre>{@code
 * <h:form id="proposalsForm">
 *   <f:event type="preRenderComponent" listener="#{labProposalsBacking.loadProposals}"/>
 *   <p:dataTable value="#{labProposalsBacking.proposalList}" ...>
 * }</pre>
 */
@Named
@ViewScoped
public class LabProposalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SubjectService subjects;

    @Inject
    private ProposedAdverseEventService proposals;

    @Inject
    private AccessGuard access;

    private Long subjectId;
    private Subject subject;
    private List<ProposedAdverseEvent> proposalList = List.of();
    private boolean investigator;
    @MaxLength(TextLimits.REASON)
    private String dismissReason;

    public void load() {
        subject = subjects.get(subjectId);
        investigator = access.holds(subject.getStudyId(), subject.getSiteId(), Role.INVESTIGATOR);
    }

    /** Reloads the proposals each time their form is rendered (a lab result saved above may have raised one). */
    public void loadProposals() {
        proposalList = proposals.forSubject(subjectId);
    }

    public String confirm(ProposedAdverseEvent p) {
        AdverseEvent ae = proposals.confirm(p.getId(), p.getVersion());
        return "/ae/edit.xhtml?faces-redirect=true&subject=" + subjectId + "&id=" + ae.getId();
    }

    public void dismiss(ProposedAdverseEvent p) {
        proposals.dismiss(p.getId(), p.getVersion(), dismissReason);
        dismissReason = null;
    }

    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public Subject getSubject() { return subject; }
    public List<ProposedAdverseEvent> getProposalList() { return proposalList; }
    public boolean isInvestigator() { return investigator; }
    public String getDismissReason() { return dismissReason; }
    public void setDismissReason(String dismissReason) { this.dismissReason = dismissReason; }
}
