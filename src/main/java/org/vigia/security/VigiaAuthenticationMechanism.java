package org.vigia.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.vigia.platform.DatabaseOutage;
import org.vigia.platform.web.SecurityHeadersFilter;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * The one authentication mechanism of the web module (Jakarta Security 3.0 allows one): pages use the
 * sign-in form ({@code login.xhtml} calls {@code SecurityContext.authenticate}) and a server-side session;
 * {@code /api/*} uses HTTP Basic on every request and never creates a session; {@code /openapi} takes either.
 * Unauthenticated requests get a redirect to the sign-in page (pages) or a JSON 401 (API, OpenAPI).
 * <p>
 * A page session is checked against the account on every request ({@link SignInService#recheck}): once the
 * account is deactivated, locked or its password reset, the session ends at its next request; a role granted or
 * revoked takes effect at the next request. The caller is announced to the container on each request (no
 * {@code @AutoApplySession}), so that the roles the container checks are always the current ones.
 * The security headers are set here as well, because the responses written here (redirect, 401) and the
 * container's refusals pass no filter.
 */
@ApplicationScoped
public class VigiaAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "org.vigia.caller";
    /** Session attribute: the session ended by sign-out or an account change, not by time-out. */
    public static final String SESSION_ENDED = "org.vigia.signedOut";

    @Inject
    private SignInService signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        try {
            return validate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            return unavailable(request, response);
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return validateApi(request, response, context);
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing(); // style sheets and scripts: public, no caller needed
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            Optional<CallerInfo> caller = signIn.verify(form.getCaller(), form.getPasswordAsString(), true);
            if (caller.isEmpty()) {
                return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
            }
            request.getSession(true).setAttribute(SESSION_CALLER, caller.get());
            return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && sessionCaller(session) instanceof CallerInfo caller) {
            Optional<CallerInfo> current = signIn.recheck(caller);
            if (current.isPresent()) {
                if (current.get() != caller) {
                    session.setAttribute(SESSION_CALLER, current.get());
                }
                return context.notifyContainerAboutLogin(current.get().username(), current.get().groups());
            }
            endSession(session);
        }
        if (path.equals("/openapi") || path.startsWith("/openapi/")) {
            return validateApi(request, response, context);
        }
        if (context.isProtected()) {
            return redirectToSignIn(request, response, context);
        }
        return context.doNothing();
    }

    private static Object sessionCaller(HttpSession session) {
        try {
            return session.getAttribute(SESSION_CALLER);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static void endSession(HttpSession session) {
        try {
            session.setAttribute(SESSION_ENDED, Boolean.TRUE);
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended by a parallel request
        }
    }

    private AuthenticationStatus validateApi(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return unauthorized(response, Text.of(Bundle.MESSAGES, "api.malformedBasic"));
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                Optional<CallerInfo> caller = signIn.verify(decoded.substring(0, colon), decoded.substring(colon + 1), false);
                if (caller.isPresent()) {
                    return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
                }
            }
            return unauthorized(response, Text.of(Bundle.MESSAGES, "api.badCredentials"));
        }
        if (context.isProtected()) {
            return unauthorized(response, Text.of(Bundle.MESSAGES, "api.signInRequired"));
        }
        return context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, Text message) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Vigia\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"" + message.english() + "\"}");
        } catch (IOException ignored) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The database is out of reach, so no caller can be checked: 503 (JSON {@code unavailable} on the API, the
     * "temporarily unavailable" page otherwise) instead of the container's 500.
     */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"error\":\"" + DatabaseOutage.API_ERROR + "\",\"message\":\""
                        + DatabaseOutage.apiMessage(null).english() + "\"}");
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        } catch (IOException ignored) {
            // the client went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpServletResponse response,
                                                         HttpMessageContext context) {
        String target = request.getContextPath() + "/login.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + target + "\"></redirect></partial-response>");
            } catch (IOException ignored) {
                // the client went away
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(target);
    }
}
