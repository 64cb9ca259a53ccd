package org.vigia.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects every field error of one input before refusing it, so the user sees all problems at once.
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * errors.require(name != null && !name.isBlank(), "name", "The site name is required.");
 * errors.throwIfAny();   // InvalidInput with one message per field
 * }</pre>
 */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Records {@code message} for {@code field} unless {@code ok}; the first message per field wins. */
    public FieldErrors require(boolean ok, String field, String message) {
        if (!ok) {
            errors.putIfAbsent(field, message);
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            String message = errors.size() == 1 ? errors.values().iterator().next()
                    : "Please correct " + errors.size() + " fields: " + String.join("; ", errors.values());
            throw new InvalidInput(message, errors);
        }
    }
}
