package org.vigia.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Asynchronous;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigia.account.UserAccount;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.TextCodec;

class SafetyMailTest {

    private static final Text MESSAGE = Text.of(Bundle.AE, "ae.notification.sae", "NCT07041788", "CN01-0007",
            "Febrile neutropenia", 3, "AESHOSP, AESLIFE", Instant.parse("2026-01-10T08:30:00Z"),
            Instant.parse("2026-01-11T08:30:00Z"));
    private static final Text SUBJECT = Text.of(Bundle.AE, "ae.notification.mailSubject", "NCT07041788", "CN01-0007");

    @Test
    void inEnglishTheMailSaysWhatItSaidBefore() {
        SafetyMail mail = SafetyMail.of(SUBJECT, MESSAGE, Locale.ENGLISH);
        assertEquals("[Vigia] SAE NCT07041788 CN01-0007", mail.subject());
        assertEquals("SAE in NCT07041788, subject CN01-0007: Febrile neutropenia grade 3 (AESHOSP, AESLIFE)."
                + " Aware 2026-01-10T08:30:00Z; initial report due 2026-01-11T08:30:00Z (UTC).", mail.body());
    }

    @Test
    void aChineseRecipientReadsChinese() {
        SafetyMail mail = SafetyMail.of(SUBJECT, MESSAGE, UserAccount.language("zh-CN"));
        assertEquals("[Vigia] 严重不良事件 NCT07041788 CN01-0007", mail.subject());
        assertTrue(mail.body().startsWith("严重不良事件：研究 NCT07041788，受试者 CN01-0007：Febrile neutropenia，3 级"), mail.body());
        assertTrue(mail.body().contains("2026-01-11T08:30:00Z（UTC）"), mail.body());
    }

    @Test
    void theStoredMessageKeepsItsKeySoEachReaderGetsTheirLanguage() {
        Text stored = TextCodec.decode(MESSAGE.encode());
        assertEquals(SafetyMail.of(SUBJECT, MESSAGE, Locale.SIMPLIFIED_CHINESE).body(),
                SafetyMail.of(SUBJECT, stored, Locale.SIMPLIFIED_CHINESE).body());
        assertEquals(MESSAGE.english(), stored.english());
        // a sentence stored before messages kept their key is shown as it was
        assertEquals("SAE in X", TextCodec.decode("SAE in X").english());
    }

    @Test
    void aRecipientWithoutAChosenLanguageReadsEnglish() {
        assertEquals(Locale.ENGLISH, UserAccount.language(null));
        assertEquals(Locale.ENGLISH, UserAccount.language("en"));
        assertEquals(Locale.ENGLISH, UserAccount.language("de"));
        assertEquals(Locale.FRENCH, UserAccount.language("fr"));
        assertEquals(Locale.FRENCH, UserAccount.language("fr-FR"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, UserAccount.language("zh"));
    }

    /** The mail leaves only after the AE's transaction committed (CDI calls AFTER_SUCCESS observers on commit only). */
    @Test
    void theMailIsSentAfterASuccessfulCommitOffTheCallersThread() throws Exception {
        Method send = SafetyMailOutbox.class.getMethod("sendAfterCommit", SafetyMailsDue.class);
        Observes observes = (Observes) Arrays.stream(send.getParameterAnnotations()[0])
                .filter(a -> a instanceof Observes).findFirst().orElse(null);
        assertNotNull(observes);
        assertEquals(TransactionPhase.AFTER_SUCCESS, observes.during());
        assertNotNull(send.getAnnotation(Asynchronous.class));
    }
}
