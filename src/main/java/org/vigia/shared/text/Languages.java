package org.vigia.shared.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of Vigia's screens, PDFs and e-mails: English (the base file of every bundle), Simplified Chinese
 * ({@code _zh_CN}) and French ({@code _fr}). The API's own texts stay English.
 * <pre>{@code
 * Locale shown = Languages.orEnglish(request.getLocale());      // fr-CA -> fr, zh-TW -> zh_CN, de -> en
 * Optional<Locale> asked = Languages.ofTag("fr");              // empty for a language Vigia does not have
 * }</pre>
 */
public final class Languages {

    /** The languages in the order the language links show them. */
    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.FRENCH);

    private Languages() {
    }

    /** The supported language of {@code locale} (any Chinese: Simplified Chinese, any French: French), if any. */
    public static Optional<Locale> supported(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return switch (locale.getLanguage()) {
            case "en" -> Optional.of(Locale.ENGLISH);
            case "zh" -> Optional.of(Locale.SIMPLIFIED_CHINESE);
            case "fr" -> Optional.of(Locale.FRENCH);
            default -> Optional.empty();
        };
    }

    /** The supported language of {@code locale}, else English. */
    public static Locale orEnglish(Locale locale) {
        return supported(locale).orElse(Locale.ENGLISH);
    }

    /** The supported language of a BCP 47 tag ({@code en}, {@code zh-CN}, {@code fr}; {@code zh_CN} accepted). */
    public static Optional<Locale> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return supported(Locale.forLanguageTag(tag.strip().replace('_', '-')));
    }
}
