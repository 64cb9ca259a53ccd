package org.vigia.ae;

/**
 * Why an adverse event is serious, per ICH E2A (Clinical Safety Data Management, section II.B) and ICH E6(R2)
 * 1.50: it results in death, is life-threatening, requires or prolongs hospitalisation, results in persistent
 * or significant disability/incapacity, is a congenital anomaly/birth defect, or is another important medical
 * event. Each criterion carries its CDISC CDASH/SDTM flag variable (AESDTH, AESLIFE, ...).
 */
public enum SeriousnessCriterion {
    /** Results in death. */
    DEATH("AESDTH"),
    /** Is life-threatening (the patient was at risk of death at the time of the event). */
    LIFE_THREATENING("AESLIFE"),
    /** Requires inpatient hospitalisation or prolongation of existing hospitalisation. */
    HOSPITALISATION("AESHOSP"),
    /** Results in persistent or significant disability/incapacity. */
    DISABILITY("AESDISAB"),
    /** Is a congenital anomaly/birth defect. */
    CONGENITAL_ANOMALY("AESCONG"),
    /** Is an important medical event that may jeopardise the patient or need intervention to prevent the above. */
    IMPORTANT_MEDICAL_EVENT("AESMIE");

    private final String cdashVariable;

    SeriousnessCriterion(String cdashVariable) {
        this.cdashVariable = cdashVariable;
    }

    /** The CDASH/SDTM variable that flags this criterion, e.g. "AESHOSP". */
    public String cdashVariable() {
        return cdashVariable;
    }

    /** The criterion flagged by a CDASH/SDTM variable ("AESDTH" → DEATH), if any. */
    public static java.util.Optional<SeriousnessCriterion> ofCdashVariable(String variable) {
        for (SeriousnessCriterion c : values()) {
            if (c.cdashVariable.equals(variable)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
