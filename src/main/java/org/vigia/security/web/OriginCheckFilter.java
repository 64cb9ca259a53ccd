package org.vigia.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigia.audit.AuditEntry;
import org.vigia.audit.AuditService;
import org.vigia.platform.ConfigKeys;

/**
 * Refuses (403, audited as {@code ACCESS_REFUSED}) a state-changing request (POST, PUT, DELETE, PATCH) that a
 * browser sent from another site: its {@code Origin} header, or its {@code Referer} when there is no Origin, names
 * a host other than the one the request was sent to ({@code Host}) or {@code vigia.base.url}. {@code Origin: null}
 * (sandboxed frames, {@code data:} pages) is foreign. A request with neither header (API clients, scripts) passes:
 * it cannot come from a page of another site. This adds to the Faces view-state token and the {@code SameSite}
 * session cookie.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OriginCheckFilter extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    private AuditService audit;

    @Inject
    @ConfigProperty(name = ConfigKeys.BASE_URL, defaultValue = "http://localhost:8080")
    private String baseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE.contains(request.getMethod())) {
            String origin = request.getHeader("Origin");
            String source = origin != null ? origin : request.getHeader("Referer");
            if (source != null && !sameSite(source, request.getHeader("Host"), baseUrl)) {
                audit.recordAlways(request.getRemoteUser(), AuditEntry.of("ACCESS_REFUSED", "Request", null)
                        .reason(clip(request.getMethod() + " " + request.getRequestURI() + " from foreign "
                                + (origin != null ? "Origin " : "Referer ") + source)));
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** True when {@code source} (an Origin or a Referer) names the host the request went to, or the base URL's. */
    static boolean sameSite(String source, String host, String baseUrl) {
        String authority = authority(source);
        if (authority == null) {
            return false;
        }
        String requested = host == null ? null : host.trim().toLowerCase(Locale.ROOT).replaceFirst(":(80|443)$", "");
        return authority.equals(requested) || authority.equals(authority(baseUrl));
    }

    /** {@code host[:port]} of a URL, lower case, without the scheme's default port; null when it has none. */
    static String authority(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 && "http".equalsIgnoreCase(uri.getScheme())
                    || port == 443 && "https".equalsIgnoreCase(uri.getScheme());
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clip(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}
