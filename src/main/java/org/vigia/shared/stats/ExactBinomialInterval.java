package org.vigia.shared.stats;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Exact (Clopper–Pearson) confidence interval for a binomial proportion x/n.
 *
 * <p>Rule: Clopper C.J., Pearson E.S. (1934), "The use of confidence or fiducial limits illustrated in the
 * case of the binomial", <i>Biometrika</i> 26:404–413. With the beta–binomial identity the two-sided
 * 100(1−α)% limits are
 * <pre>
 *   lower = B(α/2;   x,     n − x + 1)   (0 when x = 0)
 *   upper = B(1−α/2; x + 1, n − x)       (1 when x = n)
 * </pre>
 * where B(p; a, b) is the p-quantile of the Beta(a, b) distribution (commons-math3 {@link BetaDistribution}).
 * This is the interval of SAS PROC FREQ {@code BINOMIAL} "Exact Conf Limits" and of R {@code binom.test}.
 *
 * <pre>{@code
 * ExactBinomialInterval ci = ExactBinomialInterval.of(5, 10);   // 0.1871 – 0.8129
 * }</pre>
 *
 * @param successes  x, 0 ≤ x ≤ n
 * @param trials     n ≥ 1
 * @param confidence the two-sided level, for example 0.95
 * @param proportion x / n
 * @param lower      lower limit
 * @param upper      upper limit
 */
public record ExactBinomialInterval(int successes, int trials, double confidence, double proportion,
                                    double lower, double upper) {

    /** Inverse-CDF accuracy asked of commons-math3 (its default, 1e-9, is also enough for 4 decimals). */
    private static final double INVERSE_ACCURACY = 1e-12;

    public ExactBinomialInterval {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be >= 1: " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in 0.." + trials + ": " + successes);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0,1): " + confidence);
        }
    }

    /** The two-sided 95% Clopper–Pearson interval of {@code successes / trials}. */
    public static ExactBinomialInterval of(int successes, int trials) {
        return of(successes, trials, 0.95);
    }

    /** The two-sided Clopper–Pearson interval of {@code successes / trials} at the given level. */
    public static ExactBinomialInterval of(int successes, int trials, double confidence) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be >= 1: " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in 0.." + trials + ": " + successes);
        }
        double alpha = 1 - confidence;
        double lower = successes == 0 ? 0.0
                : new BetaDistribution(null, successes, trials - successes + 1.0, INVERSE_ACCURACY)
                        .inverseCumulativeProbability(alpha / 2);
        double upper = successes == trials ? 1.0
                : new BetaDistribution(null, successes + 1.0, trials - successes, INVERSE_ACCURACY)
                        .inverseCumulativeProbability(1 - alpha / 2);
        return new ExactBinomialInterval(successes, trials, confidence, (double) successes / trials, lower, upper);
    }
}
