package org.vigia.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigia.platform.DatabaseOutage;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Error pages without stack traces: JSON {@code {"error","message"}} for {@code /api/*}, a page from the
 * resource bundle otherwise. Unexpected exceptions are logged with an incident id that the user sees; a database
 * out of reach is a 503 (JSON error {@code unavailable}, or the page saying to try again shortly).
 */
@WebServlet("/error/dispatch")
public class ErrorDispatchServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorDispatchServlet.class.getName());

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Object code = req.getAttribute("jakarta.servlet.error.status_code");
        int status = code instanceof Integer i ? i : 500;
        Object uri = req.getAttribute("jakarta.servlet.error.request_uri");
        Throwable thrown = (Throwable) req.getAttribute("jakarta.servlet.error.exception");
        String incident = null;
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE || thrown != null && DatabaseOutage.causedBy(thrown)) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            incident = UUID.randomUUID().toString();
            LOG.warning("Incident " + incident + " at " + uri + ": database unavailable"
                    + (thrown == null ? "" : ": " + thrown));
            resp.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        } else if (thrown != null || status >= 500) {
            incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + " at " + uri, thrown);
        }
        String path = uri == null ? "" : uri.toString().substring(req.getContextPath().length());
        if (path.startsWith("/api/")) {
            resp.setStatus(status);
            resp.setContentType("application/json;charset=UTF-8");
            String error = switch (status) {
                case 401 -> "unauthorized";
                case 403 -> "forbidden";
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 503 -> DatabaseOutage.API_ERROR;
                default -> status >= 500 ? "internal_error" : "error";
            };
            Text message = switch (status) {
                case 401 -> Text.of(Bundle.MESSAGES, "api.signInRequired");
                case 403 -> Text.of(Bundle.MESSAGES, "api.forbidden");
                case 404 -> Text.of(Bundle.MESSAGES, "api.noSuchResource");
                case 503 -> DatabaseOutage.apiMessage(incident);
                default -> status >= 500 ? Text.of(Bundle.MESSAGES, "api.serverError", incident)
                        : Text.of(Bundle.MESSAGES, "api.refused");
            };
            resp.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message.english() + "\"}");
            return;
        }
        req.setAttribute("vigia.incident", incident);
        String page = switch (status) {
            case 403 -> "/error/forbidden.xhtml";
            case 404 -> "/error/not-found.xhtml";
            case 503 -> "/error/unavailable.xhtml";
            default -> "/error/error.xhtml";
        };
        resp.setStatus(status);
        req.getRequestDispatcher(page).forward(req, resp);
    }
}
