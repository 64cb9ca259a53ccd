package org.vigia.ae;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the {@code aeMsg} bundle ({@code org/vigia/i18n/ae*.properties}) for services, API and PDF. */
public final class AeMessages {

    public static final String BUNDLE = "org.vigia.i18n.ae";

    /** Never falls back to the JVM's default locale: English is the base bundle. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private AeMessages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale, NO_FALLBACK)
                    .getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** English text, used in API error messages and the audit trail. */
    public static String english(String key, Object... args) {
        return text(Locale.ENGLISH, key, args);
    }
}
