package org.vigia.security.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.vigia.account.UserAccountService;

/** The language of the screens, chosen per user (kept on the account) and applied to every view. */
@Named("preferences")
@SessionScoped
public class UserPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAccountService users;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            Locale requested = fc == null ? Locale.ENGLISH : fc.getExternalContext().getRequestLocale();
            locale = requested != null && "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }
        return locale;
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    void loadFor(String username) {
        users.findByUsername(username).ifPresent(u -> locale = Locale.forLanguageTag(u.getLocale()));
    }

    /** Switches language and remembers it for the signed-in user. */
    public void switchTo(String languageTag) {
        locale = "zh-CN".equals(languageTag) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getViewRoot().setLocale(locale);
        String user = fc.getExternalContext().getRemoteUser();
        if (user != null) {
            users.preferLocale(user, locale.toLanguageTag());
        }
    }
}
