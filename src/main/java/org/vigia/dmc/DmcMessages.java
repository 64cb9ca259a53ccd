package org.vigia.dmc;

import java.util.Locale;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Texts;

/**
 * The DMC report's texts ({@link Bundle#DMC_REPORT}) in the report's language, rendered by {@link Texts}: a report
 * is written in one language chosen by the caller, so its sections hold one of these instead of passing the locale.
 * <pre>{@code
 * DmcMessages msg = new DmcMessages(Locale.SIMPLIFIED_CHINESE);
 * String title = msg.get("table.exposure");
 * String note = msg.get("note.arm", arm.id(), arm.name());
 * }</pre>
 */
public final class DmcMessages {

    /** Base name of the bundle. */
    public static final String BUNDLE = Bundle.DMC_REPORT.baseName();

    private final Locale locale;

    /** Texts in {@code locale}; falls back to English for a missing language. */
    public DmcMessages(Locale locale) {
        this.locale = locale;
    }

    /** The locale asked for. */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, with {@code args} ({@link Texts#text}). */
    public String get(String key, Object... args) {
        if (Texts.find(Bundle.DMC_REPORT, locale, key).isEmpty()) {
            throw new java.util.MissingResourceException("No DMC report text " + key, BUNDLE, key);
        }
        return Texts.text(Bundle.DMC_REPORT, locale, key, args);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has no such key. */
    public String getOrDefault(String key, String fallback) {
        return Texts.find(Bundle.DMC_REPORT, locale, key).orElse(fallback);
    }
}
