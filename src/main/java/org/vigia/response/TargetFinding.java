package org.vigia.response;

import java.math.BigDecimal;

/**
 * What was found for one target lesion at a follow-up, and the diameter that goes into the RECIST sum
 * (RECIST 1.1 section 4.3.1, "Lesions that become too small to measure").
 */
public enum TargetFinding {
    /** Measured: the entered diameter (short axis for a node) counts. */
    MEASURED,
    /** Present but too small to measure: 5 mm counts (the paper's default value). */
    TOO_SMALL,
    /** Disappeared: 0 mm counts. */
    DISAPPEARED,
    /** Not assessed at this time point: the sum is unknown (NE unless the others already show PD). */
    NOT_ASSESSED;

    /** The diameter that counts in the sum; {@code null} when not assessed. */
    public BigDecimal sumValue(BigDecimal measuredMm) {
        return switch (this) {
            case MEASURED -> measuredMm;
            case TOO_SMALL -> BigDecimal.valueOf(5);
            case DISAPPEARED -> BigDecimal.ZERO;
            case NOT_ASSESSED -> null;
        };
    }
}
