package org.vigia.shared.text;

import java.io.Serializable;
import java.util.Locale;

/**
 * A text that comes with its own translations instead of a bundle key: data a user or a data manager wrote in English
 * and Simplified Chinese (a form's item labels and edit-check messages in {@code config/forms/}). As an argument of a
 * {@link Text} it is rendered in the reader's language ({@link Texts#render}); stored with {@link TextCodec}, it keeps
 * its {@link #toString()} (English).
 * <pre>{@code
 * throw new InvalidInput(path, Text.of(Bundle.FORM, "form.refused.integer", item.label(), value));
 * }</pre>
 */
public interface Localized extends Serializable {

    /** The text in {@code locale} (English when it has none for it). */
    String in(Locale locale);
}
