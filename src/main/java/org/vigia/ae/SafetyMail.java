package org.vigia.ae;

import java.util.Locale;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;

/**
 * A safety e-mail in its reader's language: subject line and plain-text body rendered from texts.
 * <pre>{@code
 * SafetyMail mail = SafetyMail.of(subjectText, notification.getMessageText(), Locale.SIMPLIFIED_CHINESE);
 * mailer.send(address, mail.subject(), mail.body());
 * }</pre>
 */
public record SafetyMail(String subject, String body) {

    public static SafetyMail of(Text subject, Text body, Locale reader) {
        return new SafetyMail(Texts.render(subject, reader), Texts.render(body, reader));
    }
}
