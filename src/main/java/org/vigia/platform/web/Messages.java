package org.vigia.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigia.platform.InputRefusals;
import org.vigia.shared.AccessRefused;
import org.vigia.shared.EditConflict;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.Texts;

/**
 * The one Faces text helper: texts of any bundle in the view's language, messages at the top of the page or beside a
 * field, and the one place where a service's refusal becomes a message on the screen ({@link #refused(Throwable)},
 * called by {@link RefusalExceptionHandlerFactory} for every action and listener that throws).
 * <pre>{@code
 * Messages.info(Bundle.SUBJECT, "enrol.done", subject.getSubjectNumber(), armName);
 * String label = Messages.text(Bundle.AE, "ae.saved");
 * Messages.error(null, Text.of(Bundle.MESSAGES, "login.failed"));
 * }</pre>
 */
public final class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private Messages() {
    }

    /** The language of the current view. */
    public static Locale locale() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc == null || fc.getViewRoot() == null ? Locale.ENGLISH : fc.getViewRoot().getLocale();
    }

    /** {@code key} of {@code bundle} with {@code args}, in the view's language. */
    public static String text(Bundle bundle, String key, Object... args) {
        return Texts.text(bundle, locale(), key, args);
    }

    /** {@code text} in the view's language. */
    public static String text(Text text) {
        return Texts.render(text, locale());
    }

    /** An information message at the top of the page. */
    public static void info(Bundle bundle, String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(bundle, key, args));
    }

    /** An error message beside the component {@code clientId}, or at the top of the page ({@code null}). */
    public static void error(String clientId, Text text) {
        error(clientId, text(text));
    }

    /** An error message that is already in the view's language (e.g. a parser's). */
    public static void error(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    /** Keeps the messages over a redirect (flash). */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, null));
    }

    /**
     * Shows why an action was refused and marks the request as failed validation, so that the page re-renders with
     * the user's input intact: an {@link InvalidInput} beside each field it names (the component with that id, in
     * the submitted form if there is one), else at the top; a conflict, a refusal of access and a missing record as
     * their message; anything else as the general error with an incident id, logged.
     */
    public static void refused(Throwable thrown) {
        Throwable t = unwrapped(thrown);
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.validationFailed();
        Optional<InvalidInput> refusal = InputRefusals.of(thrown, locale());
        if (refusal.isPresent()) {
            InvalidInput e = refusal.get();
            if (e.fieldTexts().isEmpty()) {
                error(null, e.text());
            } else {
                e.fieldTexts().forEach((field, text) -> error(clientId(fc, field), text));
                error(null, Text.of(Bundle.MESSAGES, "error.validation"));
            }
        } else if (t instanceof EditConflict conflict) {
            error(null, conflict.text());
        } else if (t instanceof OptimisticLockException
                || t instanceof jakarta.persistence.PersistenceException && t.getCause() instanceof OptimisticLockException) {
            error(null, Text.of(Bundle.MESSAGES, "error.conflict"));
        } else if (t instanceof AccessRefused || t instanceof EJBAccessException) {
            error(null, Text.of(Bundle.MESSAGES, "error.forbidden.text"));
        } else if (t instanceof RecordNotFound missing) {
            error(null, missing.text());
        } else {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Screen incident " + incident, thrown);
            error(null, Text.of(Bundle.MESSAGES, "error.text", incident));
        }
    }

    /** The first cause that is not a container's wrapper (EJB, EL, Faces). */
    static Throwable unwrapped(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException || t instanceof jakarta.el.ELException
                || t instanceof jakarta.faces.FacesException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * The client id of the component whose id is {@code field}: in a submitted form first, else anywhere in the view;
     * a field that is no component id (an item path {@code EG[0].QTCF} of a form screen) goes to the component that
     * carries it as its attribute {@value #FIELD_ATTRIBUTE} ({@code <f:attribute name="field" value="#{cell.path}"/>},
     * also inside {@code ui:repeat}: the client id of that iteration); {@code null} (top of the page) when there is none.
     */
    static String clientId(FacesContext fc, String field) {
        if (fc.getViewRoot() == null || field == null) {
            return null;
        }
        boolean plainId = field.matches("[A-Za-z_][\\w-]*");
        List<UIComponent> found = new ArrayList<>();
        List<String> foundIds = new ArrayList<>();
        fc.getViewRoot().visitTree(VisitContext.createVisitContext(fc), (context, component) -> {
            boolean match = plainId ? field.equals(component.getId()) && !(component instanceof UIForm)
                    : field.equals(component.getAttributes().get(FIELD_ATTRIBUTE));
            if (match) {
                found.add(component);
                foundIds.add(component.getClientId(fc));
            }
            return VisitResult.ACCEPT;
        });
        int best = -1;
        for (int i = 0; i < found.size(); i++) {
            if (best < 0 || rank(found.get(i)) < rank(found.get(best))) {
                best = i;
            }
        }
        return best < 0 ? null : foundIds.get(best);
    }

    /** The component attribute that names the refused field a component stands for, when its id cannot. */
    public static final String FIELD_ATTRIBUTE = "field";

    /** Inputs of the submitted form first, then its other components, then inputs of other forms. */
    private static int rank(UIComponent c) {
        return (inSubmittedForm(c) ? 0 : 2) + (c instanceof jakarta.faces.component.EditableValueHolder ? 0 : 1);
    }

    private static boolean inSubmittedForm(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (c instanceof UIForm form) {
                return form.isSubmitted();
            }
        }
        return false;
    }
}
