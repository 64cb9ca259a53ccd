package org.vigia.response;

import java.util.Objects;

/**
 * The overall response recorded at one time point, with its study day, as input to the best overall
 * response (RECIST 1.1 section 4.4).
 *
 * <p>Study day follows the CDISC convention: Day 1 is the first day of study treatment and there is no
 * Day 0, so an assessment on study day {@code d} is {@code d − 1} days after the start of treatment.
 * Post-baseline assessments are on Day 1 or later.
 *
 * @param studyDay        study day of the assessment, at least 1
 * @param overallResponse the time-point overall response, required
 */
public record TimePointAssessment(int studyDay, RecistResponse overallResponse) {

    public TimePointAssessment {
        if (studyDay < 1) {
            throw new IllegalArgumentException("studyDay of a follow-up assessment must be 1 or later (Day 1 ="
                    + " first day of treatment), was " + studyDay);
        }
        Objects.requireNonNull(overallResponse, "overallResponse is required");
    }

    /** Days from the start of treatment (Day 1) to this assessment: {@code studyDay − 1}. */
    public int daysFromStartOfTreatment() {
        return studyDay - 1;
    }
}
