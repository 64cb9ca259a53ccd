package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.openqa.selenium.JavascriptExecutor;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security as a user meets it in headless Chromium: a DMC member sees the DMC dashboard and nothing at subject level;
 * wrong passwords typed into the AE signature dialog lock the account like wrong sign-ins; the screens run under
 * PrimeFaces' nonce Content Security Policy without 'unsafe-eval' and without a violation in the console.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String STUDY = "NCT07041788";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aDmcMemberLandsOnTheDmcDashboardAndIsRefusedEverySubjectLevelPageAndApi() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        long id = subject.get("id").asLong();
        long ae = recordAe(id);
        try (Browser b = Browser.open(base)) {
            b.signIn("dmc", PW);
            assertTrue(b.driver().getCurrentUrl().contains("dmc/index.xhtml"), "home is the DMC dashboard: "
                    + b.driver().getCurrentUrl());
            b.element("dmcForm:study");
            b.go("index.xhtml");
            assertTrue(b.driver().getCurrentUrl().contains("dmc/index.xhtml"), "the home link leads there too");
            for (String page : List.of("study/index.xhtml", "study/view.xhtml?study=" + STUDY,
                    "subject/view.xhtml?id=" + id, "ae/list.xhtml?subject=" + id, "ae/edit.xhtml?subject=" + id + "&id=" + ae,
                    "ae/index.xhtml", "ae/sae.xhtml", "dosing/index.xhtml", "dosing/subject.xhtml?subject=" + id,
                    "followup/subject.xhtml?subject=" + id, "response/subject.xhtml?subject=" + id,
                    "response/study.xhtml?study=" + STUDY)) {
                b.go(page);
                assertEquals("Not allowed", b.text("errorTitle"), page + ": " + b.pageText());
                assertTrue(!b.pageText().contains(subject.get("screeningNumber").asText()), page + " shows no screening number");
            }
        }
        ApiClient dmc = new ApiClient(base, "dmc", PW);
        String s = "/api/v1/studies/" + STUDY + "/subjects/" + id;
        for (String path : List.of("/api/v1/studies/" + STUDY + "/subjects", "/api/v1/studies/" + STUDY + "/subjects/matrix",
                s, s + "/adverse-events", s + "/baseline", s + "/eligibility", s + "/schedule", s + "/labs",
                s + "/tumour-assessments", "/api/v1/adverse-events/" + ae + "/sae-report.pdf",
                "/api/v1/studies/" + STUDY + "/saes", "/api/v1/studies/" + STUDY + "/response-summary",
                "/api/v1/studies/" + STUDY + "/survival-events", "/api/v1/sites", "/api/v1/studies")) {
            ApiClient.Reply r = dmc.get(path);
            assertEquals(403, r.status(), path + ": " + r.body());
        }
        assertEquals(200, dmc.get("/api/v1/studies/" + STUDY + "/dmc-reports").status(), "the DMC API stays open");
        assertEquals(200, dmc.get("/api/v1/me").status());
        JsonCheck.auditHas(base, "ACCESS_REFUSED", "dmc");
    }

    @Test
    void wrongPasswordsInTheSignatureDialogLockTheAccountLikeWrongSignIns() throws Exception {
        String name = "sig" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);
        ApiClient admin = new ApiClient(base, "admin", PW);
        long userId = admin.post("/api/v1/users", Map.of("username", name, "fullName", "Dr. Sig Nature",
                "password", "Signing-pass-1")).json().get("id").asLong();
        assertEquals(201, admin.post("/api/v1/users/" + userId + "/memberships", Map.of("role", "INVESTIGATOR")).status());
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        long id = subject.get("id").asLong();
        long ae = recordAe(id);
        try (Browser b = Browser.open(base)) {
            b.signIn(name, "Signing-pass-1").go("ae/edit.xhtml?subject=" + id + "&id=" + ae);
            b.click("aeForm:openSign"); // the dialog stays open after a wrong password
            for (int attempt = 1; attempt <= 5; attempt++) {
                b.type("signForm:password", "not-my-password-" + attempt);
                b.click("signForm:sign");
                b.waitForText("The password is not correct");
            }
            b.go("ae/list.xhtml?subject=" + id);
            assertTrue(b.driver().getCurrentUrl().contains("login.xhtml"), "the lockout ended the session");
            b.signIn(name, "Signing-pass-1");
            assertTrue(b.pageText().contains("Invalid username or password."), "locked: the right password is refused");
        }
        JsonNode rows = admin.get("/api/v1/audit?user=" + name + "&max=100").json().get("rows");
        Map<String, Integer> actions = new HashMap<>();
        rows.forEach(r -> actions.merge(r.get("action").asText(), 1, Integer::sum));
        assertEquals(5, actions.get("SIGNATURE_PASSWORD_FAILED"), actions.toString());
        assertEquals(1, actions.get("ACCOUNT_LOCKED"), actions.toString());
        assertEquals(1, actions.get("SESSION_ENDED"), actions.toString());
        assertTrue(admin.get("/api/v1/users/" + userId).json().hasNonNull("lockedUntil"));
        assertEquals(401, new ApiClient(base, name, "Signing-pass-1").get("/api/v1/me").status());
    }

    @Test
    void theScreensRunUnderTheNonceContentSecurityPolicy() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        long id = subject.get("id").asLong();
        List<String> violations = new ArrayList<>();
        try (Browser b = Browser.open(base)) {
            b.signIn("admin", PW);
            // the check itself works: an injected inline script (no nonce) is refused and reported, eval is refused
            JavascriptExecutor js = (JavascriptExecutor) b.driver();
            js.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
                    + " document.head.appendChild(s);");
            assertEquals(null, js.executeScript("return window.injected === undefined ? null : window.injected;"));
            assertTrue(b.consoleMessages().stream().anyMatch(m -> m.contains("Content Security Policy")),
                    "Chromium reports the refused script in the console");
            // a script the page's nonce allows (as PrimeFaces' own) still cannot eval (WebDriver's own scripts bypass CSP)
            js.executeScript("setTimeout(function () { var s = document.createElement('script');"
                    + " s.nonce = document.querySelector('script[nonce]').nonce;"
                    + " s.textContent = \"try { eval('1'); window.evalResult = 'ran'; } catch (e) { window.evalResult = e.name; }\";"
                    + " document.head.appendChild(s); }, 0);");
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> js.executeScript("return window.evalResult;") != null);
            assertEquals("EvalError", js.executeScript("return window.evalResult;"), "no 'unsafe-eval'");
            b.consoleMessages();
            for (String page : List.of("index.xhtml", "admin/users.xhtml", "admin/sites.xhtml", "audit/index.xhtml",
                    "study/view.xhtml?study=" + STUDY, "subject/view.xhtml?id=" + id, "ae/edit.xhtml?subject=" + id,
                    "ae/labs.xhtml?subject=" + id, "dosing/subject.xhtml?subject=" + id, "response/baseline.xhtml?subject=" + id,
                    "followup/subject.xhtml?subject=" + id, "dmc/index.xhtml")) {
                b.go(page).waitForAjax();
                b.consoleMessages().stream().filter(m -> m.contains("Content Security Policy") || m.contains("nonce"))
                        .forEach(m -> violations.add(page + ": " + m));
            }
            b.go("admin/users.xhtml");
            b.click("usersForm:users:0:manage");
            b.element("grantForm:role");
            b.go("index.xhtml");
            b.click("navForm:langZh");
            b.waitForText("欢迎");
            b.click("navForm:langEn");
            b.waitForText("Welcome");
            b.consoleMessages().stream().filter(m -> m.contains("Content Security Policy"))
                    .forEach(m -> violations.add("actions: " + m));
            b.signOut();
            assertTrue(b.driver().getCurrentUrl().contains("login.xhtml"));
        }
        assertEquals(List.of(), violations, "no Content Security Policy violation");
    }

    private long recordAe(long subjectId) {
        Map<String, Object> body = new HashMap<>();
        body.put("meddraCode", "10029366");
        body.put("onset", LocalDate.now().minusDays(3).toString());
        body.put("ongoing", true);
        body.put("grade", 2);
        body.put("serious", false);
        ApiClient.Reply r = new ApiClient(base, "coordinator", PW).post("/api/v1/studies/" + STUDY + "/subjects/"
                + subjectId + "/adverse-events", body);
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }
}
