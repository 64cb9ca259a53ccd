package org.vigia.study.definition;

import java.util.List;

/**
 * Data Monitoring Committee: meeting frequency, whether safety summaries are split by arm, stopping rules
 * (NCT07041788: "An independent Data Monitoring Committee (DMC) convenes annually"), and everything the DMC report
 * applies: the treatment-emergent window, the landmark years of the survival rates, the number of most frequent AE
 * terms, the lab tests of the shift tables and the AE statuses left out. From schema 2 each is required
 * (config/studies/README.md); a schema 1 definition gets the values of {@link SchemaOneDefaults}.
 * <pre>{@code
 * DmcSettings dmc = definition.dmc();
 * dmc.landmarkYears();        // [1, 2]
 * dmc.excludedAeStatuses();   // [PROPOSED, DISMISSED, DELETED, ENTERED_IN_ERROR]
 * }</pre>
 *
 * @param safetySummariesByArm  true: the safety tables have a column per arm beside the total; false: total only
 * @param treatmentEmergentDays an AE is treatment-emergent from the first study treatment up to this many days
 *                              after the last
 * @param landmarkYears         years of the survival rates
 * @param mostFrequentTerms     number of most frequent AE terms listed
 * @param labShiftTests         lab test codes of the shift tables
 * @param excludedAeStatuses    AE statuses that are not (or no longer) adverse events (lab proposals not confirmed,
 *                              dismissed, deleted, entered in error)
 */
public record DmcSettings(boolean required, Integer meetingFrequencyMonths, Boolean safetySummariesByArm,
        List<StoppingRule> stoppingRules, Integer treatmentEmergentDays, List<Integer> landmarkYears,
        Integer mostFrequentTerms, List<String> labShiftTests, List<String> excludedAeStatuses, String source,
        boolean assumption, String note) {

    public DmcSettings {
        stoppingRules = Lists.copy(stoppingRules);
        landmarkYears = Lists.copy(landmarkYears);
        labShiftTests = Lists.copy(labShiftTests);
        excludedAeStatuses = Lists.copy(excludedAeStatuses);
    }

    /** Whether an adverse event in this status is left out of the report (case-insensitive). */
    public boolean excludes(String aeStatus) {
        return aeStatus != null && excludedAeStatuses.stream().anyMatch(s -> s.equalsIgnoreCase(aeStatus));
    }
}
