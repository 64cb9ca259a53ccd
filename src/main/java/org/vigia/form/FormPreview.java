package org.vigia.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.vigia.shared.text.Text;

/**
 * What a form screen shows while the user types, before anything is saved ({@link FormEngine#preview}): the computed
 * items of the values typed so far, the soft-range warnings those values raise (to confirm), and the item paths of the
 * rows on screen that are hidden by a {@code showWhen} (item or group) and the OIDs of the hidden groups. Values that cannot be read yet are left out, so
 * a preview never refuses; the save validates.
 */
public record FormPreview(Map<String, String> computed, Map<String, Text> warnings, Set<String> hidden) {

    public FormPreview {
        computed = Collections.unmodifiableMap(new LinkedHashMap<>(computed));
        warnings = Collections.unmodifiableMap(new LinkedHashMap<>(warnings));
        hidden = Collections.unmodifiableSet(new LinkedHashSet<>(hidden));
    }
}
