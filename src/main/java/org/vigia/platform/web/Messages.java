package org.vigia.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigia.platform.InputRefusals;
import org.vigia.shared.AccessRefused;
import org.vigia.shared.EditConflict;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Texts;

/**
 * Faces messages from the resource bundle, and the one place where a service's refusal becomes a message on
 * the screen: beside the field it names ({@code form:field}) or at the top of the page. The form keeps what
 * the user typed because the action simply returns.
 */
public final class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle("org.vigia.i18n.messages", fc.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /**
     * Shows why an action was refused. {@code formId} prefixes the field an {@link InvalidInput} names.
     * Returns normally so the page re-renders with the user's input intact.
     */
    public static void refused(String formId, Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.validationFailed();
        Optional<InvalidInput> refusal = InputRefusals.of(thrown);
        if (refusal.isPresent()) {
            InvalidInput e = refusal.get();
            Locale locale = fc.getViewRoot().getLocale();
            if (e.fieldTexts().isEmpty()) {
                error(null, Texts.render(e.text(), locale));
            } else {
                e.fieldTexts().forEach((field, text) -> error(formId + ":" + field, Texts.render(text, locale)));
                error(null, text("error.validation"));
            }
        } else if (t instanceof EditConflict || t instanceof OptimisticLockException
                || t instanceof jakarta.persistence.PersistenceException && t.getCause() instanceof OptimisticLockException) {
            error(null, text("error.conflict"));
        } else if (t instanceof AccessRefused || t instanceof EJBAccessException) {
            error(null, text("error.forbidden.text"));
        } else if (t instanceof RecordNotFound) {
            error(null, t.getMessage());
        } else {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Screen incident " + incident, thrown);
            error(null, text("error.text", incident));
        }
    }
}
