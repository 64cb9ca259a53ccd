package org.vigia.shared;

import jakarta.ejb.ApplicationException;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * The caller is signed in but may not see or change this data (HTTP 403). The refusal is audited. The API answers
 * with the English {@link #getMessage()}; a screen renders {@link #text()} in its reader's language.
 * <pre>{@code
 * throw new AccessRefused(Text.of(Bundle.SUBJECT, "elig.refused.overrideRole"));
 * }</pre>
 */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    private final Text text;

    public AccessRefused(Text text) {
        super(text.english());
        this.text = text;
    }

    /** "You do not have access to {@code what}." ({@code what} describes the record, in English). */
    public static AccessRefused to(String what) {
        return new AccessRefused(Text.of(Bundle.MESSAGES, "error.forbidden.to", what));
    }

    public Text text() {
        return text;
    }
}
