package org.vigia.dosing;

import java.math.BigDecimal;
import org.vigia.shared.text.Text;

/**
 * One reason the pre-cycle gate says no-go.
 *
 * @param test      lab test code ("ANC")
 * @param value     the value as entered, or null when missing
 * @param unit      the unit as entered, or null when missing
 * @param threshold the criterion ("≥1.5 10^9/L", "≤2.5×ULN")
 * @param reason    why it failed
 * @param text      what failed, for the screen to render in its reader's language ({@link #message()}: English)
 */
public record PreCycleFailure(String test, BigDecimal value, String unit, String threshold, Reason reason,
                              Text text) {

    /** What failed, in English (the API's {@code message}). */
    public String message() {
        return text.english();
    }

    /** Why a criterion failed. */
    public enum Reason {
        /** The value does not meet the threshold. */
        NOT_MET,
        /** No result for a required test (or no ULN for a ×ULN criterion). */
        MISSING,
        /** The latest result is older than the window, undated, or dated after the cycle. */
        OUT_OF_WINDOW,
        /** The result's unit does not fit the test. */
        UNIT_MISMATCH
    }
}
