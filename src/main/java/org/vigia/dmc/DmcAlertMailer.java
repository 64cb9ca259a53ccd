package org.vigia.dmc;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.vigia.account.UserAccountService;
import org.vigia.ae.SafetyMailer;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;

/**
 * E-mails a stopping-rule alert to its recipient once the transaction that recorded it has committed (never for a
 * crossing that was rolled back), and records the outcome on the alert (SENT, NOT_CONFIGURED when no SMTP server
 * is configured, NO_ADDRESS, FAILED). The e-mail is in its recipient's language: the one chosen by the recipient's
 * account (a DMC member) or by the account with the contact's e-mail address, else English. The in-application
 * alert on the DMC dashboard does not depend on it.
 */
@Stateless
public class DmcAlertMailer {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SafetyMailer mailer;

    @Inject
    private UserAccountService users;

    /** Sends after a successful commit, off the caller's thread. */
    @Asynchronous
    public void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DmcStoppingRuleMonitor.Alert alert) {
        Mail mail = mail(alert, users.languageOf(alert.recipient(), alert.email()));
        String status = mailer.send(alert.email(), mail.subject(), mail.body());
        em.createNativeQuery("UPDATE dmc_stopping_rule_alert SET email_status = ?2 WHERE id = ?1")
                .setParameter(1, alert.id()).setParameter(2, status).executeUpdate();
    }

    /** The alert's e-mail in {@code reader}'s language. */
    static Mail mail(DmcStoppingRuleMonitor.Alert alert, Locale reader) {
        String threshold = alert.threshold().movePointRight(2).stripTrailingZeros().toPlainString();
        Text body = Text.of(Bundle.DMC_REPORT, "alert.mail.body", alert.registryId(),
                Text.of(Bundle.DMC_REPORT, "stopping." + alert.ruleType(), threshold), Integer.toString(alert.events()),
                Integer.toString(alert.treated()), alert.dataUpTo().toString());
        return new Mail(Texts.text(Bundle.DMC_REPORT, reader, "alert.mail.subject", alert.registryId()),
                Texts.render(body, reader));
    }

    /** Subject line and body of an alert e-mail. */
    record Mail(String subject, String body) {
    }
}
