package org.vigia.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.InvalidInput;

/** Texts render in the reader's language from the bundles, and are stored with their key and arguments. */
class TextsTest {

    @Test
    void rendersTheKeyInEachLanguageWithPlainArguments() {
        Text t = Text.of(Bundle.MESSAGES, "error.fields", 12345, List.of(Text.plain("a"), Text.plain("b")));
        assertEquals("Please correct 12345 fields: a; b", Texts.render(t, Locale.ENGLISH));
        assertEquals("请更正 12345 个字段：a; b", Texts.render(t, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Veuillez corriger 12345 champs : a; b", Texts.render(t, Locale.FRENCH));
        assertEquals("Veuillez corriger 12345 champs : a; b", Texts.render(t, Locale.CANADA_FRENCH), "any French");
        assertEquals("Please correct 12345 fields: a; b", Texts.render(t, Locale.GERMAN), "English for other languages");
        assertEquals(t.english(), t.toString());
    }

    @Test
    void rendersInFrenchWithApostrophesNestedTextsAndEnumLabels() {
        Text unknown = Text.of(Bundle.AE, "ae.term.unknown", "Foo");
        assertEquals("'Foo' n’est pas un terme CTCAE v5.0.", Texts.render(unknown, Locale.FRENCH));
        Text nested = Text.of(Bundle.MESSAGES, "error.field", "grade", Text.of(Bundle.MESSAGES, "json.number", ""));
        assertEquals("'grade' doit être un nombre JSON.", Texts.render(nested, Locale.FRENCH));
        assertEquals("Rétabli/résolu", Texts.label(Bundle.AE, Locale.FRENCH, org.vigia.ae.AeOutcome.RECOVERED_RESOLVED));
        assertEquals("Page 2 sur 7", Texts.text(Bundle.DMC_REPORT, Locale.FRENCH, "footer.page", 2, 7));
        assertEquals("Français", Texts.text(Bundle.MESSAGES, Locale.ENGLISH, "lang.fr"));
    }

    @Test
    void numbersAreNeitherGroupedNorRoundedAndDatesAreIso() {
        Text t = Text.of(Bundle.MESSAGES, "error.fields", new BigDecimal("0.000001"), LocalDate.of(2026, 1, 2));
        assertEquals("Please correct 0.000001 fields: 2026-01-02", t.english());
        assertEquals("Please correct 2.5 fields: ", Text.of(Bundle.MESSAGES, "error.fields", 2.5, null).english());
    }

    @Test
    void aMissingKeyShowsTheKeyAndAPlainTextShowsItself() {
        assertEquals("no.such.key", Text.of(Bundle.AE, "no.such.key").english());
        assertEquals("as typed {0}", Texts.render(Text.plain("as typed {0}"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void storedTextsKeepKeyAndArgumentsAndOldSentencesReadBackAsThemselves() {
        Text t = Text.of(Bundle.MESSAGES, "error.fields", 2, List.of(Text.of(Bundle.MESSAGES, "error.validation")));
        Text back = TextCodec.decode(t.encode());
        assertEquals("请更正 2 个字段：请更正标出的字段。", Texts.render(back, Locale.SIMPLIFIED_CHINESE));
        assertEquals(t.english(), back.english());
        assertEquals("Screen failure: ANC too low", TextCodec.decode("Screen failure: ANC too low").english());
        assertNull(TextCodec.decode(null));
    }

    @Test
    void refusalsCarryTextsPerFieldAndEnglishForTheApi() {
        InvalidInput e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, () -> new FieldErrors()
                .require(false, "a", Text.of(Bundle.MESSAGES, "error.validation"))
                .require(false, "b", "as the parser said")
                .throwIfAny());
        assertEquals("Please correct 2 fields: Please correct the highlighted fields.; as the parser said",
                e.getMessage());
        assertEquals(Map.of("a", "Please correct the highlighted fields.", "b", "as the parser said"), e.fieldErrors());
        assertEquals("请更正标出的字段。", e.fieldErrors(Locale.SIMPLIFIED_CHINESE).get("a"));
        assertTrue(e.fieldTexts().get("b").isPlain());
    }
}
