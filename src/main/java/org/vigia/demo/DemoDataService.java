package org.vigia.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.vigia.demo.TrialPlan.PlannedLab;
import org.vigia.demo.TrialPlan.SubjectPlan;
import org.vigia.lab.LabResultService;
import org.vigia.lab.LabTest;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.subject.EnrolmentService;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Enters one planned subject through the application's services, as the ADMIN role, in its own transaction:
 * the same rules, computed values and audit trail as typed data.
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class DemoDataService {

    @Inject
    private SubjectService subjects;

    @Inject
    private EnrolmentService enrolment;

    @Inject
    private LabResultService labs;

    @Inject
    private SiteService sites;

    /** Enters a subject; returns its id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long enter(String registryId, SubjectPlan plan) {
        Site site = sites.findByCode(plan.siteCode()).orElseThrow();
        Subject subject = subjects.register(registryId, site.getId(), plan.screeningNumber(), plan.sex(), plan.birthYear(),
                plan.consentDate(), plan.screenedOn());
        for (PlannedLab lab : plan.labs()) {
            if (lab.baseline()) {
                labs.record(subject.getId(), LabTest.valueOf(lab.test()), lab.collectedOn(), "SCREENING", lab.value(), lab.unit(), true);
            }
        }
        if (plan.screenFailure()) {
            return subject.getId();
        }
        enrolment.enrol(subject.getId(), subject.getVersion(), plan.enrolledOn(), plan.assignedArm(), plan.strata());
        for (PlannedLab lab : plan.labs()) {
            if (!lab.baseline()) {
                labs.record(subject.getId(), LabTest.valueOf(lab.test()), lab.collectedOn(), null, lab.value(), lab.unit(), false);
            }
        }
        return subject.getId();
    }

    /** True when the study already has subjects (the generator then leaves it alone). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean hasSubjects(Long studyId) {
        return !subjects.list(studyId).isEmpty();
    }

    public Optional<Site> site(String code) {
        return sites.findByCode(code);
    }
}
