package org.vigia.instrument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * A 0-100 score held exactly, as a fraction: raw scores are means of whole numbers and the transformations divide by
 * whole ranges, so every EORTC score is rational ({@code PF2} with items 1, 1, 2, 1, 1 is 100 − 100 × 1 / 15 =
 * 280 / 3). Scores are combined (the summary score's mean) from the exact values and rounded once, when shown:
 * {@link #rounded()} has 2 decimals, rounded half up (93.33; 83.335 would give 83.34).
 *
 * @param numerator   the numerator, in lowest terms with the denominator
 * @param denominator positive
 */
public record ScaleScore(BigInteger numerator, BigInteger denominator) {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    /** Decimals of {@link #rounded()}. */
    public static final int DECIMALS = 2;

    public ScaleScore {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator " + denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    static ScaleScore of(long numerator, long denominator) {
        return new ScaleScore(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** 100 − this: a symptom score reversed so that high is good (the summary score's components). */
    ScaleScore reversed() {
        return new ScaleScore(HUNDRED.multiply(denominator).subtract(numerator), denominator);
    }

    /** The mean of {@code scores}, exactly. */
    static ScaleScore mean(List<ScaleScore> scores) {
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (ScaleScore s : scores) {
            num = num.multiply(s.denominator).add(s.numerator.multiply(den));
            den = den.multiply(s.denominator);
            BigInteger gcd = num.gcd(den);
            if (gcd.signum() != 0) {
                num = num.divide(gcd);
                den = den.divide(gcd);
            }
        }
        return new ScaleScore(num, den.multiply(BigInteger.valueOf(scores.size())));
    }

    /** The score with {@value #DECIMALS} decimals, rounded half up from the exact value (always 2 decimals: 100.00). */
    public BigDecimal rounded() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), DECIMALS, RoundingMode.HALF_UP);
    }

    /** The exact value as a double, for statistics that want one. */
    public double doubleValue() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }
}
