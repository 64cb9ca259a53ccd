package org.vigia.response;

import java.util.List;
import java.util.Objects;

/**
 * The time-point responses of one subject and the protocol's confirmation settings, for the best
 * overall response (RECIST 1.1 section 4.4).
 *
 * @param assessments          the time-point overall responses, in any order; one per study day
 * @param confirmationRequired whether CR and PR must be confirmed (section 4.4.2: required in
 *                             non-randomised trials where response is the primary endpoint)
 * @param confirmationMinDays  minimum days between a CR/PR and the assessment confirming it
 *                             (RECIST: 4 weeks, so 28); required
 * @param sdMinDays            minimum days from the start of treatment (Day 1) to an assessment for SD to
 *                             count (protocol-defined, in general 6 to 8 weeks); required
 */
public record BestOverallResponseInput(
        List<TimePointAssessment> assessments,
        boolean confirmationRequired,
        Integer confirmationMinDays,
        Integer sdMinDays) {

    /** RECIST 1.1 confirmation interval: no less than 4 weeks. */
    public static final int RECIST_CONFIRMATION_MIN_DAYS = 28;

    public BestOverallResponseInput {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        Objects.requireNonNull(confirmationMinDays, "confirmationMinDays is required (RECIST 1.1: 28)");
        Objects.requireNonNull(sdMinDays, "sdMinDays is required (protocol-defined minimum duration of SD)");
        if (confirmationMinDays < 0 || sdMinDays < 0) {
            throw new IllegalArgumentException("confirmationMinDays and sdMinDays must not be negative");
        }
        if (assessments.stream().map(TimePointAssessment::studyDay).distinct().count() != assessments.size()) {
            throw new IllegalArgumentException("Two assessments are on the same study day");
        }
    }
}
