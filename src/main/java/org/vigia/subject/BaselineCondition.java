package org.vigia.subject;

/**
 * A condition present at baseline (medical history or baseline sign/symptom) with its CTCAE v5.0 term, MedDRA
 * code and grade: the AE feature compares on-study events against these.
 */
public record BaselineCondition(String category, String term, String meddraCode, int grade, String onset,
                                boolean ongoing) {
}
