package org.vigia.form;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigia.form.definition.CodeList;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.Item;
import org.vigia.form.definition.ItemType;
import org.vigia.shared.PartialDate;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Reads one item's value as sent (a JSON string; a JSON number for a number; a JSON array of codes for a multiple
 * choice) into its stored text, without coercion: {@code 12.0} is not an integer, {@code 12.345} for an item with 2
 * decimals is refused (never rounded), {@code yes} is not {@code Y}, a date is ISO 8601. The stored text of each type
 * is described on {@link ItemType}. A refusal is a {@link Refused} with the text naming the item by its label.
 * <pre>{@code
 * String stored = ItemValues.parse(form, item, "72.5", today);   // "72.5"
 * }</pre>
 */
public final class ItemValues {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private ItemValues() {
    }

    /** A value that is not one the item takes; {@link #text()} says why. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Text text;

        Refused(Text text) {
            super(text.english(), null, false, false);
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }

    /** True when the value counts as not given: null, a blank text, an empty array. */
    public static boolean absent(Object raw) {
        return raw == null || raw instanceof CharSequence s && s.toString().isBlank() || raw instanceof List<?> l && l.isEmpty();
    }

    /**
     * The stored text of {@code raw} for {@code item} (never null: call only when not {@link #absent}); dates may not
     * lie after {@code today} (a partial date: not entirely after it).
     */
    public static String parse(FormDefinition form, Item item, Object raw, LocalDate today) throws Refused {
        ItemType type = item.type();
        if (type == ItemType.MULTI_CHOICE) {
            return multi(form, item, raw);
        }
        String text;
        if (raw instanceof CharSequence s) {
            text = s.toString();
        } else if (raw instanceof Number n && type.numeric()) {
            text = n instanceof BigDecimal d ? d.toPlainString() : new BigDecimal(n.toString()).toPlainString();
        } else {
            throw refused(type.numeric() ? "form.refused.notNumber" : "form.refused.notText", item, shown(raw));
        }
        if (type != ItemType.TEXT && text.length() > Item.MAX_LENGTH) {
            throw refused("form.refused.tooLong", item, Item.MAX_LENGTH, text.length());
        }
        return switch (type) {
            case TEXT -> text(item, text);
            case INTEGER -> integer(item, text);
            case DECIMAL -> decimal(item, text);
            case DATE -> date(item, text, today);
            case PARTIAL_DATE -> partialDate(item, text, today);
            case TIME -> time(item, text);
            case CHOICE -> code(form, item, text);
            case YES_NO -> yesNo(item, text);
            case MULTI_CHOICE -> throw new IllegalStateException();
        };
    }

    private static String text(Item item, String text) throws Refused {
        int length = text.codePointCount(0, text.length());
        if (length > item.maxLengthOrDefault()) {
            throw refused("form.refused.tooLong", item, item.maxLengthOrDefault(), length);
        }
        return text;
    }

    private static String integer(Item item, String text) throws Refused {
        if (!INTEGER.matcher(text).matches()) {
            throw refused("form.refused.integer", item, text);
        }
        BigInteger value = new BigInteger(text);
        if (value.abs().toString().length() > Item.MAX_INTEGER_DIGITS) {
            throw refused("form.refused.integerDigits", item, text, Item.MAX_INTEGER_DIGITS);
        }
        return value.toString();
    }

    private static String decimal(Item item, String text) throws Refused {
        if (!DECIMAL.matcher(text).matches()) {
            throw refused("form.refused.decimal", item, text);
        }
        BigDecimal value = new BigDecimal(text);
        int decimals = Math.max(0, value.scale());
        if (decimals > item.digitsOrZero()) {
            throw refused("form.refused.decimals", item, text, decimals, item.digitsOrZero());
        }
        if (value.precision() - value.scale() > Item.MAX_INTEGER_DIGITS) {
            throw refused("form.refused.integerDigits", item, text, Item.MAX_INTEGER_DIGITS);
        }
        return value.toPlainString();
    }

    private static String date(Item item, String text, LocalDate today) throws Refused {
        LocalDate date;
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeException(text);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw refused("form.refused.date", item, text);
        }
        if (today != null && date.isAfter(today)) {
            throw refused("form.refused.future", item, text, today);
        }
        return date.toString();
    }

    private static String partialDate(Item item, String text, LocalDate today) throws Refused {
        PartialDate date;
        try {
            date = PartialDate.parse(text);
        } catch (PartialDate.Invalid e) {
            throw refused("form.refused.partialDate", item, e.text());
        }
        if (today != null && date.isDefinitelyAfter(today)) {
            throw refused("form.refused.future", item, text, today);
        }
        return date.toIso();
    }

    private static String time(Item item, String text) throws Refused {
        if (!TIME.matcher(text).matches()) {
            throw refused("form.refused.time", item, text);
        }
        return LocalTime.parse(text).toString();
    }

    private static String code(FormDefinition form, Item item, String text) throws Refused {
        CodeList list = form.codeList(item.codeList()).orElseThrow();
        if (list.find(text).isEmpty()) {
            throw refused("form.refused.code", item, text, String.join(", ", list.codeValues()));
        }
        return text;
    }

    private static String yesNo(Item item, String text) throws Refused {
        if (!text.equals("Y") && !text.equals("N")) {
            throw refused("form.refused.yesNo", item, text);
        }
        return text;
    }

    private static String multi(FormDefinition form, Item item, Object raw) throws Refused {
        if (!(raw instanceof List<?> list)) {
            throw refused("form.refused.notList", item, shown(raw));
        }
        CodeList codes = form.codeList(item.codeList()).orElseThrow();
        Set<String> chosen = new LinkedHashSet<>();
        for (Object o : list) {
            if (!(o instanceof CharSequence s)) {
                throw refused("form.refused.notList", item, shown(raw));
            }
            String code = s.toString();
            if (codes.find(code).isEmpty()) {
                throw refused("form.refused.code", item, code, String.join(", ", codes.codeValues()));
            }
            if (!chosen.add(code)) {
                throw refused("form.refused.duplicateCode", item, code);
            }
        }
        List<String> ordered = new ArrayList<>(codes.codeValues());
        ordered.retainAll(chosen);
        return String.join(",", ordered);
    }

    private static String shown(Object raw) {
        String s = String.valueOf(raw);
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static Refused refused(String key, Item item, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = item.label();
        System.arraycopy(args, 0, all, 1, args.length);
        return new Refused(Text.of(Bundle.FORM, key, all));
    }
}
