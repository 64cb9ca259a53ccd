package org.vigia.form;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a value sits in a form: {@code <GROUP_OID>[<row>].<ITEM_OID>}, e.g. {@code CM[0].CMDOSE} (the dose on the
 * first row of the medication log); a single group has row 0 only. The same path names the value in the API's
 * {@code values}, in refusals ({@code fields}), in {@code confirmedWarnings} and in the audit trail.
 */
public record ItemPath(String group, int row, String item) implements Comparable<ItemPath> {

    private static final Pattern FORM = Pattern.compile("([A-Z][A-Z0-9_]{0,31})\\[(0|[1-9]\\d{0,3})]\\.([A-Z][A-Z0-9_]{0,31})");

    /** The path, or empty when {@code text} is not written {@code GROUP[row].ITEM}. */
    public static Optional<ItemPath> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ItemPath(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
    }

    public static ItemPath of(String group, int row, String item) {
        return new ItemPath(group, row, item);
    }

    /** The row's path without the item ({@code CM[2]}), as a missing row is named. */
    public String rowPath() {
        return group + "[" + row + "]";
    }

    @Override
    public String toString() {
        return rowPath() + "." + item;
    }

    @Override
    public int compareTo(ItemPath o) {
        int c = group.compareTo(o.group);
        if (c == 0) {
            c = Integer.compare(row, o.row);
        }
        return c == 0 ? item.compareTo(o.item) : c;
    }
}
