package org.vigia.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

    private final Times times = new Times();

    @Test
    void aSiteTimeNamesTheZoneAndItsOffsetNeverAnAbbreviation() {
        Instant i = Instant.parse("2026-03-02T10:30:00Z");
        assertEquals("2026-03-02 18:30 Asia/Shanghai (UTC+08:00)", times.at(i, "Asia/Shanghai"));
        assertEquals("2026-03-02 04:30 America/Chicago (UTC-06:00)", times.at(i, "America/Chicago"));
        assertEquals("2026-07-02 05:30 America/Chicago (UTC-05:00)", times.at(Instant.parse("2026-07-02T10:30:00Z"), "America/Chicago"));
        assertEquals("2026-03-02 10:30 UTC", times.at(i, null));
        assertEquals("2026-03-02 10:30 Etc/UTC (UTC)", times.at(i, "Etc/UTC"));
        assertFalse(times.at(i, "Asia/Shanghai").contains("CST"));
    }

    @Test
    void aZoneIsShownWithItsOffset() {
        assertEquals("Asia/Shanghai (UTC+08:00)", times.zone("Asia/Shanghai"));
        assertEquals("", times.zone(null));
        assertEquals("2026-03-02 10:30:00", times.utc(Instant.parse("2026-03-02T10:30:00Z")));
    }
}
