package org.vigia.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The licensed wording files: made-up text only (the real EORTC wording is licensed and never in the sources). */
class WordingFileTest {

    private static String questions(int from, int to, String prefix) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> n + "=" + prefix + " " + n).collect(Collectors.joining("\n"));
    }

    private static WordingFile read(Instrument i, String text) throws Exception {
        return WordingFile.read(i, "C30_en.properties", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGoodFileGivesEveryQuestionTheTitleAndTheInstructions() throws Exception {
        WordingFile f = read(Instrument.EORTC_QLQ_C30, "\uFEFF# made-up test wording\n\ntitle = Test title\n"
                + "instructions=Test instructions: a = b\r\n" + questions(1, 30, "Test wording") + "\n");
        assertEquals("Test title", f.title());
        assertEquals("Test instructions: a = b", f.instructions(), "the text is what follows the first '='");
        assertEquals(30, f.questions().size());
        assertEquals("Test wording 1", f.question(1));
        assertEquals("Test wording 30", f.question(30));
    }

    @Test
    void titleAndInstructionsAreOptionalAndChineseIsRead() throws Exception {
        WordingFile f = read(Instrument.EORTC_QLQ_HN35, questions(1, 35, "测试措辞"));
        assertNull(f.title());
        assertNull(f.instructions());
        assertEquals("测试措辞 35", f.question(35));
    }

    @Test
    void anUnknownItemNumberIsRefusedWithItsLine() {
        var e = assertThrows(WordingFile.Invalid.class,
                () -> read(Instrument.EORTC_QLQ_C30, "title=T\n" + questions(1, 30, "Q") + "\n31=Q 31\n"));
        assertEquals("C30_en.properties line 32: unknown item number 31 (EORTC_QLQ_C30 has items 1-30)", e.getMessage());
        var zero = assertThrows(WordingFile.Invalid.class, () -> read(Instrument.EORTC_QLQ_C30, "0=Q 0\n"));
        assertTrue(zero.getMessage().startsWith("C30_en.properties line 1: unknown item number 0"), zero.getMessage());
    }

    @Test
    void aMissingItemNumberIsRefusedNamingTheNumbers() {
        String text = IntStream.rangeClosed(1, 30).filter(n -> n != 7 && n != 8 && n != 9 && n != 20)
                .mapToObj(n -> n + "=Q " + n).collect(Collectors.joining("\n"));
        var e = assertThrows(WordingFile.Invalid.class, () -> read(Instrument.EORTC_QLQ_C30, text));
        assertEquals("C30_en.properties: missing items 7-9, 20", e.getMessage());
    }

    @Test
    void aBadLineIsRefusedWithItsLine() {
        String good = questions(1, 30, "Q");
        assertEquals("C30_en.properties line 31: expected <item number>=<question text>, title=... or instructions=...",
                assertThrows(WordingFile.Invalid.class, () -> read(Instrument.EORTC_QLQ_C30, good + "\nno equals sign"))
                        .getMessage());
        assertEquals("C30_en.properties line 2: '5' has no text", assertThrows(WordingFile.Invalid.class,
                () -> read(Instrument.EORTC_QLQ_C30, "1=Q\n5=  \n")).getMessage());
        assertEquals("C30_en.properties line 31: item 3 a second time", assertThrows(WordingFile.Invalid.class,
                () -> read(Instrument.EORTC_QLQ_C30, good + "\n3=again")).getMessage());
        assertEquals("C30_en.properties line 1: unknown key 'Q1' (expected an item number, title or instructions)",
                assertThrows(WordingFile.Invalid.class, () -> read(Instrument.EORTC_QLQ_C30, "Q1=x\n" + good)).getMessage());
        assertEquals("C30_en.properties: not UTF-8 text", assertThrows(WordingFile.Invalid.class,
                () -> WordingFile.read(Instrument.EORTC_QLQ_C30, "C30_en.properties",
                        new ByteArrayInputStream(new byte[] {'1', '=', (byte) 0xE9}))).getMessage());
    }

    @Test
    void theDirectoryGivesTheGoodFilesByLanguageAndLeavesOutTheBadOnes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("EORTC_QLQ_C30_en.properties"), questions(1, 30, "Test wording"));
        Files.writeString(dir.resolve("EORTC_QLQ_C30_zh_CN.properties"), questions(1, 30, "测试措辞"));
        Files.writeString(dir.resolve("EORTC_QLQ_HN35_en.properties"), questions(1, 34, "Test wording"));
        Files.writeString(dir.resolve("EORTC_QLQ_C31_en.properties"), questions(1, 30, "Unknown instrument"));
        Files.writeString(dir.resolve("README.txt"), "not a wording file");
        InstrumentWording w = InstrumentWording.of(dir);
        assertEquals(java.util.List.of("EORTC_QLQ_C30_en", "EORTC_QLQ_C30_zh_CN"), w.loaded());
        assertEquals("Test wording 3", w.question("EORTC_QLQ_C30", 3, Locale.ENGLISH).orElseThrow());
        assertEquals("测试措辞 3", w.question("EORTC_QLQ_C30", 3, Locale.forLanguageTag("zh-TW")).orElseThrow());
        assertTrue(w.question("EORTC_QLQ_C30", 3, Locale.FRENCH).isEmpty(), "no French file: the neutral label stays");
        assertTrue(w.question("EORTC_QLQ_HN35", 1, Locale.ENGLISH).isEmpty(), "the file missing item 35 is ignored");
        assertTrue(w.file(null, Locale.ENGLISH).isEmpty());
        assertTrue(InstrumentWording.of(dir.resolve("absent")).loaded().isEmpty(), "not a directory: none, no failure");
    }
}
