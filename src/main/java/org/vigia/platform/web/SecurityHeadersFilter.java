package org.vigia.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Adds the security headers to every response: a Content Security Policy, {@code frame-ancestors 'none'} and
 * {@code X-Frame-Options: DENY}, no MIME sniffing, no referrer sent to other sites (our own POSTs keep their {@code Origin}), and no caching of pages that carry
 * clinical data. Also on error dispatches (the container's 403 and 404 pages); the authentication mechanism
 * calls {@link #apply} itself for the responses it writes before any filter runs (the redirect to the sign-in
 * page, the API's 401).
 * <p>
 * The policy allows inline scripts only because Faces pages carry them; on those pages PrimeFaces adds a second
 * policy ({@code primefaces.CSP} in {@code web.xml}) that allows only the scripts carrying the page's nonce. A
 * browser enforces both, so an injected inline script (no nonce) and {@code eval} are refused.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers on {@code response} (replacing any value they had). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
