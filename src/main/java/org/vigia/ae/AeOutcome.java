package org.vigia.ae;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Outcome of an adverse event: the CDISC controlled terminology codelist OUT (C66768) used by CDASH/SDTM AEOUT.
 * {@link #submissionValue()} is the exact CDISC submission value, e.g. "RECOVERED/RESOLVED WITH SEQUELAE".
 */
public enum AeOutcome {
    RECOVERED_RESOLVED("RECOVERED/RESOLVED"),
    RECOVERING_RESOLVING("RECOVERING/RESOLVING"),
    NOT_RECOVERED_NOT_RESOLVED("NOT RECOVERED/NOT RESOLVED"),
    RECOVERED_RESOLVED_WITH_SEQUELAE("RECOVERED/RESOLVED WITH SEQUELAE"),
    FATAL("FATAL"),
    UNKNOWN("UNKNOWN");

    private final String submissionValue;

    AeOutcome(String submissionValue) {
        this.submissionValue = submissionValue;
    }

    /** The CDISC submission value for AEOUT. */
    public String submissionValue() {
        return submissionValue;
    }

    /** Whether the event is still going on at this outcome (recovering, or not recovered). */
    public boolean isOngoing() {
        return this == RECOVERING_RESOLVING || this == NOT_RECOVERED_NOT_RESOLVED;
    }

    /** The outcome whose submission value is {@code value} (case-insensitive, surrounding spaces ignored). */
    public static Optional<AeOutcome> fromSubmissionValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.submissionValue.equals(v)).findFirst();
    }
}
