package org.vigia.study.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * An agent given on some days of each cycle of a phase (or of the phase itself when it has no cycles).
 * {@code days} is written as in the protocol: "1", "1-3", "1,22", "1-14".
 */
public record Administration(String agent, String days, String source, boolean assumption, String note) {

    /** Dosing days in ascending order, parsed from {@link #days()}; throws {@link IllegalArgumentException} if malformed. */
    public List<Integer> dosingDays() {
        return parseDays(days);
    }

    static List<Integer> parseDays(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("days are empty");
        }
        TreeSet<Integer> result = new TreeSet<>();
        for (String part : text.replace(" ", "").split(",")) {
            String[] bounds = part.split("-");
            try {
                if (bounds.length == 1) {
                    result.add(positive(Integer.parseInt(bounds[0]), text));
                } else if (bounds.length == 2) {
                    int from = positive(Integer.parseInt(bounds[0]), text);
                    int to = positive(Integer.parseInt(bounds[1]), text);
                    if (to < from) {
                        throw new IllegalArgumentException("days '" + text + "': range " + part + " runs backwards");
                    }
                    for (int d = from; d <= to; d++) {
                        result.add(d);
                    }
                } else {
                    throw new IllegalArgumentException("days '" + text + "': cannot read '" + part + "'");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("days '" + text + "': cannot read '" + part + "'", e);
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(result));
    }

    private static int positive(int day, String text) {
        if (day < 1) {
            throw new IllegalArgumentException("days '" + text + "': day numbers start at 1");
        }
        return day;
    }
}
