package org.vigia.lab.api;

import java.math.BigDecimal;
import org.vigia.terminology.LabTest;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Reads the {@code value} of a lab result sent to the API: a JSON number or a number as text ({@code "1.2"},
 * {@code "1,2"}), at most {@value #INTEGER_DIGITS} digits before the decimal point and {@value #FRACTION_DIGITS}
 * after (those of the {@code lab_result.value} column; never rounded). A refusal is added to {@code errors} under
 * {@code value}; the plausible range of the test is checked by the service.
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * BigDecimal v = LabValueInput.read(body.value(), LabTest.ANC, "10^9/L", errors);   // null when refused
 * errors.throwIfAny();
 * }</pre>
 */
public final class LabValueInput {

    static final int INTEGER_DIGITS = 12;
    static final int FRACTION_DIGITS = 6;
    /** The longest value accepted as text. */
    static final int TEXT = 40;

    private LabValueInput() {
    }

    /** The value as a number, or null with the refusal recorded in {@code errors}. */
    public static BigDecimal read(Object raw, LabTest test, String unit, FieldErrors errors) {
        if (raw == null || raw instanceof CharSequence t && t.toString().isBlank()) {
            errors.require(false, "value", Text.of(Bundle.MESSAGES, "lab.value.required"));
            return null;
        }
        if (raw instanceof CharSequence t && t.length() > TEXT) {
            errors.require(false, "value", Text.of(Bundle.MESSAGES, "lab.value.tooLong", TEXT));
            return null;
        }
        BigDecimal value = number(raw);
        if (value == null) {
            errors.require(false, "value", Text.of(Bundle.MESSAGES, "lab.value.notNumber", String.valueOf(raw)));
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > FRACTION_DIGITS) {
            errors.require(false, "value", Text.of(Bundle.MESSAGES, "lab.value.tooManyDecimals", plain.toPlainString(),
                    FRACTION_DIGITS, INTEGER_DIGITS));
            return null;
        }
        if (plain.precision() - plain.scale() > INTEGER_DIGITS) {
            boolean implausible = test != null && test.accepts(unit) && !test.isPlausible(value, unit);
            errors.require(false, "value", implausible
                    ? Text.of(Bundle.MESSAGES, "lab.value.tooManyDigitsImplausible", shortened(plain), test.displayName(),
                            test.plausibleRange(unit), INTEGER_DIGITS, FRACTION_DIGITS)
                    : Text.of(Bundle.MESSAGES, "lab.value.tooManyDigits", shortened(plain), INTEGER_DIGITS, FRACTION_DIGITS));
            return null;
        }
        return value;
    }

    private static String shortened(BigDecimal d) {
        String s = d.toPlainString();
        return s.length() <= TEXT ? s : d.toString();
    }

    private static BigDecimal number(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (!(v instanceof CharSequence)) {
            return null;
        }
        try {
            return new BigDecimal(v.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
