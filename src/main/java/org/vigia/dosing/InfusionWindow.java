package org.vigia.dosing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import org.vigia.study.definition.Infusion;

/**
 * The allowed duration of an infusion, in minutes, inclusive at both ends; either end may be open.
 * <ul>
 *   <li>target ± tolerance: NCT07264075 ivonescimab and pembrolizumab "60 min ± 10 min" (50–70), ligufalimab
 *       "120 min ± 15 min" (105–135);</li>
 *   <li>minimum only: NCT07041788 iparomlimab/tuvonralimab "infusion duration ≥30 minutes".</li>
 * </ul>
 * Built from the study definition's {@link Infusion} ({@link #of}). The duration is measured exactly from start to stop: 49 min 59 s is under a 50-minute minimum.
 * <pre>{@code
 * InfusionWindow.around(60, 10).check(start, start.plusMinutes(71)).withinWindow(); // false
 * }</pre>
 *
 * @param minMinutes shortest allowed duration, or null for no minimum
 * @param maxMinutes longest allowed duration, or null for no maximum
 */
public record InfusionWindow(Integer minMinutes, Integer maxMinutes) {

    public InfusionWindow {
        if (minMinutes == null && maxMinutes == null) {
            throw new IllegalArgumentException("An infusion window needs a minimum, a maximum or both");
        }
        if (minMinutes != null && maxMinutes != null && minMinutes > maxMinutes) {
            throw new IllegalArgumentException("Infusion window minimum " + minMinutes + " exceeds maximum " + maxMinutes);
        }
    }

    /** The window of an agent's infusion as the study definition gives it ({@code agents[].infusion}). */
    public static InfusionWindow of(Infusion infusion) {
        return new InfusionWindow(infusion.lowestAllowedMinutes(), infusion.highestAllowedMinutes());
    }

    /** target ± tolerance minutes, e.g. {@code around(60, 10)} = 50–70 min. */
    public static InfusionWindow around(int targetMinutes, int toleranceMinutes) {
        return new InfusionWindow(targetMinutes - toleranceMinutes, targetMinutes + toleranceMinutes);
    }

    /** At least {@code minMinutes}, no maximum. */
    public static InfusionWindow atLeast(int minMinutes) {
        return new InfusionWindow(minMinutes, null);
    }

    /** Checks an infusion's start and stop times against this window. */
    public InfusionCheck check(LocalDateTime start, LocalDateTime stop) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
        if (stop.isBefore(start)) {
            throw new IllegalArgumentException("Infusion stop " + stop + " is before start " + start);
        }
        Duration duration = Duration.between(start, stop);
        InfusionCheck.Outcome outcome;
        if (minMinutes != null && duration.compareTo(Duration.ofMinutes(minMinutes)) < 0) {
            outcome = InfusionCheck.Outcome.TOO_SHORT;
        } else if (maxMinutes != null && duration.compareTo(Duration.ofMinutes(maxMinutes)) > 0) {
            outcome = InfusionCheck.Outcome.TOO_LONG;
        } else {
            outcome = InfusionCheck.Outcome.WITHIN_WINDOW;
        }
        return new InfusionCheck(duration.toMinutes(), duration, this, outcome);
    }

    /** "50–70 min", "≥30 min" or "≤70 min". */
    public String describe() {
        if (minMinutes != null && maxMinutes != null) {
            return minMinutes + "–" + maxMinutes + " min";
        }
        return minMinutes != null ? "≥" + minMinutes + " min" : "≤" + maxMinutes + " min";
    }
}
