package org.vigia.form;

import java.util.List;
import java.util.Map;
import org.vigia.shared.text.Text;

/**
 * What {@link FormEngine} made of one save: the values to store, by path in the form's order (entered values
 * normalised: a partial date in ISO form, a multiple choice in its code list's order; computed items computed), the
 * soft-range warnings the user confirmed (to flag on the stored values), the status and the required items still
 * missing (paths, or a row path {@code CM[0]} for rows a repeating group still needs).
 */
public record FormResult(Map<ItemPath, String> values, Map<ItemPath, Text> warnings, FormStatus status,
                         List<String> missing) {

    public FormResult {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        warnings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(warnings));
        missing = List.copyOf(missing);
    }
}
