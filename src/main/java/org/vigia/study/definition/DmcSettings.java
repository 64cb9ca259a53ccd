package org.vigia.study.definition;

import java.util.List;

/**
 * Data Monitoring Committee: meeting frequency, whether safety summaries are split by arm, stopping rules
 * (NCT07041788: "An independent Data Monitoring Committee (DMC) convenes annually"), and what the DMC report
 * applies: the treatment-emergent window, the landmark years of the survival rates, the number of most frequent
 * AE terms and the lab tests of the shift tables. Absent values take the defaults below (config/studies/README.md).
 *
 * @param safetySummariesByArm  true: the safety tables have a column per arm beside the total; false: total only
 * @param treatmentEmergentDays an AE is treatment-emergent from the first study treatment up to this many days
 *                              after the last (default 30)
 * @param landmarkYears         years of the survival rates (default: each endpoint's {@code landmarkMonths} in
 *                              whole years, else 1 and 2)
 * @param mostFrequentTerms     number of most frequent AE terms listed (default 10)
 * @param labShiftTests         lab test codes of the shift tables (default: ANC, PLT, WBC, LYM, HGB, ALT, AST, ALP,
 *                              GGT, BILI, ALB, CREAT)
 */
public record DmcSettings(boolean required, Integer meetingFrequencyMonths, boolean safetySummariesByArm,
        List<StoppingRule> stoppingRules, Integer treatmentEmergentDays, List<Integer> landmarkYears,
        Integer mostFrequentTerms, List<String> labShiftTests, String source, boolean assumption, String note) {

    /** Default treatment-emergent window, days after the last study treatment. */
    public static final int DEFAULT_TREATMENT_EMERGENT_DAYS = 30;
    /** Default number of most frequent AE terms. */
    public static final int DEFAULT_MOST_FREQUENT_TERMS = 10;
    /** Default landmark years when neither the settings nor the endpoints give any. */
    public static final List<Integer> DEFAULT_LANDMARK_YEARS = List.of(1, 2);
    /** Default shift-table tests: haematology, liver and renal function. */
    public static final List<String> DEFAULT_LAB_SHIFT_TESTS = List.of("ANC", "PLT", "WBC", "LYM", "HGB", "ALT", "AST",
            "ALP", "GGT", "BILI", "ALB", "CREAT");

    public DmcSettings {
        stoppingRules = Lists.copy(stoppingRules);
        landmarkYears = Lists.copy(landmarkYears);
        labShiftTests = Lists.copy(labShiftTests);
    }

    /** {@link #treatmentEmergentDays()} or its default. */
    public int treatmentEmergentDaysOrDefault() {
        return treatmentEmergentDays == null ? DEFAULT_TREATMENT_EMERGENT_DAYS : treatmentEmergentDays;
    }

    /** {@link #mostFrequentTerms()} or its default. */
    public int mostFrequentTermsOrDefault() {
        return mostFrequentTerms == null ? DEFAULT_MOST_FREQUENT_TERMS : mostFrequentTerms;
    }

    /** {@link #labShiftTests()} or the default tests. */
    public List<String> labShiftTestsOrDefault() {
        return labShiftTests.isEmpty() ? DEFAULT_LAB_SHIFT_TESTS : labShiftTests;
    }
}
