package org.vigia.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;

/** The refusals keep their English messages for the API and render in Chinese on a Chinese screen. */
class RefusalTextsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aMissingRecordIsNamedInTheReadersLanguage() {
        RecordNotFound e = new RecordNotFound("Adverse event", 12);
        assertEquals("Adverse event 12 was not found", e.getMessage());
        assertEquals("未找到不良事件 12", Texts.render(e.text(), ZH));
        assertEquals("Widget 3 was not found", new RecordNotFound("Widget", 3).getMessage(), "a kind without a key");
    }

    @Test
    void aConflictNamesTheRecord() {
        EditConflict e = new EditConflict(Text.of(Bundle.SUBJECT, "record.subject", "CN01-003"));
        assertEquals("Subject CN01-003 was changed by someone else since you opened it. Nothing was overwritten: reload"
                + " and apply your change again.", e.getMessage());
        assertEquals("The record was changed by someone else since you opened it. Nothing was overwritten: reload and"
                + " apply your change again.", new EditConflict("The record").getMessage());
        assertEquals("自您打开后，其他人已修改了受试者 CN01-003。未覆盖任何数据：请重新加载并再次修改。", Texts.render(e.text(), ZH));
    }

    @Test
    void aRefusalOfAccessSaysWhat() {
        assertEquals("You do not have access to study 7.", AccessRefused.to("study 7").getMessage());
    }

    @Test
    void aDateInTheFutureKeepsItsSentence() {
        SiteToday today = new SiteToday(LocalDate.of(2026, 3, 1), ZoneId.of("Asia/Shanghai"));
        InvalidInput e = new InvalidInput("onset", today.future("onset", PartialDate.of(2026, 4)));
        assertEquals("'onset' (2026-04) is in the future: today is 2026-03-01 at the site (Asia/Shanghai).", e.getMessage());
        assertEquals("“onset”（2026-04）是将来的日期：该中心今天是 2026-03-01（Asia/Shanghai）。", Texts.render(e.text(), ZH));
    }

    @Test
    void aPartialDateThatIsNoneSaysWhyInBothLanguages() {
        PartialDate.Invalid e = org.junit.jupiter.api.Assertions.assertThrows(PartialDate.Invalid.class,
                () -> PartialDate.parse("2024-13"));
        assertEquals("Month must be 1-12: 13", e.getMessage());
        assertEquals("月份必须为 1-12：13", Texts.render(e.text(), ZH));
    }

    @Test
    void severalFieldsAreSummedUp() {
        FieldErrors errors = new FieldErrors().textsAtMost("name", "x".repeat(5), 3)
                .require(false, "code", Text.of(Bundle.MESSAGES, "sites.refused.name"));
        InvalidInput e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, errors::throwIfAny);
        assertEquals("Please correct 2 fields: 'name' must be at most 3 characters long.; The site name is required.",
                e.getMessage());
        assertEquals("“name”最多 3 个字符。", e.fieldErrors(ZH).get("name"));
    }
}
