package org.vigia.response;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Millimetre constants and arithmetic shared by the RECIST calculators (package-private). */
final class Millimetres {

    /** A node with a short axis under 10 mm is normal (RECIST 1.1 section 3.1.1 / 4.3.1). */
    static final BigDecimal NORMAL_NODE_LIMIT = BigDecimal.TEN;
    /** Minimum absolute increase of the sum for progression (RECIST 1.1 section 4.3.1). */
    static final BigDecimal PD_ABSOLUTE_INCREASE = BigDecimal.valueOf(5);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Millimetres() {
    }

    static BigDecimal of(Number value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(value.longValue());
        }
        return new BigDecimal(value.toString());
    }

    /** (value − reference) × 100 / reference, 2 decimals, HALF_UP; {@code null} when reference is 0. */
    static BigDecimal percentChange(BigDecimal value, BigDecimal reference) {
        if (reference.signum() == 0) {
            return null;
        }
        return value.subtract(reference).multiply(HUNDRED).divide(reference, 2, RoundingMode.HALF_UP);
    }

    /**
     * Target progression by the sum: an increase of at least 20 % over the nadir and of at least 5 mm
     * (RECIST 1.1 section 4.3.1). Exact arithmetic: 5 × increase ≥ nadir, so 19.99 % is not PD.
     */
    static boolean meetsProgression(BigDecimal sum, BigDecimal nadir) {
        BigDecimal increase = sum.subtract(nadir);
        return increase.compareTo(PD_ABSOLUTE_INCREASE) >= 0
                && increase.multiply(BigDecimal.valueOf(5)).compareTo(nadir) >= 0;
    }

    /**
     * Partial response by the sum: a decrease of at least 30 % from baseline (RECIST 1.1 section 4.3.1).
     * Exact arithmetic: 10 × sum ≤ 7 × baseline.
     */
    static boolean meetsPartialResponse(BigDecimal sum, BigDecimal baseline) {
        return sum.multiply(BigDecimal.TEN).compareTo(baseline.multiply(BigDecimal.valueOf(7))) <= 0;
    }
}
