package org.vigia.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigia.shared.SiteToday;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;

/** A screen failure keeps its reasons with their keys, so each reader sees them in their language. */
class ScreenFailureReasonsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static Subject screened() {
        return new Subject(1L, 2L, "S-001", "F", 1960, DAY, DAY, "1.0", new SiteToday(DAY, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void theReasonsAreStoredWithTheirKeysAndReadInEachLanguage() {
        Subject s = screened();
        Text notMet = Text.of(Bundle.SUBJECT, "elig.reason.notMet", "INC07A_ANC", "ANC ≥1.5",
                Text.of(Bundle.SUBJECT, "elig.result.notMet", "1.2 10^9/L", "≥1.5 10^9/L"));
        Text missing = Text.of(Bundle.SUBJECT, "elig.reason.missing", "INC02_AGE", "Age ≥18");
        s.failScreening(List.of(notMet, missing));
        assertEquals(SubjectStatus.SCREEN_FAILED, s.getStatus());
        List<Text> read = s.screenFailureReasons();
        assertEquals(List.of("INC07A_ANC (ANC ≥1.5): 1.2 10^9/L does not meet ≥1.5 10^9/L",
                "INC02_AGE (Age ≥18): no value entered"), read.stream().map(Text::english).toList());
        assertEquals("INC07A_ANC（ANC ≥1.5）：1.2 10^9/L 不满足 ≥1.5 10^9/L",
                Texts.render(read.get(0), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void reasonsTooLongForTheColumnAreKeptAsShortenedEnglish() {
        Subject s = screened();
        Text longReason = Text.of(Bundle.SUBJECT, "elig.reason.missing", "X".repeat(1500), "Y".repeat(900));
        s.failScreening(List.of(longReason));
        assertEquals(2000, s.getScreenFailureReason().length());
        assertTrue(s.getScreenFailureReason().startsWith("XXX") && s.getScreenFailureReason().endsWith("..."));
        assertEquals(1, s.screenFailureReasons().size(), "read back as one plain sentence");
    }
}
