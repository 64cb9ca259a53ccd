package org.vigia.shared.clinical;

import java.util.Optional;

/**
 * Biological sex of a subject, as recorded at screening and used by sex-dependent formulas (Cockcroft-Gault applies
 * ×0.85 for {@link #FEMALE}) and normal ranges. Stored, sent and received as its one-letter {@link #code()}
 * ({@code M}, {@code F}; {@link SexCodeConverter}).
 * <pre>{@code
 * Sex sex = Sex.ofCode("F").orElseThrow();   // FEMALE
 * sex.code();                                // "F"
 * }</pre>
 */
public enum Sex {
    MALE("M"), FEMALE("F");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** {@code M} or {@code F}: the stored value, the API's and the screens' bundle suffix ({@code sex.M}). */
    public String code() {
        return code;
    }

    /** The sex of the code {@code M} or {@code F} (exactly), else empty. */
    public static Optional<Sex> ofCode(String code) {
        for (Sex s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
