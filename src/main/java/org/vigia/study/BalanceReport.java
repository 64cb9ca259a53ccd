package org.vigia.study;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arm balance of one stratum after {@code subjects} allocations: counts by arm, the counts expected from the ratio
 * (n × r<sub>arm</sub> / Σr) and the largest absolute deviation from them. With permuted blocks the deviation never
 * exceeds the largest block size.
 */
public record BalanceReport(String stratumKey, int subjects, Map<String, Integer> countsByArm,
        Map<String, BigDecimal> expectedByArm, BigDecimal largestDeviation) {

    public BalanceReport {
        countsByArm = Collections.unmodifiableMap(new LinkedHashMap<>(countsByArm));
        expectedByArm = Collections.unmodifiableMap(new LinkedHashMap<>(expectedByArm));
    }

    /** Balance of the given allocations (e.g. the ones the service stored) against {@code ratio}. */
    public static BalanceReport of(String stratumKey, List<RandomisationAllocation> allocations,
            Map<String, Integer> ratio) {
        int sum = ratio.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> counts = new LinkedHashMap<>();
        ratio.keySet().forEach(arm -> counts.put(arm, 0));
        allocations.forEach(a -> counts.merge(a.armId(), 1, Integer::sum));
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        BigDecimal largest = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> e : ratio.entrySet()) {
            BigDecimal exp = BigDecimal.valueOf((long) allocations.size() * e.getValue())
                    .divide(BigDecimal.valueOf(sum), MathContext.DECIMAL64);
            expected.put(e.getKey(), exp);
            BigDecimal deviation = BigDecimal.valueOf(counts.get(e.getKey())).subtract(exp).abs();
            largest = largest.max(deviation);
        }
        return new BalanceReport(stratumKey, allocations.size(), counts, expected, largest);
    }

    /** Largest count minus smallest count across arms (meaningful for equal ratios such as 1:1:1). */
    public int countSpread() {
        return countsByArm.values().stream().mapToInt(Integer::intValue).max().orElse(0)
                - countsByArm.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }
}
