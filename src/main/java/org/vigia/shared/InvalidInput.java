package org.vigia.shared;

import jakarta.ejb.ApplicationException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;

/**
 * Input that breaks a rule: the {@link Text} says what and how to fix it; {@link #field()} names the field when one
 * field is at fault. Mapped to HTTP 400 by the API (English, {@link #getMessage()}, {@link #fieldErrors()}) and to a
 * message beside the field by the screens, in the reader's language ({@link #text()}, {@link #fieldTexts()}).
 * <pre>{@code
 * throw new InvalidInput("onset", Text.of(Bundle.AE, "ae.refused.onsetAfterDeath", onset, death));
 * }</pre>
 * The constructors taking a {@code String} are for messages that are not Vigia's own (a parser's, a database's):
 * they are shown as they are in every language.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final String field;
    private final Text text;
    private final Map<String, Text> fieldTexts;

    public InvalidInput(Text text) {
        this(null, text);
    }

    public InvalidInput(String field, Text text) {
        super(text.english());
        this.field = field;
        this.text = text;
        this.fieldTexts = field == null ? Map.of() : Map.of(field, text);
    }

    /** Several fields at fault; {@code text} sums them up. Keeps the order of {@code fieldTexts}. */
    public InvalidInput(Text text, Map<String, Text> fieldTexts) {
        super(text.english());
        this.field = fieldTexts.size() == 1 ? fieldTexts.keySet().iterator().next() : null;
        this.text = text;
        this.fieldTexts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldTexts));
    }

    public InvalidInput(String message) {
        this(null, Text.plain(message));
    }

    public InvalidInput(String field, String message) {
        this(field, Text.plain(message));
    }

    public InvalidInput(String message, Map<String, String> fieldErrors) {
        this(Text.plain(message), plain(fieldErrors));
    }

    private static Map<String, Text> plain(Map<String, String> messages) {
        Map<String, Text> texts = new LinkedHashMap<>();
        messages.forEach((f, m) -> texts.put(f, Text.plain(m)));
        return texts;
    }

    public String field() {
        return field;
    }

    /** What is wrong, to be rendered in the reader's language. */
    public Text text() {
        return text;
    }

    /** Per field, what is wrong with it. */
    public Map<String, Text> fieldTexts() {
        return fieldTexts;
    }

    /** Per field, in English (the API's {@code fields}). */
    public Map<String, String> fieldErrors() {
        return fieldErrors(Locale.ENGLISH);
    }

    /** Per field, in {@code locale}. */
    public Map<String, String> fieldErrors(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        fieldTexts.forEach((f, t) -> out.put(f, Texts.render(t, locale)));
        return out;
    }
}
