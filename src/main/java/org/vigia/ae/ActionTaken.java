package org.vigia.ae;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Action taken with the study treatment because of an adverse event: the CDISC controlled terminology codelist
 * ACN (C66767) used by CDASH/SDTM AEACN, restricted to the values Vigia collects.
 * {@link #submissionValue()} is the exact CDISC submission value, e.g. "DRUG INTERRUPTED".
 */
public enum ActionTaken {
    DOSE_NOT_CHANGED("DOSE NOT CHANGED"),
    DOSE_REDUCED("DOSE REDUCED"),
    DRUG_INTERRUPTED("DRUG INTERRUPTED"),
    DRUG_WITHDRAWN("DRUG WITHDRAWN"),
    NOT_APPLICABLE("NOT APPLICABLE"),
    UNKNOWN("UNKNOWN");

    private final String submissionValue;

    ActionTaken(String submissionValue) {
        this.submissionValue = submissionValue;
    }

    /** The CDISC submission value for AEACN. */
    public String submissionValue() {
        return submissionValue;
    }

    /** The action whose submission value is {@code value} (case-insensitive, surrounding spaces ignored). */
    public static Optional<ActionTaken> fromSubmissionValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.submissionValue.equals(v)).findFirst();
    }
}
