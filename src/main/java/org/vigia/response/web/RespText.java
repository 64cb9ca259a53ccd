package org.vigia.response.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the response feature's own bundle ({@code respMsg}) for messages built in the beans. */
final class RespText {

    private RespText() {
    }

    static String get(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle("org.vigia.i18n.response", fc.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A numeric request parameter, or {@code null}; anything else is a 404 (no such record). */
    static Long longParam(String name) {
        String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new org.vigia.shared.RecordNotFound(name, v);
        }
    }

    static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_INFO, get(key, args), null));
    }
}
