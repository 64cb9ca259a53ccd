package org.vigia.study.definition;

import java.util.List;

/**
 * Tumour-response settings: criteria (RECIST 1.1), whether CR/PR need confirmation and after how many days
 * (RECIST 1.1 §4.3.2: ≥4 weeks), the minimum time from baseline for stable disease, the assessment interval,
 * an optional fixed time point for ORR and whether ORR is split by lesion irradiation status (NCT06494995:
 * lesions given SBRT, low-dose RT, or not irradiated).
 */
public record ResponseAssessmentSettings(String criteria, boolean confirmationRequired, Integer confirmationMinDays,
        Integer stableDiseaseMinDays, Integer assessmentIntervalWeeks, FixedTimePoint fixedTimePoint,
        boolean orrByLesionIrradiation, List<String> lesionIrradiationCategories, String assessor, String source,
        boolean assumption, String note) {

    public ResponseAssessmentSettings {
        criteria = criteria == null ? "RECIST_1_1" : criteria;
        lesionIrradiationCategories = Lists.copy(lesionIrradiationCategories);
    }
}
