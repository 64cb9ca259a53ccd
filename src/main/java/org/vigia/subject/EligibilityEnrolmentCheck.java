package org.vigia.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.vigia.shared.InvalidInput;
import org.vigia.study.EligibilityAssessment;
import org.vigia.study.EligibilityOutcome;

/**
 * Enrolment needs a saved eligibility form whose evaluation is ELIGIBLE; NOT_ELIGIBLE or INCOMPLETE refuse with
 * the reasons (field {@code eligibility}).
 */
@ApplicationScoped
public class EligibilityEnrolmentCheck implements EnrolmentCheck {

    @Inject
    private EligibilityService eligibility;

    @Override
    public void beforeEnrolment(Subject subject, LocalDate enrolledOn) {
        EligibilityAssessment a = eligibility.savedAssessment(subject).orElseThrow(() -> new InvalidInput("eligibility",
                "Eligibility of " + subject.label() + " has not been assessed: fill and save the eligibility form first."));
        if (a.outcome() != EligibilityOutcome.ELIGIBLE) {
            throw new InvalidInput("eligibility", (a.outcome() == EligibilityOutcome.NOT_ELIGIBLE
                    ? "The subject is not eligible: " : "The eligibility form is incomplete: ")
                    + String.join("; ", a.reasons()));
        }
    }
}
