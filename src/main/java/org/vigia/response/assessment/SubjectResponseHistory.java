package org.vigia.response.assessment;

import java.util.List;
import org.vigia.response.BaselineFinding;
import org.vigia.response.RecistResponse;
import org.vigia.response.TimePointResult;

/**
 * Everything the subject's response screen and API show: the baseline with its rule findings, each follow-up
 * with its computed result (nadir and prior CR carried) and the response that counts, and the outcome.
 */
public record SubjectResponseHistory(TumourAssessment baseline, List<BaselineFinding> baselineFindings,
                                     List<TimePointRow> timePoints, SubjectResponse response, ResponseSettings settings) {

    /** One follow-up: the stored assessment, its study day and what the calculator made of it. */
    public record TimePointRow(TumourAssessment assessment, int studyDay, TimePointResult computed,
                               RecistResponse overallResponse) {
    }
}
