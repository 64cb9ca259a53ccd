package org.vigia.demo;

import java.util.Map;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.vigia.ae.AdverseEvent;
import org.vigia.ae.ProposedAdverseEvent;
import org.vigia.ae.ProposedAdverseEventService;

/**
 * The generator's decisions on lab-based AE proposals, taken as an investigator does: confirming or dismissing a
 * proposal is an investigator's act (an administrator may not), so this bean runs as the INVESTIGATOR role under the
 * demo installation's investigator account ({@code investigator}, member of every study and site: the run-as
 * principal is set in {@code WEB-INF/glassfish-ejb-jar.xml}). The audit trail names that account.
 * <pre>{@code
 * AdverseEvent ae = investigator.confirm(proposal.getId(), proposal.getVersion());
 * }</pre>
 */
@Stateless
@RunAs("INVESTIGATOR")
@PermitAll
public class DemoInvestigator {

    @Inject
    private ProposedAdverseEventService proposals;

    @Inject
    private org.vigia.form.FormService forms;

    public AdverseEvent confirm(Long proposalId, long version) {
        return proposals.confirm(proposalId, version);
    }

    public ProposedAdverseEvent dismiss(Long proposalId, long version, String reason) {
        return proposals.dismiss(proposalId, version, reason);
    }

    /**
     * Enters a defined form (the QoL questionnaire the patient filled in on paper) as the investigator account:
     * {@code FormService} admits signed-in site roles only, which the generator's own run-as identity is not.
     */
    public org.vigia.form.FormRecordView enterForm(Long subjectId, String visitCode, String formOid,
                                                   Map<String, ?> values) {
        return forms.save(subjectId, visitCode, formOid, null, values, java.util.Set.of(), null);
    }

    /** The visits and forms the subject has a record of already ({@code "SCR/RP"}), complete or not. */
    public java.util.Set<String> savedForms(Long subjectId) {
        return forms.savedForms(subjectId);
    }
}
