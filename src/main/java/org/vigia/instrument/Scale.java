package org.vigia.instrument;

import java.util.List;

/**
 * A scale or single item of a questionnaire as the EORTC scoring manual defines it: its abbreviation (the manual's
 * variable name: {@code PF2}, {@code HNSW}), how it is transformed, and the numbers of the items whose mean is its
 * raw score. Every item of a scale has the same answer codes, so the scale has one range.
 *
 * @param code  the manual's abbreviation, unique over Vigia's instruments
 * @param kind  functional, symptom or global health status
 * @param items the items' numbers in the questionnaire, in the manual's order
 */
public record Scale(String code, ScaleKind kind, List<Integer> items) {

    public Scale {
        if (code == null || code.isBlank() || kind == ScaleKind.SUMMARY || items == null || items.isEmpty()) {
            throw new IllegalArgumentException("scale " + code);
        }
        items = List.copyOf(items);
    }

    /** The key of the scale's short label in the {@code instrument} bundle. */
    public String labelKey() {
        return "scale." + code;
    }

    /** A scale of one item (the manual's "single-item measures"): scored only when that item is answered. */
    public boolean singleItem() {
        return items.size() == 1;
    }
}
