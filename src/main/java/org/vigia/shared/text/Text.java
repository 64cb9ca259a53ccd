package org.vigia.shared.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing text not yet rendered: a bundle, a key and its arguments. Services refuse and report with texts;
 * the screen, the PDF or the e-mail renders them in its reader's language ({@link Texts#render}); the API and the
 * server log use English. Stored texts keep the key and the arguments ({@link #encode()}), never a sentence.
 * <p>
 * Arguments are rendered by {@link Texts}: a nested {@code Text} in the same language, an enum through the key
 * {@code enum.<SimpleName>.<CONSTANT>} of the same bundle when it has one, numbers in plain digits (no grouping,
 * no rounding), dates in ISO 8601, a collection as its elements joined by {@code "; "}, anything else by
 * {@code toString()}.
 * <pre>{@code
 * throw new InvalidInput("onset", Text.of(Bundle.AE, "ae.refused.onsetAfterDeath", onset, deathDate));
 * String shown = Texts.render(refusal.text(), viewLocale);
 * }</pre>
 *
 * @param bundle the family the key belongs to; {@code null} only for {@link #plain(String)}
 * @param key    the key in that family, or the literal text of a {@link #plain(String)} text
 * @param args   the arguments ({@code {0}}, {@code {1}}, ... in the pattern); serializable values
 */
public record Text(Bundle bundle, String key, List<Object> args) implements Serializable {

    public Text {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** The text of {@code key} in {@code bundle} with {@code args}. */
    public static Text of(Bundle bundle, String key, Object... args) {
        return new Text(Objects.requireNonNull(bundle, "bundle"), key, java.util.Arrays.asList(args));
    }

    /**
     * A text that is already a sentence and is shown as it is in every language: for data the user typed and
     * for messages from outside Vigia (e.g. a parser's). Never for Vigia's own sentences.
     */
    public static Text plain(String literal) {
        return new Text(null, literal == null ? "" : literal, List.of());
    }

    public boolean isPlain() {
        return bundle == null;
    }

    /** English rendering, for the API's messages, exceptions and the log. */
    public String english() {
        return Texts.render(this, Locale.ENGLISH);
    }

    /** A stored form that keeps the key and the arguments ({@link TextCodec}). */
    public String encode() {
        return TextCodec.encode(this);
    }

    @Override
    public String toString() {
        return english();
    }
}
