package org.vigia.study.definition;

/**
 * How an eligibility criterion is evaluated.
 * <ul>
 *   <li>{@link #CHECKLIST}: a yes/no answer by the investigator</li>
 *   <li>{@link #NUMERIC}: a value compared with the threshold in {@code unit}; a lab value in another unit of
 *       the same {@code labTest} is converted with {@link org.vigia.terminology.LabTest}</li>
 *   <li>{@link #ULN_MULTIPLE}: value ÷ upper limit of normal compared with the threshold (×ULN)</li>
 *   <li>{@link #CREATININE_CLEARANCE}: mL/min, entered or computed by Cockcroft-Gault from age, sex,
 *       weight and serum creatinine</li>
 * </ul>
 */
public enum CriterionType {
    CHECKLIST, NUMERIC, ULN_MULTIPLE, CREATININE_CLEARANCE;

    public boolean isComputable() {
        return this != CHECKLIST;
    }
}
