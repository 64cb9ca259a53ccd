package org.vigia.shared.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Clopper–Pearson limits against published values. Rows 0/10, 5/10, 10/10 are the exact limits tabulated
 * for n = 10 (e.g. Documenta Geigy / Diem & Lentner "Scientific Tables", binomial confidence limits;
 * reproduced by R {@code binom.test}); 0/25 and 1/25 are closed-form checks:
 * lower(1/25) = 1 − 0.975^(1/25) = 0.00101, upper(0/25) = 1 − 0.025^(1/25) = 0.13719; upper(1/25) and
 * 2/25 from the same tables (n = 25 is the NCT07041788 sample size).
 */
class ExactBinomialIntervalTest {

    @ParameterizedTest(name = "{0}/{1} -> [{2}, {3}]")
    @CsvSource({
        "0, 10, 0.0000, 0.3085",
        "5, 10, 0.1871, 0.8129",
        "10, 10, 0.6915, 1.0000",
        "1, 10, 0.0025, 0.4450",
        "0, 25, 0.0000, 0.1372",
        "1, 25, 0.0010, 0.2035",
        "2, 25, 0.0098, 0.2603",
        "1, 1, 0.0250, 1.0000",
    })
    void matchesPublishedClopperPearsonLimits(int x, int n, double lower, double upper) {
        ExactBinomialInterval ci = ExactBinomialInterval.of(x, n);
        assertEquals(lower, ci.lower(), 0.00005);
        assertEquals(upper, ci.upper(), 0.00005);
        assertEquals((double) x / n, ci.proportion(), 1e-15);
    }

    @Test
    void closedFormLimitsAtTheEdges() {
        // x = 0: upper = 1 - (alpha/2)^(1/n); x = n: lower = (alpha/2)^(1/n)
        assertEquals(1 - Math.pow(0.025, 1.0 / 25), ExactBinomialInterval.of(0, 25).upper(), 1e-9);
        assertEquals(Math.pow(0.025, 1.0 / 25), ExactBinomialInterval.of(25, 25).lower(), 1e-9);
        assertEquals(0.0, ExactBinomialInterval.of(0, 25).lower());
        assertEquals(1.0, ExactBinomialInterval.of(25, 25).upper());
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> ExactBinomialInterval.of(3, 2));
        assertThrows(IllegalArgumentException.class, () -> ExactBinomialInterval.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> ExactBinomialInterval.of(-1, 5));
    }
}
