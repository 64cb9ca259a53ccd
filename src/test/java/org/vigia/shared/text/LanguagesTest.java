package org.vigia.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three languages of the screens: any Chinese is Simplified Chinese, any French is French, else English. */
class LanguagesTest {

    @Test
    void supportedLanguagesOfLocalesAndTags() {
        assertEquals(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.FRENCH), Languages.ALL);
        assertEquals(Locale.FRENCH, Languages.orEnglish(Locale.FRANCE));
        assertEquals(Locale.FRENCH, Languages.orEnglish(Locale.CANADA_FRENCH));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Languages.orEnglish(Locale.TRADITIONAL_CHINESE));
        assertEquals(Locale.ENGLISH, Languages.orEnglish(Locale.GERMAN));
        assertEquals(Locale.ENGLISH, Languages.orEnglish(null));
        assertEquals(Optional.of(Locale.FRENCH), Languages.ofTag("fr"));
        assertEquals(Optional.of(Locale.FRENCH), Languages.ofTag(" fr-FR "));
        assertEquals(Optional.of(Locale.SIMPLIFIED_CHINESE), Languages.ofTag("zh_CN"));
        assertEquals(Optional.of(Locale.ENGLISH), Languages.ofTag("en-GB"));
        assertEquals(Optional.empty(), Languages.ofTag("de"));
        assertEquals(Optional.empty(), Languages.ofTag(""));
        assertEquals(Optional.empty(), Languages.ofTag(null));
    }

    @Test
    void theTagKeptOnTheAccountIsTheLanguageTag() {
        assertEquals("fr", Locale.FRENCH.toLanguageTag());
        assertEquals("zh-CN", Locale.SIMPLIFIED_CHINESE.toLanguageTag());
    }
}
