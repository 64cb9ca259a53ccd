package org.vigia.dmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DmcAlertMailerTest {

    private static final DmcStoppingRuleMonitor.Alert ALERT = new DmcStoppingRuleMonitor.Alert(1, "NCT06494995",
            "TREATMENT_RELATED_MORTALITY", 1, LocalDate.parse("2026-10-13"), 2, 20, new BigDecimal("0.05"), "dmc",
            "dmc@example.org");

    @Test
    void inEnglishTheAlertSaysWhatItSaidBefore() {
        DmcAlertMailer.Mail mail = DmcAlertMailer.mail(ALERT, Locale.ENGLISH);
        assertEquals("[Vigia] Stopping rule reached in NCT06494995", mail.subject());
        assertEquals("NCT06494995: Treatment-related mortality (threshold \u22655%) is reached: 2 of 20 treated subjects,"
                + " data up to 2026-10-13. See the DMC dashboard in Vigia.", mail.body());
    }

    @Test
    void aFrenchRecipientReadsFrench() {
        DmcAlertMailer.Mail mail = DmcAlertMailer.mail(ALERT, Locale.FRENCH);
        assertEquals("[Vigia] Règle d’arrêt atteinte dans NCT06494995", mail.subject());
        assertEquals("NCT06494995 : Mortalité liée au traitement (seuil ≥5 %) est atteinte : 2 sur 20 patients traités,"
                + " données jusqu’au 2026-10-13. Consultez le tableau de bord DMC dans Vigia.", mail.body());
    }

    @Test
    void aChineseRecipientReadsChinese() {
        DmcAlertMailer.Mail mail = DmcAlertMailer.mail(ALERT, Locale.SIMPLIFIED_CHINESE);
        assertEquals("[Vigia] NCT06494995 已达到终止规则", mail.subject());
        assertEquals("NCT06494995：治疗相关死亡率（阈值 ≥5%） 已达到：已治疗受试者 20 例中 2 例，数据截至 2026-10-13。请查看 Vigia 的 DMC 仪表板。",
                mail.body());
    }
}
