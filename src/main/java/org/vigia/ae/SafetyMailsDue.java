package org.vigia.ae;

import java.util.List;
import org.vigia.shared.text.Text;

/**
 * Fired by {@link SafetyNotifier} when it recorded notifications whose e-mail is to be sent; {@link SafetyMailOutbox}
 * sends them once the transaction has committed (never for an AE whose save was rolled back).
 * <pre>{@code
 * mailsDue.fire(new SafetyMailsDue(List.of(notification.getId()), Text.of(Bundle.AE, "ae.notification.mailSubject", id, label)));
 * }</pre>
 *
 * @param notificationIds the {@link SafetyNotification}s with e-mail status PENDING
 * @param subject         the e-mail's subject line, rendered in each recipient's language
 */
public record SafetyMailsDue(List<Long> notificationIds, Text subject) {

    public SafetyMailsDue {
        notificationIds = List.copyOf(notificationIds);
    }
}
