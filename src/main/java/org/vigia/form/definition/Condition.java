package org.vigia.form.definition;

import java.util.List;

/**
 * When an item or a group is shown: the value of another item equals {@code equals}, or is one of {@code in}
 * ({@code showWhen: {item: CMONGO, equals: "N"}}). The other item is in the same row of the same group, or in a
 * single (non-repeating) group. A hidden item takes no value (one sent is refused) and is never required.
 */
public record Condition(String item, String equals, List<String> in) {

    public Condition {
        in = in == null ? null : List.copyOf(in);
    }

    /** The values that show the item. */
    public List<String> values() {
        return equals != null ? List.of(equals) : in == null ? List.of() : in;
    }

    /** True when the other item's stored value shows the item (a multiple choice: when one of its codes does). */
    public boolean shows(String value) {
        if (value == null) {
            return false;
        }
        for (String v : values()) {
            if (v.equals(value) || List.of(value.split(",")).contains(v)) {
                return true;
            }
        }
        return false;
    }
}
