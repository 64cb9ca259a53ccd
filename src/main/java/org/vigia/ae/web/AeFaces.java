package org.vigia.ae.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.vigia.ae.AdverseEventFinding;
import org.vigia.ae.AdverseEventInvalid;
import org.vigia.ae.AeMessages;
import org.vigia.platform.web.Messages;

/**
 * Messages of the AE screens from the {@code aeMsg} bundle, and refusals: the consistency findings of an
 * {@link AdverseEventInvalid} are shown in the user's language beside their fields; anything else goes to
 * {@link Messages#refused}.
 */
final class AeFaces {

    private AeFaces() {
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String text(String key, Object... args) {
        return AeMessages.text(locale(), key, args);
    }

    static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static void refused(String formId, Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof jakarta.ejb.EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof AdverseEventInvalid e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.validationFailed();
            e.fieldErrors().forEach((field, message) -> {
                String shown = e.findings().stream().filter(f -> f.field().equals(field)).findFirst()
                        .map(AdverseEventFinding::messageKey).map(AeFaces::text).orElse(message);
                Messages.error(formId + ":" + field, shown);
            });
            Messages.error(null, Messages.text("error.validation"));
            return;
        }
        Messages.refused(formId, thrown);
    }
}
