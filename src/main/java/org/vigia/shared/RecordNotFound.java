package org.vigia.shared;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;

/**
 * A record that does not exist, or that the caller may not know exists (HTTP 404): "{@code Subject 12 was not
 * found}". The kind of record is named by its English noun, which is also the key {@code record.<Noun_with_underscores>}
 * of its name in the {@code messages} bundle; a screen renders {@link #text()} in its reader's language.
 * <pre>{@code
 * throw new RecordNotFound("Adverse event", aeId);
 * }</pre>
 */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {

    private final Text text;

    public RecordNotFound(String what, Object id) {
        this(Text.of(Bundle.MESSAGES, "error.notFound", noun(what), id));
    }

    public RecordNotFound(Text text) {
        super(text.english());
        this.text = text;
    }

    public Text text() {
        return text;
    }

    /** The name of a kind of record from the bundle, or the English noun itself when it has no key. */
    static Text noun(String what) {
        String key = "record." + what.replace(' ', '_');
        return Texts.find(Bundle.MESSAGES, Locale.ENGLISH, key).isPresent() ? Text.of(Bundle.MESSAGES, key) : Text.plain(what);
    }
}
