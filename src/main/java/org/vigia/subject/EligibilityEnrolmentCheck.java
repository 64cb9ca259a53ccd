package org.vigia.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.EligibilityAssessment;
import org.vigia.study.EligibilityOutcome;

/**
 * Enrolment needs a saved eligibility form whose evaluation is ELIGIBLE; NOT_ELIGIBLE or INCOMPLETE refuse with
 * the reasons (field {@code eligibility}); and every eligibility lab value must come from a result collected in the
 * screening window before the enrolment date ({@link EligibilityLabRules}, field: the criterion id).
 */
@ApplicationScoped
public class EligibilityEnrolmentCheck implements EnrolmentCheck {

    @Inject
    private EligibilityService eligibility;

    @Inject
    private org.vigia.study.StudyService studies;

    @Override
    public void beforeEnrolment(Subject subject, LocalDate enrolledOn) {
        EligibilityAssessment a = eligibility.savedAssessment(subject).orElseThrow(() -> new InvalidInput("eligibility",
                Text.of(Bundle.SUBJECT, "enrol.refused.notAssessed", subject.label())));
        if (a.outcome() != EligibilityOutcome.ELIGIBLE) {
            throw new InvalidInput("eligibility", Text.of(Bundle.SUBJECT, a.outcome() == EligibilityOutcome.NOT_ELIGIBLE
                    ? "enrol.refused.notEligible" : "enrol.refused.incomplete", a.reasonTexts()));
        }
        var def = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        eligibility.requireLabResults(subject, enrolledOn.minusDays(EligibilityLabRules.windowDays(def)), enrolledOn);
    }
}
