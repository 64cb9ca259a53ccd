package org.vigia.form.definition;

import java.util.Locale;
import org.vigia.shared.text.Localized;

/**
 * A text of a form definition in English and Simplified Chinese, as the data manager wrote it in the form file
 * ({@code name: {en: Concomitant medications, zh: 合并用药}}): form and group names, item labels and help, code
 * labels, edit-check and warning messages. Both languages are required (the reader refuses a file with one missing).
 *
 * @param en English
 * @param zh Simplified Chinese
 */
public record Label(String en, String zh) implements Localized {

    private static final long serialVersionUID = 1L;

    @Override
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) && zh != null ? zh : en;
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
