package org.vigia.response.assessment;

import org.vigia.study.definition.ResponseAssessmentSettings;

/**
 * The confirmation settings a study's best overall response uses, from its definition's
 * {@code responseAssessment} (RECIST 1.1 defaults when a value is missing: no confirmation, 28 days, SD 42 days).
 */
public record ResponseSettings(boolean confirmationRequired, int confirmationMinDays, int stableDiseaseMinDays) {

    /** Study days count from the enrolment date (Day 1); Vigia has no first-dose date in the backbone yet. */
    public static final String STUDY_DAY_FROM = "ENROLMENT";

    public static ResponseSettings of(ResponseAssessmentSettings s) {
        if (s == null) {
            return new ResponseSettings(false, 28, 42);
        }
        return new ResponseSettings(s.confirmationRequired(),
                s.confirmationMinDays() == null ? 28 : s.confirmationMinDays(),
                s.stableDiseaseMinDays() == null ? 42 : s.stableDiseaseMinDays());
    }
}
