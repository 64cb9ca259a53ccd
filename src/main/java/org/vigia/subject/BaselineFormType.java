package org.vigia.subject;

/**
 * The baseline forms of a subject (issue 3 "Baseline forms"): demographics (sex and year of birth live on the
 * subject; ethnicity here), ECOG performance status, tumour (primary site, histology, AJCC 8th TNM and stage,
 * rTNM for recurrent nasopharyngeal carcinoma, HPV/p16 for oropharynx, PD-L1 CPS, EBV DNA for NPC), medical
 * history and baseline signs/symptoms with their CTCAE v5.0 term and grade, prior therapy, and height/weight
 * with BSA. Field rules: {@link BaselineFormRules}. Baseline labs are lab results flagged baseline.
 */
public enum BaselineFormType {
    DEMOGRAPHICS, ECOG, TUMOUR, MEDICAL_HISTORY, PRIOR_THERAPY, VITALS;

    public static BaselineFormType of(String code) {
        try {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new org.vigia.shared.RecordNotFound("Baseline form", code);
        }
    }
}
