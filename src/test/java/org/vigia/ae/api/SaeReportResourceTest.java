package org.vigia.ae.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigia.shared.InvalidInput;

class SaeReportResourceTest {

    @Test
    void theLanguageAskedForElseTheFirstAcceptableElseEnglish() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, SaeReportResource.language("zh-CN", List.of(Locale.ENGLISH)));
        assertEquals(Locale.ENGLISH, SaeReportResource.language("en", List.of(Locale.CHINA)));
        assertEquals(Locale.FRENCH, SaeReportResource.language("fr", List.of(Locale.ENGLISH)));
        assertEquals(Locale.FRENCH, SaeReportResource.language("fr-FR", List.of()));
        assertEquals(Locale.FRENCH, SaeReportResource.language(null, List.of(Locale.CANADA_FRENCH, Locale.CHINA)));
        assertEquals(Locale.SIMPLIFIED_CHINESE, SaeReportResource.language(null, List.of(Locale.GERMAN, Locale.CHINA)));
        assertEquals(Locale.ENGLISH, SaeReportResource.language(null, List.of()));
        assertEquals(Locale.ENGLISH, SaeReportResource.language(null, List.of(Locale.GERMAN)));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> SaeReportResource.language("de", List.of()));
        assertEquals("The language must be en, zh-CN or fr.", refused.getMessage());
    }
}
