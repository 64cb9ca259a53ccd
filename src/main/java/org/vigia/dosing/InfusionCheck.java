package org.vigia.dosing;

import java.time.Duration;

/**
 * The outcome of checking an infusion's duration against its protocol window ({@link InfusionWindow#check}).
 *
 * @param durationMinutes whole minutes from start to stop (truncated; for display)
 * @param duration        the exact duration
 * @param window          the window checked against
 * @param outcome         within the window, too short or too long
 */
public record InfusionCheck(long durationMinutes, Duration duration, InfusionWindow window, Outcome outcome) {

    /** Where the duration falls relative to the window. */
    public enum Outcome { WITHIN_WINDOW, TOO_SHORT, TOO_LONG }

    public boolean withinWindow() {
        return outcome == Outcome.WITHIN_WINDOW;
    }
}
