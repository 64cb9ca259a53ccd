package org.vigia.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.vigia.security.SignInService;

/**
 * Signs out (POST /signout, from the form in the page header; the Origin check of {@link OriginCheckFilter} applies):
 * audits, logs out and invalidates the session, then shows the sign-in page.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    @Inject
    private SignInService signIn;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String who = req.getRemoteUser();
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.setAttribute(SessionAudit.SIGNED_OUT, Boolean.TRUE);
        }
        if (who != null) {
            signIn.recordSignOut(who, "SIGN_OUT");
        }
        req.logout();
        if (session != null) {
            session.invalidate();
        }
        resp.sendRedirect(req.getContextPath() + "/login.xhtml");
    }

    /** A link or an image cannot sign anybody out: GET only leads back to the home page. */
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        resp.sendRedirect(req.getContextPath() + "/index.xhtml");
    }
}
