package org.vigia.dmc;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Report texts from the {@code org/vigia/dmc/DmcMessages} bundle (English base, Simplified Chinese
 * {@code zh_CN}); Java 9+ reads the properties files as UTF-8.
 */
public final class DmcMessages {

    /** Base name of the bundle. */
    public static final String BUNDLE = "org.vigia.dmc.DmcMessages";

    private final ResourceBundle bundle;
    private final Locale locale;

    /** Texts in {@code locale}; falls back to English for a missing language. */
    public DmcMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale asked for. */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, with {@code args} put in by {@link MessageFormat} when there are any. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has no such key. */
    public String getOrDefault(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
