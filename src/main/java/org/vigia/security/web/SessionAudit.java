package org.vigia.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.vigia.security.CallerInfo;
import org.vigia.security.SignInService;

/**
 * Audits the end of a signed-in session by idle time-out (30 minutes); sign-outs are audited by {@link SignOutServlet},
 * sessions ended by an account change by {@link SignInService#recheck}.
 */
@WebListener
public class SessionAudit implements HttpSessionListener {

    static final String SIGNED_OUT = org.vigia.security.VigiaAuthenticationMechanism.SESSION_ENDED;

    @Inject
    private SignInService signIn;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            if (event.getSession().getAttribute(SIGNED_OUT) == null
                    && event.getSession().getAttribute("org.vigia.caller") instanceof CallerInfo caller) {
                signIn.recordSignOut(caller.username(), "SESSION_TIMEOUT");
            }
        } catch (IllegalStateException | jakarta.ejb.EJBException ignored) {
            // shutting down
        }
    }
}
