package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page session over plain HTTP, as a browser holds it: the session cookie, the sign-in form posted with its
 * Faces view state, redirects not followed (so that a test sees them). For tests of what pages answer (status,
 * redirect, headers) where a real browser would only add time.
 * <pre>{@code
 * PageSession s = PageSession.signIn(base, "admin", PW);
 * assertEquals(200, s.get("admin/users.xhtml").statusCode());
 * }</pre>
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    private PageSession(URL deployment) {
        String b = deployment.toString();
        this.base = b.endsWith("/") ? b : b + "/";
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A session that has not signed in. */
    public static PageSession anonymous(URL deployment) {
        return new PageSession(deployment);
    }

    /** Signs in on the sign-in page; fails the test unless it redirects to the home page. */
    public static PageSession signIn(URL deployment, String username, String password) {
        PageSession s = new PageSession(deployment);
        HttpResponse<String> r = s.trySignIn(username, password);
        assertEquals(302, r.statusCode(), username + " signs in: " + r.body());
        return s;
    }

    /** Posts the sign-in form; the answer is a redirect on success, the sign-in page with a message otherwise. */
    public HttpResponse<String> trySignIn(String username, String password) {
        HttpResponse<String> page = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        form.putAll(formState(page.body()));
        return post("login.xhtml", form, origin());
    }

    /** This deployment's origin ({@code http://host:port}), as a browser sends it in {@code Origin}. */
    public String origin() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form ({@code application/x-www-form-urlencoded}) with the given Origin header (none when null). */
    public HttpResponse<String> post(String path, Map<String, String> form, String origin) {
        return post(path, form, origin == null ? Map.of() : Map.of("Origin", origin));
    }

    public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b);
    }

    /**
     * What the page's script adds to every form it posts: the Faces view state and PrimeFaces' CSP nonce
     * ({@code primefaces.nonce}; PrimeFaces refuses a postback without the page's nonce).
     */
    public static Map<String, String> formState(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSP nonce in the page:\n" + html);
        }
        return Map.of("jakarta.faces.ViewState", viewState(html), "primefaces.nonce", m.group(1));
    }

    /** The Faces view state of a rendered page. */
    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no view state in the page:\n" + html);
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("HTTP call failed: " + e, e);
        }
    }
}
