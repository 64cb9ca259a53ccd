package org.vigia.response;

import java.util.Objects;

/**
 * One problem found in the baseline lesion selection, for the form to flag against the lesion as
 * entered. {@code message} is an English default; screens should use {@code code} as a bundle key.
 *
 * @param code     what is wrong
 * @param lesionId the lesion concerned, {@code null} for findings about the whole selection
 * @param message  human-readable explanation with the rule's source
 */
public record BaselineFinding(BaselineFindingCode code, String lesionId, String message) {

    public BaselineFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
