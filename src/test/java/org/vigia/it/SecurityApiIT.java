package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in, sessions, headers and the smaller security rules, from outside as an auditor tries them, against the
 * WAR deployed in the root context as the run command deploys it: the lockout under a burst of parallel wrong
 * passwords, absurd credentials, page sessions that end when the account changes, security headers on redirects and
 * refusals, the session cookie's attributes, the Origin check, sign-out by POST only, OpenAPI behind sign-in, the
 * audit CSV, reasons for user changes, and parameters that are not numbers.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigiaAtRoot();
    }

    @ArquillianResource
    private URL base;

    private ApiClient admin() {
        return new ApiClient(base, "admin", PW);
    }

    private static String unique(String prefix) {
        return prefix + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);
    }

    private long createUser(String username, String password, String... roles) {
        ApiClient.Reply r = admin().post("/api/v1/users", Map.of("username", username, "fullName", "Test " + username,
                "password", password));
        assertEquals(201, r.status(), r.body());
        long id = r.json().get("id").asLong();
        for (String role : roles) {
            assertEquals(201, admin().post("/api/v1/users/" + id + "/memberships", Map.of("role", role)).status());
        }
        return id;
    }

    private JsonNode audit(String query) {
        ApiClient.Reply r = admin().get("/api/v1/audit?max=1000&" + query);
        assertEquals(200, r.status(), r.body());
        return r.json().get("rows");
    }

    private static long count(JsonNode rows, String action, String reason) {
        long n = 0;
        for (JsonNode row : rows) {
            if (action.equals(row.get("action").asText()) && (reason == null || reason.equals(row.path("reason").asText()))) {
                n++;
            }
        }
        return n;
    }

    // ---- lockout

    @Test
    void thirtyTwoWrongPasswordsAtOnceLockTheAccountAndNoneFailsOnTheServer() throws Exception {
        String name = unique("burst");
        long id = createUser(name, "Correct-horse-1");
        ApiClient wrong = new ApiClient(base, name, "wrong-password-9");
        int parallel = 32;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return wrong.get("/api/v1/me");
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new HashMap<>();
        String message = null;
        for (Future<ApiClient.Reply> f : replies) {
            ApiClient.Reply r = f.get();
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() == 401) {
                message = r.json().get("message").asText();
            }
        }
        pool.shutdown();
        assertEquals(Map.of(401, parallel), statuses, "every attempt is refused with 401, none fails with 500");

        JsonNode user = admin().get("/api/v1/users/" + id).json();
        assertFalse(user.get("lockedUntil").isNull(), "the burst locked the account: " + user);
        ApiClient.Reply right = new ApiClient(base, name, "Correct-horse-1").get("/api/v1/me");
        assertEquals(401, right.status(), "the right password is refused while locked");
        assertEquals(message, right.json().get("message").asText(), "a locked account looks like a wrong password");

        JsonNode rows = audit("user=" + name);
        assertEquals(1, count(rows, "ACCOUNT_LOCKED", null), "locked once: " + rows);
        assertEquals(5, count(rows, "SIGN_IN_FAILED", "wrong password"), "five failures counted before the lock");
        assertEquals(parallel + 1, count(rows, "SIGN_IN_FAILED", null), "every attempt is audited");
    }

    @Test
    void absurdCredentialsAreRefusedWith401AndAudited() {
        String longName = "u".repeat(100);
        List<String> headers = List.of(
                basic(longName + ":whatever-1"),
                basic("v".repeat(5000) + ":whatever-1"),
                basic("nobody-at-all:" + "p".repeat(5000)),
                "Basic %%%not-base64%%%",
                basic("no-colon-here"),
                basic(":no-username"),
                "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, ':', (byte) 0xc3}),
                "Bearer abc.def.ghi",
                "Basic");
        for (String header : headers) {
            HttpResponse<String> r = raw("/api/v1/me", header);
            assertEquals(401, r.statusCode(), header.substring(0, Math.min(40, header.length())) + ": " + r.body());
            assertTrue(r.body().contains("\"error\":\"unauthorized\""), r.body());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        }
        JsonNode rows = audit("action=SIGN_IN_FAILED&user=" + "u".repeat(61) + "...");
        assertEquals(1, rows.size(), "the over-long username is audited (clipped): " + rows);
        assertTrue(rows.get(0).get("reason").asText().contains("100 characters"), rows.toString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> raw(String path, String authorization) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                    .timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // ---- sessions follow account changes

    @Test
    void aPageSessionEndsAtOnceWhenTheAccountIsDeactivated() {
        String name = unique("deact");
        long id = createUser(name, "Second-admin-1", "ADMIN");
        PageSession session = PageSession.signIn(base, name, "Second-admin-1");
        assertEquals(200, session.get("admin/users.xhtml").statusCode(), "a second administrator at work");

        ApiClient.Reply noReason = admin().post("/api/v1/users/" + id + "/deactivate", "");
        assertEquals(400, noReason.status(), "deactivation needs a reason");
        assertEquals(200, admin().post("/api/v1/users/" + id + "/deactivate?reason=left+the+trial", "").status());

        HttpResponse<String> next = session.get("admin/users.xhtml");
        assertEquals(302, next.statusCode(), "the next request is sent to the sign-in page");
        assertTrue(next.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertEquals(302, session.get("index.xhtml").statusCode(), "the session is gone, not just this page");
        assertEquals(1, count(audit("action=SESSION_ENDED&user=" + name), "SESSION_ENDED", "account deactivated"));
    }

    @Test
    void aRevokedRoleIsRefusedAtTheNextRequest() {
        String name = unique("revok");
        long id = createUser(name, "Second-admin-1", "ADMIN", "MONITOR");
        PageSession session = PageSession.signIn(base, name, "Second-admin-1");
        assertEquals(200, session.get("admin/users.xhtml").statusCode());
        long adminMembership = -1;
        for (JsonNode m : admin().get("/api/v1/users/" + id).json().get("memberships")) {
            if ("ADMIN".equals(m.get("role").asText())) {
                adminMembership = m.get("id").asLong();
            }
        }
        assertEquals(400, admin().delete("/api/v1/users/" + id + "/memberships/" + adminMembership).status(),
                "revoking a role needs a reason");
        assertEquals(204, admin().delete("/api/v1/users/" + id + "/memberships/" + adminMembership + "?reason=moved").status());

        assertEquals(403, session.get("admin/users.xhtml").statusCode(), "administration is refused at once");
        assertEquals(200, session.get("index.xhtml").statusCode(), "the monitor role still works");
    }

    @Test
    void aPageSessionEndsWhenThePasswordIsResetOrTheAccountLocked() {
        String reset = unique("reset");
        long id = createUser(reset, "Second-admin-1", "MONITOR");
        PageSession session = PageSession.signIn(base, reset, "Second-admin-1");
        assertEquals(200, session.get("index.xhtml").statusCode());
        assertEquals(204, admin().post("/api/v1/users/" + id + "/password",
                Map.of("password", "Another-pass-2", "reason", "reported stolen")).status());
        assertEquals(302, session.get("index.xhtml").statusCode(), "a password reset ends the session");

        String locked = unique("locked");
        createUser(locked, "Second-admin-1", "MONITOR");
        PageSession lockedSession = PageSession.signIn(base, locked, "Second-admin-1");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new ApiClient(base, locked, "wrong-guess-" + i).get("/api/v1/me").status());
        }
        assertEquals(302, lockedSession.get("index.xhtml").statusCode(), "a locked account's session ends");
        HttpResponse<String> again = PageSession.anonymous(base).trySignIn(locked, "Second-admin-1");
        assertEquals(200, again.statusCode(), "the sign-in page again");
        assertTrue(again.body().contains("Invalid username or password."), "same message as a wrong password");
    }

    // ---- headers, cookies, Origin, sign-out

    @Test
    void redirectsRefusalsAndErrorPagesCarryTheSecurityHeaders() {
        PageSession anonymous = PageSession.anonymous(base);
        PageSession coordinator = PageSession.signIn(base, "coordinator", PW);
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("redirect to sign-in", anonymous.get("admin/users.xhtml"));
        responses.put("sign-in page", anonymous.get("login.xhtml"));
        responses.put("container 403", coordinator.get("admin/users.xhtml"));
        responses.put("page 404", coordinator.get("no-such-page.xhtml"));
        responses.put("API 401", raw("/api/v1/me", null));
        responses.put("API 401 wrong password", raw("/api/v1/me", basic("nobody-at-all:wrong-one-1")));
        responses.put("API 403", raw("/api/v1/users", basic("coordinator:" + PW)));
        responses.put("API 404", raw("/api/v1/no-such-thing", basic("coordinator:" + PW)));
        responses.put("OpenAPI 401", raw("/openapi", null));
        assertEquals(302, responses.get("redirect to sign-in").statusCode());
        assertEquals(403, responses.get("container 403").statusCode());
        assertEquals(404, responses.get("page 404").statusCode());
        assertEquals(401, responses.get("API 401").statusCode());
        assertEquals(403, responses.get("API 403").statusCode());
        assertEquals(404, responses.get("API 404").statusCode());
        responses.forEach((what, r) -> {
            String csp = r.headers().allValues("Content-Security-Policy").stream().reduce("", (a, b) -> a + " | " + b);
            assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + r.headers().map());
            assertFalse(csp.contains("unsafe-eval"), what + ": no 'unsafe-eval': " + csp);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), what);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        });
        assertTrue(responses.get("sign-in page").headers().allValues("Content-Security-Policy").stream()
                .anyMatch(p -> p.matches("script-src 'self' 'nonce-[^']+';")), "PrimeFaces adds its nonce policy: "
                + responses.get("sign-in page").headers().allValues("Content-Security-Policy"));

        String cookie = responses.get("sign-in page").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), "the session cookie is SameSite=Lax: " + cookie);
    }

    @Test
    void pagePostsFromAnotherSiteAreRefusedEvenWithAValidViewState() {
        PageSession session = PageSession.signIn(base, "datamanager", PW);
        Map<String, String> switchToChinese = new HashMap<>(Map.of("navForm", "navForm", "navForm:langZh", "navForm:langZh"));
        switchToChinese.putAll(PageSession.formState(session.get("index.xhtml").body()));

        HttpResponse<String> foreign = session.post("index.xhtml", switchToChinese, "https://evil.example");
        assertEquals(403, foreign.statusCode(), "a foreign Origin is refused");
        assertEquals("DENY", foreign.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals(403, session.post("index.xhtml", switchToChinese, "null").statusCode(), "Origin: null is foreign");
        assertEquals(403, session.post("index.xhtml", switchToChinese,
                Map.of("Referer", "https://evil.example/page.html")).statusCode(), "without Origin, a foreign Referer");
        assertEquals(403, session.post("signout", Map.of(), "https://evil.example").statusCode(),
                "nobody is signed out from another site");
        assertTrue(count(audit("action=ACCESS_REFUSED&user=datamanager"), "ACCESS_REFUSED", null) >= 4);
        assertTrue(session.get("index.xhtml").body().contains("Welcome"), "nothing was switched");

        HttpResponse<String> own = session.post("index.xhtml", switchToChinese, session.origin());
        assertTrue(own.statusCode() == 200 || own.statusCode() == 302, "the same POST from the page's own origin works: "
                + own.statusCode());
        String home = session.get("index.xhtml").body();
        assertTrue(home.contains("欢迎"), "and switched the language");
        Map<String, String> back = new HashMap<>(Map.of("navForm", "navForm", "navForm:langEn", "navForm:langEn"));
        back.putAll(PageSession.formState(home));
        session.post("index.xhtml", back, session.origin());
    }

    @Test
    void signOutIsAPostNeverAGet() {
        PageSession session = PageSession.signIn(base, "monitor", PW);
        HttpResponse<String> get = session.get("signout");
        assertEquals(302, get.statusCode());
        assertTrue(get.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"), "GET leads home");
        assertEquals(200, session.get("index.xhtml").statusCode(), "still signed in after a GET of /signout");

        HttpResponse<String> post = session.post("signout", Map.of(), session.origin());
        assertEquals(302, post.statusCode());
        assertTrue(post.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertEquals(302, session.get("index.xhtml").statusCode(), "signed out by the POST");
    }

    @Test
    void openApiNeedsSignIn() {
        HttpResponse<String> anonymous = raw("/openapi", null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> signedIn = raw("/openapi", basic("monitor:" + PW));
        assertEquals(200, signedIn.statusCode());
        assertTrue(signedIn.body().contains("/api/v1/me") || signedIn.body().contains("/me:"), signedIn.body());
        assertEquals(401, raw("/openapi", basic("nobody-at-all:wrong-pass-1")).statusCode());
        PageSession page = PageSession.signIn(base, "monitor", PW);
        assertEquals(200, page.get("openapi").statusCode(), "a signed-in page session reads it too");
    }

    // ---- audit CSV

    @Test
    void theAuditCsvDownloadsWithFormulasNeutralisedAndNumbersKept() throws Exception {
        String name = unique("csv");
        ApiClient.Reply created = admin().post("/api/v1/users", Map.of("username", name,
                "fullName", "=HYPERLINK(\"http://evil.example\",\"open\")", "password", "Csv-password-1"));
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();
        long version = created.json().get("version").asLong();
        JsonNode v2 = admin().put("/api/v1/users/" + id, Map.of("version", version, "fullName", "@SUM(1+1)",
                "reason", "-2+3")).json();
        admin().put("/api/v1/users/" + id, Map.of("version", v2.get("version").asLong(), "fullName", "-12.5",
                "reason", "\tcmd"));

        HttpResponse<String> csv = raw("/api/v1/audit/csv?entityType=UserAccount&entityId=" + id, basic("admin:" + PW));
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElse(null));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("vigia-audit.csv"));
        assertTrue(csv.body().startsWith("\uFEFF"), "UTF-8 byte order mark for Excel");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        Map<String, List<String>> fullNames = new LinkedHashMap<>();
        for (CSVRecord r : rows) {
            if ("fullName".equals(r.get("field"))) {
                fullNames.computeIfAbsent(r.get("action"), k -> new ArrayList<>())
                        .add(r.get("old_value") + " -> " + r.get("new_value") + " | " + r.get("reason"));
            }
        }
        assertEquals(List.of(" -> '=HYPERLINK(\"http://evil.example\",\"open\") | "), fullNames.get("CREATE"));
        assertEquals(List.of("'=HYPERLINK(\"http://evil.example\",\"open\") -> '@SUM(1+1) | '-2+3",
                "'@SUM(1+1) -> -12.5 | '\tcmd"), fullNames.get("UPDATE"), "a plain number stays a number");
        assertEquals(403, raw("/api/v1/audit/csv", basic("monitor:" + PW)).statusCode(), "not for monitors");
    }

    // ---- smaller ones

    @Test
    void userChangesNeedAReason() {
        String name = unique("why");
        long id = createUser(name, "Reason-pass-1");
        long version = admin().get("/api/v1/users/" + id).json().get("version").asLong();
        Map<String, Object> change = new HashMap<>(Map.of("version", version, "fullName", "New Name"));
        ApiClient.Reply put = admin().put("/api/v1/users/" + id, change);
        assertEquals(400, put.status(), put.body());
        assertTrue(put.json().get("fields").has("reason"), put.body());
        change.put("reason", "  ");
        assertEquals(400, admin().put("/api/v1/users/" + id, change).status(), "a blank reason is no reason");
        for (String action : List.of("deactivate", "reactivate")) {
            ApiClient.Reply r = admin().post("/api/v1/users/" + id + "/" + action, "");
            assertEquals(400, r.status(), action + ": " + r.body());
            assertTrue(r.json().get("fields").has("reason"), r.body());
        }
        ApiClient.Reply reset = admin().post("/api/v1/users/" + id + "/password", Map.of("password", "Another-pass-9"));
        assertEquals(400, reset.status(), reset.body());
        assertTrue(reset.json().get("fields").has("reason"));
        assertEquals("Test " + name, admin().get("/api/v1/users/" + id).json().get("fullName").asText(), "nothing changed");
        change.put("reason", "married");
        assertEquals(200, admin().put("/api/v1/users/" + id, change).status());
    }

    @Test
    void parametersThatAreNotNumbersAre400NamingTheParameter() {
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("/api/v1/audit?first=abc", "first");
        calls.put("/api/v1/audit?max=1e3", "max");
        calls.put("/api/v1/users/abc", "id");
        calls.put("/api/v1/sites/12x", "id");
        calls.put("/api/v1/users/99999999999999999999", "id");
        calls.put("/api/v1/studies/NCT07041788/subjects/matrix?site=CN01", "site");
        calls.forEach((path, parameter) -> {
            ApiClient.Reply r = admin().get(path);
            assertEquals(400, r.status(), path + ": " + r.body());
            assertEquals("invalid_input", r.json().get("error").asText());
            assertTrue(r.json().get("fields").has(parameter), path + ": " + r.body());
        });
        assertEquals(200, admin().get("/api/v1/audit?first=0&max=5").status(), "numbers still work");
    }

    @Test
    void aRefusedUserCreationDoesNotShowThePasswordAgain() {
        PageSession session = PageSession.signIn(base, "admin", PW);
        String page = session.get("admin/users.xhtml").body();
        String typed = "Typed-Secret-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "newUserForm:create");
        form.put("jakarta.faces.partial.execute", "newUserForm");
        form.put("jakarta.faces.partial.render", "newUserForm usersForm pageMessages");
        form.put("newUserForm:create", "newUserForm:create");
        form.put("newUserForm", "newUserForm");
        form.put("newUserForm:username", "admin");
        form.put("newUserForm:fullName", "Someone Else");
        form.put("newUserForm:email", "");
        form.put("newUserForm:password", typed);
        form.putAll(PageSession.formState(page));
        HttpResponse<String> r = session.post("admin/users.xhtml", form,
                Map.of("Origin", session.origin(), "Faces-Request", "partial/ajax"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("already taken"), "refused: " + r.body());
        assertTrue(r.body().contains("newUserForm:password"), "the form is rendered again");
        assertFalse(r.body().contains(typed), "the typed password is not sent back");
    }
}
