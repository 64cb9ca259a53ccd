package org.vigia.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.vigia.platform.web.Messages;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/** Backs {@code login.xhtml}: signs in through Jakarta Security and starts a new session id. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserPreferences preferences;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            Messages.error(null, Text.of(Bundle.MESSAGES, "login.required"));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.trim(), new Password(password)))
                        .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            preferences.loadFor(username.trim().toLowerCase(java.util.Locale.ROOT));
            ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            fc.responseComplete();
        } else {
            Messages.error(null, Text.of(Bundle.MESSAGES, "login.failed"));
        }
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
