package org.vigia.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026, 2026, 2026-01-01, 2026-12-31",
            "2026-03, 2026-03, 2026-03-01, 2026-03-31",
            "2026-03-14, 2026-03-14, 2026-03-14, 2026-03-14",
            "2026-UNK-UNK, 2026, 2026-01-01, 2026-12-31",
            "2026-unk-un, 2026, 2026-01-01, 2026-12-31",
            "2026-03-UN, 2026-03, 2026-03-01, 2026-03-31",
            "2026-03-UNK, 2026-03, 2026-03-01, 2026-03-31",
            "2024-02-UN, 2024-02, 2024-02-01, 2024-02-29",
            "2026-02, 2026-02, 2026-02-01, 2026-02-28",
            "UN-UNK-2026, 2026, 2026-01-01, 2026-12-31",
            "UN-MAR-2026, 2026-03, 2026-03-01, 2026-03-31",
            "14-MAR-2026, 2026-03-14, 2026-03-14, 2026-03-14",
            "14 mar 2026, 2026-03-14, 2026-03-14, 2026-03-14",
            "' 2026-3-4 ', 2026-03-04, 2026-03-04, 2026-03-04",
    })
    void parsesIsoAndCdashForms(String text, String iso, LocalDate earliest, LocalDate latest) {
        PartialDate d = PartialDate.parse(text);
        assertEquals(iso, d.toIso());
        assertEquals(earliest, d.earliest());
        assertEquals(latest, d.latest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "UNK", "26", "2026-13", "2026-02-30", "2026-UNK-14", "UN-UNK-UNKN",
            "2026-03-14-01", "2026-MRZ", "2026-03-1x", "0999"})
    void rejectsWhatIsNotAPartialDate(String text) {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
    }

    @Test
    void rejectsADayWithoutAMonth() {
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2026, null, 14));
    }

    @Test
    void writesCdashForm() {
        assertEquals("UN-UNK-2026", PartialDate.of(2026).toCdash());
        assertEquals("UN-MAR-2026", PartialDate.of(2026, 3).toCdash());
        assertEquals("04-MAR-2026", PartialDate.of(2026, 3, 4).toCdash());
    }

    @Test
    void completeDateConvertsToLocalDate() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 14)), PartialDate.parse("2026-03-14").toLocalDate());
        assertEquals(Optional.empty(), PartialDate.parse("2026-03").toLocalDate());
        assertTrue(PartialDate.of(LocalDate.of(2026, 3, 14)).isComplete());
        assertFalse(PartialDate.of(2026, 3).isComplete());
    }

    @ParameterizedTest(name = "{0} definitely before {1}: {2}")
    @CsvSource({
            "2026-03-13, 2026-03-14, true",
            "2026-03-14, 2026-03-14, false",
            "2026-03, 2026-03-14, false",
            "2026-03-14, 2026-03, false",
            "2026-02, 2026-03-01, true",
            "2026-02-28, 2026-03, true",
            "2026-03, 2026-04, true",
            "2026, 2026-06-01, false",
            "2025, 2026, true",
            "2025-12-31, 2026, true",
            "2026, 2026, false",
            "2026-04, 2026-03, false",
    })
    void definitelyBeforeTreatsUnknownPartsConservatively(String a, String b, boolean expected) {
        assertEquals(expected, PartialDate.parse(a).isDefinitelyBefore(PartialDate.parse(b)));
        assertEquals(expected, PartialDate.parse(b).isDefinitelyAfter(PartialDate.parse(a)));
    }

    @Test
    void mayBeSameDayWhenRangesOverlap() {
        assertTrue(PartialDate.parse("2026-03").mayBeSameDayAs(PartialDate.parse("2026-03-14")));
        assertFalse(PartialDate.parse("2026-02").mayBeSameDayAs(PartialDate.parse("2026-03-14")));
        assertTrue(PartialDate.parse("2026-03").isDefinitelyBefore(LocalDate.of(2026, 4, 1)));
        assertFalse(PartialDate.parse("2026-03").isDefinitelyBefore(LocalDate.of(2026, 3, 31)));
        assertTrue(PartialDate.parse("2026-03").isDefinitelyAfter(LocalDate.of(2026, 2, 28)));
    }
}
