package org.vigia.study.definition;

import java.math.BigDecimal;

/**
 * Infusion duration and its allowed window, in minutes. Either a target with a symmetric tolerance
 * (NCT07264075: ivonescimab "60 min ± 10 min", ligufalimab "120 min ± 15 min") or bounds
 * (NCT07041788: iparomlimab/tuvonralimab "infusion duration ≥30 minutes" is {@code minimumMinutes: 30}).
 */
public record Infusion(Integer targetMinutes, Integer toleranceMinutes, Integer minimumMinutes,
        Integer maximumMinutes, String source) {

    /** Earliest allowed duration in minutes, or null when unbounded below. */
    public Integer lowestAllowedMinutes() {
        if (minimumMinutes != null) {
            return minimumMinutes;
        }
        return targetMinutes == null ? null : targetMinutes - (toleranceMinutes == null ? 0 : toleranceMinutes);
    }

    /** Latest allowed duration in minutes, or null when unbounded above. */
    public Integer highestAllowedMinutes() {
        if (maximumMinutes != null) {
            return maximumMinutes;
        }
        return targetMinutes == null ? null : targetMinutes + (toleranceMinutes == null ? 0 : toleranceMinutes);
    }

    /** True when an infusion of the given duration lies inside the window (bounds included). */
    public boolean isWithinWindow(BigDecimal actualMinutes) {
        Integer low = lowestAllowedMinutes();
        Integer high = highestAllowedMinutes();
        return (low == null || actualMinutes.compareTo(BigDecimal.valueOf(low)) >= 0)
                && (high == null || actualMinutes.compareTo(BigDecimal.valueOf(high)) <= 0);
    }

    /** e.g. "60 ± 10 min" or "≥ 30 min". */
    public String describe() {
        if (targetMinutes != null) {
            return toleranceMinutes == null ? targetMinutes + " min" : targetMinutes + " ± " + toleranceMinutes + " min";
        }
        if (minimumMinutes != null && maximumMinutes != null) {
            return minimumMinutes + "-" + maximumMinutes + " min";
        }
        return minimumMinutes != null ? "≥ " + minimumMinutes + " min" : "≤ " + maximumMinutes + " min";
    }
}
