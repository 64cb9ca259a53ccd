package org.vigia.study.definition;

import java.util.List;
import java.util.Map;

/**
 * How subjects are allocated to arms: method, and for {@link AllocationMethod#RANDOMISED} the ratio by arm id
 * (e.g. {@code {A: 1, B: 1, C: 1}}), the stratification factors and the permuted block sizes.
 */
public record Allocation(AllocationMethod method, Map<String, Integer> ratio,
        List<StratificationFactor> stratificationFactors, List<Integer> blockSizes, String source,
        boolean assumption, String note) {

    public Allocation {
        ratio = Lists.copy(ratio);
        stratificationFactors = Lists.copy(stratificationFactors);
        blockSizes = Lists.copy(blockSizes);
    }

    /** Sum of the ratio weights (3 for 1:1:1). */
    public int ratioSum() {
        return ratio.values().stream().mapToInt(Integer::intValue).sum();
    }
}
