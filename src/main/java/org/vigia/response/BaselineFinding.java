package org.vigia.response;

import java.util.Objects;
import org.vigia.shared.text.Text;

/**
 * One problem found in the baseline lesion selection, for the form to flag against the lesion as
 * entered. The screens show the short label of {@code code} ({@code finding.<CODE>}); {@code text} explains it with
 * the rule's source, in the reader's language, and {@link #message()} in English (the API's).
 * <pre>{@code
 * String shown = Texts.render(finding.text(), viewLocale);
 * }</pre>
 *
 * @param code     what is wrong
 * @param lesionId the lesion concerned, {@code null} for findings about the whole selection
 * @param text     explanation with the rule's source ({@code resp.finding.<CODE>} of the response bundle)
 */
public record BaselineFinding(BaselineFindingCode code, String lesionId, Text text) {

    public BaselineFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    /** The explanation in English. */
    public String message() {
        return text.english();
    }
}
