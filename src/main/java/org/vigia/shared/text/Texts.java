package org.vigia.shared.text;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Renders {@link Text}s in a language: the one place where a key becomes a sentence, for the screens, the PDFs,
 * the e-mails and the API (English). English is the base file of every bundle, so a language without the key
 * falls back to English, never to the JVM's default locale; a key missing everywhere renders as the key itself
 * (the bundle completeness test keeps that from shipping).
 * <pre>{@code
 * String s = Texts.render(Text.of(Bundle.DOSING, "dose.refused.window", day), Locale.SIMPLIFIED_CHINESE);
 * String label = Texts.text(Bundle.AE, locale, "enum.Outcome.FATAL");
 * }</pre>
 * Patterns follow {@link MessageFormat}: a single quote is written {@code ''} in a pattern with arguments.
 */
public final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /** {@code text} in {@code locale} ({@code null}: English). */
    public static String render(Text text, Locale locale) {
        if (text == null) {
            return "";
        }
        if (text.isPlain()) {
            return text.key();
        }
        return format(text.bundle(), locale, text.key(), text.args());
    }

    /** The text of {@code key} in {@code bundle}, with {@code args}, in {@code locale}. */
    public static String text(Bundle bundle, Locale locale, String key, Object... args) {
        return format(bundle, locale, key, List.of(args));
    }

    /** The pattern of {@code key}, if {@code bundle} has it (in {@code locale} or in English). */
    public static Optional<String> find(Bundle bundle, Locale locale, String key) {
        try {
            return Optional.of(bundle(bundle, locale).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The bundle itself, e.g. for a PDF that reads many labels. */
    public static ResourceBundle bundle(Bundle bundle, Locale locale) {
        return ResourceBundle.getBundle(bundle.baseName(), locale == null ? Locale.ENGLISH : locale, NO_FALLBACK);
    }

    /**
     * The label of an enum constant: {@code enum.<SimpleName>.<CONSTANT>} in {@code bundle}, else the constant's
     * name (the bundle completeness test lists the enums that must have labels).
     */
    public static String label(Bundle bundle, Locale locale, Enum<?> value) {
        if (value == null) {
            return "";
        }
        return find(bundle, locale, enumKey(value)).orElse(value.name());
    }

    /** The key of an enum constant's label. */
    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    private static String format(Bundle bundle, Locale locale, String key, List<Object> args) {
        Optional<String> pattern = find(bundle, locale, key);
        if (pattern.isEmpty()) {
            return key;
        }
        if (args.isEmpty()) {
            return pattern.get();
        }
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = argument(bundle, locale, args.get(i));
        }
        return new MessageFormat(pattern.get(), locale == null ? Locale.ENGLISH : locale).format(shown);
    }

    /** Arguments become strings here so that MessageFormat neither groups nor rounds numbers. */
    private static String argument(Bundle bundle, Locale locale, Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Text t) {
            return render(t, locale);
        }
        if (arg instanceof Localized l) {
            return l.in(locale == null ? Locale.ENGLISH : locale);
        }
        if (arg instanceof Enum<?> e) {
            return label(bundle, locale, e);
        }
        if (arg instanceof java.util.Collection<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object element : list) {
                joined.append(joined.length() == 0 ? "" : "; ").append(argument(bundle, locale, element));
            }
            return joined.toString();
        }
        return neutral(arg);
    }

    /** An argument that is neither a text nor an enum, in the same form in every language. */
    static String neutral(Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (arg instanceof Double || arg instanceof Float) {
            return BigDecimal.valueOf(((Number) arg).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(arg);
    }
}
