package org.vigia.form.definition;

/**
 * The functions a computed item may use; there is no expression language or script. Each takes other items of the
 * form (same row, or a single group) and gives nothing when one of them has no value.
 * <ul>
 *   <li>{@code BMI(weightKg, heightCm)}: weight / (height/100)², rounded half up to the item's {@code digits}</li>
 *   <li>{@code DAYS_BETWEEN(from, to)}: the days from the first date to the second (two {@code DATE} items),
 *       an {@code INTEGER}</li>
 *   <li>{@code SUM(a, b, ...)}: the sum of numeric items, at the item's {@code digits} (an {@code INTEGER} item takes
 *       {@code INTEGER} terms only)</li>
 * </ul>
 */
public enum ComputeFunction {
    BMI, DAYS_BETWEEN, SUM
}
