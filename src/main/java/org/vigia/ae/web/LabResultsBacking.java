package org.vigia.ae.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.vigia.account.AccessGuard;
import org.vigia.account.Role;
import org.vigia.ae.AdverseEvent;
import org.vigia.ae.ProposedAdverseEvent;
import org.vigia.ae.ProposedAdverseEventService;
import org.vigia.lab.LabResult;
import org.vigia.lab.LabResultService;
import org.vigia.lab.LabTest;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.SubmitGuard;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Backs {@code ae/labs.xhtml?subject=ID}: record a lab result (graded by CTCAE on saving), the results with their
 * grades, and the AE proposals they raised, which an investigator confirms (opens the new AE) or dismisses.
 */
@Named
@ViewScoped
public class LabResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SubmitGuard guard = new SubmitGuard();

    @Inject
    private LabResultService labs;

    @Inject
    private SubjectService subjects;

    @Inject
    private ProposedAdverseEventService proposals;

    @Inject
    private AccessGuard access;

    private Long subjectId;
    private Subject subject;
    private List<LabResult> results = List.of();
    private List<ProposedAdverseEvent> proposalList = List.of();
    private boolean investigator;

    private LabTest test = LabTest.ANC;
    private LocalDate collectedOn = LocalDate.now();
    @DecimalDigits(integer = 12, fraction = 6)
    private BigDecimal value;
    private String unit = "10^9/L";
    private boolean baseline;
    @MaxLength(TextLimits.REASON)
    private String dismissReason;

    public void load() {
        subject = subjects.get(subjectId);
        results = labs.forSubject(subjectId);
        proposalList = proposals.forSubject(subjectId);
        investigator = access.holds(subject.getStudyId(), subject.getSiteId(), Role.INVESTIGATOR);
    }

    public void record() {
        if (!guard.allowsSave()) {
            return;
        }
        labs.record(subjectId, test, collectedOn, null, value, unit, baseline);
        Messages.info(Bundle.AE, "ae.lab.recorded");
        value = null;
        baseline = false;
        load();
    }

    public String confirm(ProposedAdverseEvent p) {
        AdverseEvent ae = proposals.confirm(p.getId(), p.getVersion());
        return "/ae/edit.xhtml?faces-redirect=true&subject=" + subjectId + "&id=" + ae.getId();
    }

    public void dismiss(ProposedAdverseEvent p) {
        proposals.dismiss(p.getId(), p.getVersion(), dismissReason);
        dismissReason = null;
        load();
    }

    public List<LabTest> getTests() { return List.of(LabTest.values()); }
    public List<String> getUnits() { return test == null ? List.of() : List.copyOf(test.units()); }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public Subject getSubject() { return subject; }
    public List<LabResult> getResults() { return results; }
    public List<ProposedAdverseEvent> getProposalList() { return proposalList; }
    public boolean isInvestigator() { return investigator; }
    public LabTest getTest() { return test; }
    public void setTest(LabTest test) { this.test = test; }
    public LocalDate getCollectedOn() { return collectedOn; }
    public void setCollectedOn(LocalDate collectedOn) { this.collectedOn = collectedOn; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public boolean isBaseline() { return baseline; }
    public void setBaseline(boolean baseline) { this.baseline = baseline; }
    public String getDismissReason() { return dismissReason; }
    public void setDismissReason(String dismissReason) { this.dismissReason = dismissReason; }

    public SubmitGuard getGuard() {
        return guard;
    }
}
