package org.vigia.ae;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vigia.account.UserAccountService;

/**
 * Sends the SAE notifications' e-mails once the transaction that recorded the serious AE has committed (never for a
 * save that was rolled back), off the caller's thread, each in its recipient's language: the language chosen by the
 * Vigia account with the contact's e-mail address, else English. Records the outcome on the notification (SENT,
 * FAILED; NOT_CONFIGURED and NO_ADDRESS are decided when the notification is recorded).
 * <pre>{@code
 * mailsDue.fire(new SafetyMailsDue(ids, subject)); // in the service's transaction; this observer runs after commit
 * }</pre>
 */
@Stateless
public class SafetyMailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SafetyMailer mailer;

    @Inject
    private UserAccountService users;

    /** Sends after a successful commit, asynchronously. */
    @Asynchronous
    public void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SafetyMailsDue due) {
        for (Long id : due.notificationIds()) {
            SafetyNotification n = em.find(SafetyNotification.class, id);
            if (n == null || !SafetyNotification.PENDING.equals(n.getEmailStatus())) {
                continue;
            }
            SafetyMail mail = SafetyMail.of(due.subject(), n.getMessageText(),
                    users.languageOf(null, n.getRecipientEmail()));
            n.emailed(mailer.send(n.getRecipientEmail(), mail.subject(), mail.body()));
        }
    }
}
