package org.vigia.form.definition;

import java.math.BigDecimal;

/**
 * Bounds of a numeric item, both included; either may be absent (open). A hard {@code range} refuses a value outside
 * it; a {@code softRange} accepts it once the user confirms, and flags the stored value; its optional {@code message}
 * replaces the standard warning.
 */
public record Range(BigDecimal min, BigDecimal max, Label message) {

    public boolean holds(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** "200..800", "≥ 200", "≤ 800" as the refusals show it. */
    public String describe() {
        if (min != null && max != null) {
            return min.toPlainString() + "–" + max.toPlainString();
        }
        return min != null ? "≥ " + min.toPlainString() : "≤ " + max.toPlainString();
    }
}
