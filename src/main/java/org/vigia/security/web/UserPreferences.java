package org.vigia.security.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.vigia.account.UserAccount;
import org.vigia.account.UserAccountService;
import org.vigia.shared.text.Languages;

/**
 * The language of the screens, applied to every view: first the browser's language; a choice made on a page (the
 * sign-in page included) wins over it and is kept on the account; at sign-in the account's kept choice applies
 * unless the user chose on the sign-in page itself, which then becomes the account's choice.
 * <pre>{@code
 * <f:view locale="#{preferences.locale}">
 * <p:commandLink action="#{preferences.switchTo('zh-CN')}"/>   (or 'en', 'fr')
 * }</pre>
 */
@Named("preferences")
@SessionScoped
public class UserPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAccountService users;

    private Locale locale;

    /** Whether the language was chosen in this session (on the sign-in page before the user was known). */
    private boolean chosen;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext fc = FacesContext.getCurrentInstance();
            Locale requested = fc == null ? Locale.ENGLISH : fc.getExternalContext().getRequestLocale();
            locale = Languages.orEnglish(requested);
        }
        return locale;
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    /** At sign-in: a choice made on the sign-in page is kept for the user, else the user's kept choice applies. */
    void loadFor(String username) {
        if (chosen) {
            users.preferLocale(username, getLocale().toLanguageTag());
            return;
        }
        users.findByUsername(username)
                .filter(u -> u.getLocale() != null)
                .ifPresent(u -> locale = UserAccount.language(u.getLocale()));
    }

    /** Switches language and remembers it for the signed-in user. */
    public void switchTo(String languageTag) {
        locale = Languages.ofTag(languageTag).orElse(Locale.ENGLISH);
        chosen = true;
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getViewRoot().setLocale(locale);
        String user = fc.getExternalContext().getRemoteUser();
        if (user != null) {
            users.preferLocale(user, locale.toLanguageTag());
        }
    }
}
