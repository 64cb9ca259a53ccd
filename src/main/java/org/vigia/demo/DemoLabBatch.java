package org.vigia.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.vigia.demo.TrialPlan.PlannedLab;
import org.vigia.lab.LabResultService;
import org.vigia.terminology.LabTest;

/**
 * A subject's lab results entered through {@link LabResultService} in one transaction, as a lab import would: the
 * same grading and audit per result, one commit instead of one per result (commits are most of the generator's time).
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class DemoLabBatch {

    @Inject
    private LabResultService labs;

    /** Records every result, or none when one is refused. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Long subjectId, List<PlannedLab> results) {
        for (PlannedLab lab : results) {
            labs.record(subjectId, LabTest.valueOf(lab.test()), lab.collectedOn(), lab.baseline() ? "SCREENING" : null,
                    lab.value(), lab.unit(), lab.baseline());
        }
    }
}
