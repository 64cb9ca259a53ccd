package org.vigia.response.assessment;

import java.util.List;
import java.util.Map;
import org.vigia.response.IrradiationStatus;
import org.vigia.response.RecistResponse;

/**
 * Study-level response endpoints over the subjects with a baseline tumour assessment at the caller's sites.
 *
 * @param subjects       subjects with a baseline assessment (the denominator of every rate; NE counts as not
 *                       responding)
 * @param fixedTime      ORR at the study's fixed time point (definition {@code responseAssessment.fixedTimePoint}),
 *                       null when the study has none
 * @param irradiationGroups ORR restricted to the target lesions of each irradiation group (NCT06494995)
 */
public record StudyResponseSummary(String registryId, String studyDayFrom, ResponseSettings settings, int subjects,
                                   Map<RecistResponse, Integer> bestOverallResponses, Rate orr, Rate dcr,
                                   FixedTimeRate fixedTime, List<GroupRate> irradiationGroups,
                                   List<SubjectResponse> subjectResponses) {

    /**
     * A proportion with its exact (Clopper–Pearson) 95% interval; the rate and limits are null when the
     * denominator is 0. Rates are fractions (0.25 = 25 %), rounded to 4 decimals.
     */
    public record Rate(int responders, int denominator, Double rate, Double ci95Lower, Double ci95Upper) {
    }

    /**
     * @param subjectsReached subjects whose fixed time point has passed (the denominator)
     * @param cutoffRule      how the cut-off is derived
     */
    public record FixedTimeRate(String description, String cutoffRule, int subjectsReached, Rate orr) {
    }

    public record GroupRate(String group, List<IrradiationStatus> statuses, Rate orr) {
    }
}
