package org.vigia.shared;

import jakarta.ejb.ApplicationException;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Somebody else saved the same record since it was loaded (optimistic lock, {@code @Version}). Nothing was
 * overwritten; the user reloads and re-applies the change (HTTP 409). {@code what} names the record
 * ("Subject IN01-003"); the API answers in English, a screen renders {@link #text()} in its reader's language.
 * <pre>{@code
 * throw new EditConflict(Text.of(Bundle.SUBJECT, "record.subject", s.label()));
 * }</pre>
 */
@ApplicationException(rollback = true)
public class EditConflict extends RuntimeException {

    private final Text text;

    public EditConflict(Text what) {
        this(Text.of(Bundle.MESSAGES, "error.conflict.record", what), true);
    }

    /** A record named in English or by data only (e.g. its label). */
    public EditConflict(String what) {
        this(Text.plain(what));
    }

    private EditConflict(Text text, boolean full) {
        super(text.english());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
