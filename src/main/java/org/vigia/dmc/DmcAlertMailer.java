package org.vigia.dmc;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.vigia.ae.SafetyMailer;

/**
 * E-mails a stopping-rule alert to its recipient once the transaction that recorded it has committed (never for a
 * crossing that was rolled back), and records the outcome on the alert (SENT, NOT_CONFIGURED when no SMTP server
 * is configured, NO_ADDRESS, FAILED). The in-application alert on the DMC dashboard does not depend on it.
 */
@Stateless
public class DmcAlertMailer {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SafetyMailer mailer;

    /** Sends after a successful commit, off the caller's thread. */
    @Asynchronous
    public void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DmcStoppingRuleMonitor.Alert alert) {
        DmcMessages msg = new DmcMessages(Locale.ENGLISH);
        String threshold = alert.threshold().movePointRight(2).stripTrailingZeros().toPlainString();
        String text = msg.get("alert.mail.body", alert.registryId(), msg.get("stopping." + alert.ruleType(), threshold),
                Integer.toString(alert.events()), Integer.toString(alert.treated()), alert.dataUpTo().toString());
        String status = mailer.send(alert.email(), msg.get("alert.mail.subject", alert.registryId()), text);
        em.createNativeQuery("UPDATE dmc_stopping_rule_alert SET email_status = ?2 WHERE id = ?1")
                .setParameter(1, alert.id()).setParameter(2, status).executeUpdate();
    }
}
