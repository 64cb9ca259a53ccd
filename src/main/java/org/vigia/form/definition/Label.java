package org.vigia.form.definition;

import java.util.Locale;
import org.vigia.shared.text.Localized;

/**
 * A text of a form definition in English, Simplified Chinese and (optionally) French, as the data manager wrote it
 * in the form file ({@code name: {en: Concomitant medications, zh: 合并用药, fr: Traitements concomitants}}): form
 * and group names, item labels and help, code labels, edit-check and warning messages. English and Chinese are
 * required (the reader refuses a file with one missing); without {@code fr} a French reader sees the English text.
 *
 * @param en English
 * @param zh Simplified Chinese
 * @param fr French, or {@code null} (then English is shown)
 */
public record Label(String en, String zh, String fr) implements Localized {

    private static final long serialVersionUID = 1L;

    /** A label without French. */
    public Label(String en, String zh) {
        this(en, zh, null);
    }

    @Override
    public String in(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        if ("zh".equals(language) && zh != null) {
            return zh;
        }
        if ("fr".equals(language) && fr != null && !fr.isBlank()) {
            return fr;
        }
        return en;
    }

    /** True when both languages have a non-blank text. */
    public boolean complete() {
        return en != null && !en.isBlank() && zh != null && !zh.isBlank();
    }

    @Override
    public String toString() {
        return en;
    }
}
