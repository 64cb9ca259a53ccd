package org.vigia.form.definition;

/**
 * The kinds of value an item takes, with how a value is written (in the API and stored):
 * <ul>
 *   <li>{@code TEXT}: free text, at most the item's {@code maxLength} characters (default 500)</li>
 *   <li>{@code INTEGER}: a whole number, {@code 12} ({@code 12.0} is refused)</li>
 *   <li>{@code DECIMAL}: a number with at most the item's {@code digits} decimals ({@code 2.5}); more are refused, never
 *       rounded</li>
 *   <li>{@code DATE}: ISO 8601 {@code 2026-03-14}</li>
 *   <li>{@code PARTIAL_DATE}: {@code 2026}, {@code 2026-03}, {@code 2026-03-14} or with CDASH UN/UNK
 *       ({@link org.vigia.shared.PartialDate}), stored in ISO form</li>
 *   <li>{@code TIME}: 24-hour {@code HH:mm}</li>
 *   <li>{@code CHOICE}: one code of the item's code list</li>
 *   <li>{@code MULTI_CHOICE}: several codes of the code list (a JSON array), stored in the list's order joined by
 *       commas</li>
 *   <li>{@code YES_NO}: {@code Y} or {@code N} (CDISC NY)</li>
 * </ul>
 */
public enum ItemType {
    TEXT, INTEGER, DECIMAL, DATE, PARTIAL_DATE, TIME, CHOICE, MULTI_CHOICE, YES_NO;

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL;
    }

    public boolean dated() {
        return this == DATE || this == PARTIAL_DATE;
    }

    public boolean coded() {
        return this == CHOICE || this == MULTI_CHOICE;
    }
}
