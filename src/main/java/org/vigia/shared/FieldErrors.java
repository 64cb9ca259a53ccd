package org.vigia.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Collects every field error of one input before refusing it, so the user sees all problems at once.
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * errors.require(name != null && !name.isBlank(), "name", Text.of(Bundle.MESSAGES, "site.name.required"));
 * errors.throwIfAny();   // InvalidInput with one message per field
 * }</pre>
 */
public final class FieldErrors {

    private final Map<String, Text> errors = new LinkedHashMap<>();

    /** Records {@code text} for {@code field} unless {@code ok}; the first text per field wins. */
    public FieldErrors require(boolean ok, String field, Text text) {
        if (!ok) {
            errors.putIfAbsent(field, text);
        }
        return this;
    }

    /** Records a message that is not one of Vigia's texts (shown as it is in every language). */
    public FieldErrors require(boolean ok, String field, String message) {
        return require(ok, field, Text.plain(message));
    }

    /**
     * Records a message for every text in {@code value} longer than {@code max} characters, walking maps and lists
     * (the field named by its path, e.g. {@code items[0].term}); for the free-form maps of baseline and eligibility
     * forms, whose texts are stored inside one JSON document.
     */
    public FieldErrors textsAtMost(String path, Object value, int max) {
        if (value instanceof CharSequence text) {
            require(text.length() <= max, path, Text.of(Bundle.MESSAGES, "error.tooLong", path, max));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                textsAtMost(key.length() <= max ? key : "(key)", key, max);
                textsAtMost(path.isEmpty() ? key : path + "." + key, v, max);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                textsAtMost(path + "[" + i + "]", list.get(i), max);
            }
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            Text summary = errors.size() == 1 ? errors.values().iterator().next()
                    : Text.of(Bundle.MESSAGES, "error.fields", errors.size(), List.copyOf(errors.values()));
            throw new InvalidInput(summary, errors);
        }
    }
}
