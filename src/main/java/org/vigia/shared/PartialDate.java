package org.vigia.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * A calendar date whose day, or month and day, may be unknown, as collected on a CRF for adverse-event onset,
 * medical history or prior therapy ("March 2026", "2026").
 * <p>
 * Reads ISO 8601 reduced precision ({@code 2026}, {@code 2026-03}, {@code 2026-03-14}, the SDTM --DTC form) and
 * the CDASH conventions for unknown parts: {@code UN} for an unknown day and {@code UNK} for an unknown month,
 * written either year first ({@code 2026-UNK-UNK}, {@code 2026-03-UN}) or in the CDASH display order
 * DD-MMM-YYYY ({@code UN-UNK-2026}, {@code UN-MAR-2026}, {@code 14-MAR-2026}). A known day with an unknown month
 * cannot be represented (neither ISO 8601 nor SDTM allow it) and is rejected.
 * <p>
 * Comparisons are conservative: {@link #isDefinitelyBefore(PartialDate)} is true only when every date this may
 * be lies before every date the other may be, so "2026-03" is not definitely before "2026-03-14".
 * <pre>{@code
 * PartialDate onset = PartialDate.parse("2026-03-UNK");
 * onset.toIso();                                             // "2026-03"
 * onset.earliest();                                          // 2026-03-01
 * onset.latest();                                            // 2026-03-31
 * PartialDate.parse("2026-02-28").isDefinitelyBefore(onset); // true
 * }</pre>
 *
 * @param year  the year, 4 digits
 * @param month the month 1–12, or {@code null} when unknown
 * @param day   the day of the month, or {@code null} when unknown; only with a known month
 */
public record PartialDate(int year, Integer month, Integer day) {

    private static final Set<String> UNKNOWN_TOKENS = Set.of("UN", "UNK", "UK", "NK", "XX", "XXX", "--", "");

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new Invalid(Text.of(Bundle.MESSAGES, "partialDate.year", year));
        }
        if (month == null && day != null) {
            throw new Invalid(Text.of(Bundle.MESSAGES, "partialDate.dayWithoutMonth", day, year));
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new Invalid(Text.of(Bundle.MESSAGES, "partialDate.month", month));
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new Invalid(Text.of(Bundle.MESSAGES, "partialDate.noSuchDate", year, month, day), e);
            }
        }
    }

    /** A date known to the year only. */
    public static PartialDate of(int year) {
        return new PartialDate(year, null, null);
    }

    /** A date known to the month. */
    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, null);
    }

    /** A complete date. */
    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /** A complete date. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses an ISO 8601 partial date or a CDASH date with {@code UN}/{@code UNK} for unknown parts (see the class
     * description). Case-insensitive; hyphen, slash or space separate the parts.
     *
     * @throws IllegalArgumentException when the text is not such a date
     */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid(Text.of(Bundle.MESSAGES, "partialDate.empty"));
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        String[] parts = t.split("[-/ ]", -1);
        try {
            if (parts.length == 3 && parts[2].length() == 4 && parts[0].length() <= 3) {
                // CDASH display order DD-MMM-YYYY
                return build(text, parts[2], parts[1], parts[0]);
            }
            if (parts.length >= 1 && parts.length <= 3 && parts[0].length() == 4) {
                return build(text, parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
            }
        } catch (NumberFormatException e) {
            throw new Invalid(Text.of(Bundle.MESSAGES, "partialDate.invalid", text), e);
        }
        throw new Invalid(Text.of(Bundle.MESSAGES, "partialDate.invalid", text));
    }

    private static PartialDate build(String text, String yearPart, String monthPart, String dayPart) {
        if (!yearPart.matches("\\d{4}")) {
            throw new Invalid(Text.of(Bundle.MESSAGES, "partialDate.yearUnknown", text));
        }
        int year = Integer.parseInt(yearPart);
        Integer month = UNKNOWN_TOKENS.contains(monthPart) ? null : month(monthPart, text);
        Integer day = UNKNOWN_TOKENS.contains(dayPart) ? null : Integer.valueOf(digits(dayPart, text));
        return new PartialDate(year, month, day);
    }

    private static int month(String part, String text) {
        if (part.matches("\\d{1,2}")) {
            return Integer.parseInt(part);
        }
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT).equals(part)) {
                return m.getValue();
            }
        }
        throw new Invalid(Text.of(Bundle.MESSAGES, "partialDate.notMonth", text, part));
    }

    private static String digits(String part, String text) {
        if (!part.matches("\\d{1,2}")) {
            throw new Invalid(Text.of(Bundle.MESSAGES, "partialDate.notDay", text, part));
        }
        return part;
    }

    /** Whether year, month and day are all known. */
    public boolean isComplete() {
        return day != null;
    }

    /** The date, when complete. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** ISO 8601 at the known precision: "2026", "2026-03" or "2026-03-14" (the SDTM --DTC form). */
    public String toIso() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** CDASH display form DD-MMM-YYYY with UN/UNK for unknown parts: "UN-UNK-2026", "UN-MAR-2026", "14-MAR-2026". */
    public String toCdash() {
        String mmm = month == null ? "UNK"
                : Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
        String dd = day == null ? "UN" : String.format("%02d", day);
        return dd + "-" + mmm + "-" + String.format("%04d", year);
    }

    /** The first day this date may be: 1 January of the year, or the 1st of the month. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date may be: 31 December of the year, or the last day of the month. */
    public LocalDate latest() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** True only when every date this may be is before every date {@code other} may be. */
    public boolean isDefinitelyBefore(PartialDate other) {
        return latest().isBefore(other.earliest());
    }

    /** True only when every date this may be is after every date {@code other} may be. */
    public boolean isDefinitelyAfter(PartialDate other) {
        return earliest().isAfter(other.latest());
    }

    /** True only when every date this may be is before {@code date}. */
    public boolean isDefinitelyBefore(LocalDate date) {
        return latest().isBefore(date);
    }

    /** True only when every date this may be is after {@code date}. */
    public boolean isDefinitelyAfter(LocalDate date) {
        return earliest().isAfter(date);
    }

    /** Whether the two dates may be the same day (their possible ranges overlap). */
    public boolean mayBeSameDayAs(PartialDate other) {
        return !isDefinitelyBefore(other) && !isDefinitelyAfter(other);
    }

    @Override
    public String toString() {
        return toIso();
    }

    /** A text that is not a partial date, or parts that make none; {@link #text()} says why in the reader's language. */
    public static final class Invalid extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final Text text;

        Invalid(Text text) {
            this(text, null);
        }

        Invalid(Text text, Throwable cause) {
            super(text.english(), cause);
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }
}
