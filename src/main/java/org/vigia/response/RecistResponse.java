package org.vigia.response;

/**
 * A RECIST 1.1 response category, used for target, non-target, overall time-point and best overall
 * response (Eisenhauer et al., Eur J Cancer 2009;45:228-247, sections 4.3 and 4.4).
 *
 * <p>{@link #NON_CR_NON_PD} exists only for non-target lesions and for patients with non-target disease
 * only (Table 2); it is the analogue of {@link #SD} for them.
 */
public enum RecistResponse {
    /** Complete response. */
    CR,
    /** Partial response. */
    PR,
    /** Stable disease. */
    SD,
    /** Progressive disease. */
    PD,
    /** Not evaluable (inevaluable). */
    NE,
    /** Non-CR/non-PD: persistence of non-target disease without unequivocal progression. */
    NON_CR_NON_PD;

    /** Whether this is an objective response (CR or PR). */
    public boolean isObjectiveResponse() {
        return this == CR || this == PR;
    }

    /** Whether this counts as disease control (CR, PR, SD or non-CR/non-PD). */
    public boolean isDiseaseControl() {
        return this == CR || this == PR || this == SD || this == NON_CR_NON_PD;
    }
}
