package org.vigia.shared;

/**
 * The maximum length, in characters, of every free-text field a user or an API client types, equal to the length
 * of its column in {@code sql/} (a change reason is stored in {@code audit_log.reason}). Entities, request bodies
 * and form beans carry them as {@code @MaxLength(TextLimits.X)}; a longer value is refused naming the field (API:
 * 400 {@code invalid_input}; screens: a message at the field, the typed values kept). The README's security section
 * lists them.
 * <pre>{@code
 * public record AdverseEventBody(@MaxLength(TextLimits.AE_VERBATIM) String verbatim, ...) { }
 * }</pre>
 */
public final class TextLimits {

    /** A reason for a change, an override, a dismissal ({@code audit_log.reason}, {@code *.override_reason}). */
    public static final int REASON = 1000;
    /** Longer free texts: reasons not given or departures, details, death cause ({@code VARCHAR(2000)}). */
    public static final int DETAILS = 2000;

    public static final int USERNAME = 64;
    public static final int FULL_NAME = 200;
    public static final int EMAIL = 254;
    /** A password as typed (only its hash is stored): long pass phrases, but no megabyte for PBKDF2 to chew. */
    public static final int PASSWORD = 128;

    public static final int SITE_CODE = 16;
    public static final int SITE_NAME = 200;
    /** ISO 3166 alpha-2. */
    public static final int COUNTRY = 2;
    public static final int TIME_ZONE = 64;

    public static final int SCREENING_NUMBER = 32;
    /** Codes from the study definition: arm, agent, phase, radiotherapy course, stratum, condition, criterion. */
    public static final int DEFINITION_CODE = 64;
    /** Values of the fixed lists (sex, status, kind, role, format ...): longer than any of them. */
    public static final int CODE = 40;
    /** A date typed as text, possibly partial (2026, 2026-03, 2026-03-14). */
    public static final int DATE_TEXT = 10;

    public static final int MEDDRA_CODE = 8;
    public static final int CTCAE_TERM = 200;
    public static final int AE_VERBATIM = 500;
    public static final int AE_TREATMENT_GIVEN = 1000;
    public static final int AE_BASELINE_CONDITION = 300;

    public static final int LAB_TEST = 16;
    public static final int LAB_UNIT = 16;
    public static final int LAB_VISIT_CODE = 32;

    public static final int LESION_CODE = 16;
    public static final int DISEASE_METHOD = 200;
    /** The observed radiotherapy events of a fraction, joined ({@code radiotherapy_fraction.observed_events}). */
    public static final int OBSERVED_EVENTS = 300;
    /** A text value inside a baseline or eligibility form (stored in a JSON document). */
    public static final int FORM_TEXT = 500;

    private TextLimits() {
    }
}
