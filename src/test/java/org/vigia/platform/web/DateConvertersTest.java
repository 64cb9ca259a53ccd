package org.vigia.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigia.shared.PartialDate;

class DateConvertersTest {

    @Test
    void isoDatesAreReadAndWrittenBack() {
        assertEquals(LocalDate.of(2026, 3, 10), LocalDateConverter.parse(" 2026-03-10 ", Locale.ENGLISH));
        assertNull(LocalDateConverter.parse("", Locale.ENGLISH));
        assertEquals("2026-03-10", new LocalDateConverter().getAsString(null, null, LocalDate.of(2026, 3, 10)));
        ConverterException e = assertThrows(ConverterException.class, () -> LocalDateConverter.parse("10/03/2026", Locale.ENGLISH));
        assertEquals("10/03/2026 is not a date (YYYY-MM-DD).", e.getFacesMessage().getSummary());
        ConverterException zh = assertThrows(ConverterException.class,
                () -> LocalDateConverter.parse("x", Locale.SIMPLIFIED_CHINESE));
        assertEquals("x 不是有效日期（YYYY-MM-DD）。", zh.getFacesMessage().getSummary());
    }

    @Test
    void partialDatesAreReadInEveryFormAndWrittenInIso() {
        assertEquals(PartialDate.of(2026, 3), PartialDateConverter.parse("2026-03", Locale.ENGLISH));
        assertEquals(PartialDate.of(2026, 3), PartialDateConverter.parse("UN-MAR-2026", Locale.ENGLISH));
        assertNull(PartialDateConverter.parse(" ", Locale.ENGLISH));
        assertEquals("2026-03", new PartialDateConverter().getAsString(null, null, PartialDate.of(2026, 3)));
        ConverterException e = assertThrows(ConverterException.class, () -> PartialDateConverter.parse("March", Locale.ENGLISH));
        assertEquals("March is not a date (YYYY, YYYY-MM or YYYY-MM-DD; UN or UNK for an unknown part).",
                e.getFacesMessage().getSummary());
    }
}
