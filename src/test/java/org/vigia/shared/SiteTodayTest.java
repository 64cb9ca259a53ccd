package org.vigia.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SiteTodayTest {

    /** 2026-03-01 20:00 UTC: already 2 March in Shanghai (UTC+8), still 1 March in Paris (UTC+1). */
    private static final Clock EVENING_UTC = Clock.fixed(Instant.parse("2026-03-01T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void todayIsTheDateInTheSiteTimeZone() {
        SiteToday shanghai = SiteToday.at(ZoneId.of("Asia/Shanghai"), EVENING_UTC);
        SiteToday paris = SiteToday.at(ZoneId.of("Europe/Paris"), EVENING_UTC);
        LocalDate march2 = LocalDate.of(2026, 3, 2);
        assertEquals(march2, shanghai.date());
        assertTrue(shanghai.allows(march2));
        assertFalse(paris.allows(march2));
        InvalidInput e = assertThrows(InvalidInput.class, () -> paris.require("collectedOn", march2));
        assertEquals("collectedOn", e.field());
        assertEquals("'collectedOn' (2026-03-02) is in the future: today is 2026-03-01 at the site (Europe/Paris).",
                e.getMessage());
    }

    @Test
    void aPartialDateIsInTheFutureOnlyWhenAllOfItIs() {
        SiteToday paris = SiteToday.at(ZoneId.of("Europe/Paris"), EVENING_UTC);
        assertTrue(paris.allows(PartialDate.parse("2026-03")));
        assertTrue(paris.allows(PartialDate.parse("2026")));
        assertFalse(paris.allows(PartialDate.parse("2026-04")));
        assertFalse(paris.allows(PartialDate.parse("2099")));
        assertTrue(paris.allows((PartialDate) null));
    }
}
