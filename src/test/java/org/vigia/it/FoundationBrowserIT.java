package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation in headless Chromium: sign-in for every role, administration screens, language, errors. */
@ExtendWith(ArquillianExtension.class)
class FoundationBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void everyRoleSignsInAndSeesItsRole() {
        // the role by its label (enum.Role.* in the messages bundle), never by its code
        Map<String, String> roles = Map.of("admin", "Administrator", "datamanager", "Data manager", "monitor", "Monitor",
                "investigator", "Investigator", "coordinator", "Site coordinator", "dmc", "DMC member");
        try (Browser b = Browser.open(base)) {
            roles.forEach((user, role) -> {
                b.signIn(user, PW);
                if ("dmc".equals(user)) {
                    assertTrue(b.driver().getCurrentUrl().contains("dmc/index.xhtml"),
                            "a DMC member lands on the DMC dashboard: " + b.driver().getCurrentUrl());
                } else {
                    assertTrue(b.text("welcome").startsWith("Welcome"), user + ": " + b.pageText());
                    assertEquals(role, b.text("roles:0:role"), user + " sees role " + role + ": " + b.pageText());
                }
                assertEquals(user, b.text("navForm:whoami"));
                b.signOut();
                assertTrue(b.driver().getCurrentUrl().contains("login.xhtml"));
            });
        }
        JsonCheck.auditHas(base, "SIGN_IN", "coordinator");
        JsonCheck.auditHas(base, "SIGN_OUT", "coordinator");
    }

    @Test
    void aWrongPasswordIsRefusedAndPagesNeedSignIn() {
        try (Browser b = Browser.open(base)) {
            b.go("admin/users.xhtml");
            assertTrue(b.driver().getCurrentUrl().contains("login.xhtml"), "a page needs sign-in");
            b.signIn("monitor", "not-the-password-1");
            assertTrue(b.pageText().contains("Invalid username or password."), b.pageText());
        }
    }

    @Test
    void aCoordinatorCannotOpenAdministration() {
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW);
            b.go("admin/users.xhtml");
            assertEquals("Not allowed", b.text("errorTitle"));
            assertFalse(b.pageText().contains("Exception"), "no stack trace reaches the user");
        }
    }

    @Test
    void anAdministratorCreatesASiteAndABadTimeZoneKeepsWhatWasTyped() {
        String code = "T" + ThreadLocalRandom.current().nextInt(10000, 99999);
        try (Browser b = Browser.open(base)) {
            b.signIn("admin", PW).go("admin/sites.xhtml");
            b.type("newSiteForm:code", code).type("newSiteForm:name", "Hôpital de test")
                    .type("newSiteForm:country", "FR").type("newSiteForm:timeZone_input", "Europe/Pariss");
            b.click("newSiteForm:create");
            b.waitForText("is not a time zone");
            assertEquals(code, b.value("newSiteForm:code"), "the code typed is kept");
            assertEquals("Hôpital de test", b.value("newSiteForm:name"), "the name typed is kept");
            b.type("newSiteForm:timeZone_input", "Europe/Paris");
            b.click("newSiteForm:create");
            b.waitForText("Site " + code + " created.");
            assertTrue(b.text("sitesForm:sites").contains(code));
        }
    }

    @Test
    void theScreensSwitchToSimplifiedChinese() {
        try (Browser b = Browser.open(base)) {
            b.signIn("datamanager", PW);
            b.click("navForm:langZh");
            b.waitForText("欢迎"); // a full-page submit: wait for the new page
            assertTrue(b.text("welcome").startsWith("欢迎"));
            b.go("audit/index.xhtml");
            assertTrue(b.pageText().contains("稽查轨迹"), b.pageText());
            b.click("navForm:langEn");
            assertTrue(b.pageText().contains("Audit trail"));
        }
    }

    @Test
    void theScreensSwitchToFrench() {
        try (Browser b = Browser.open(base)) {
            b.signIn("datamanager", PW);
            b.click("navForm:langFr");
            b.waitForText("Bienvenue"); // a full-page submit: wait for the new page
            assertTrue(b.text("welcome").startsWith("Bienvenue"), b.text("welcome"));
            b.go("audit/index.xhtml");
            assertTrue(b.pageText().contains("Piste d’audit"), b.pageText());
            assertTrue(b.pageText().contains("Français"), "the language links name French in French");
            b.click("navForm:langEn"); // leave the demo user in English for other tests
            b.waitForText("Audit trail");
        }
    }

    @Test
    void theLanguageChosenOnTheSignInPageStaysAfterSignInAndIsKeptForTheAccount() {
        try (Browser b = Browser.open(base)) {
            b.go("login.xhtml");
            b.click("loginForm:langZh");
            b.waitForText("用户名");
            b.signIn("monitor", PW);
            assertTrue(b.text("welcome").startsWith("欢迎"), "the sign-in page's choice stays: " + b.text("welcome"));
            b.signOut();
        }
        try (Browser b = Browser.open(base)) { // a new browser (English) and session: the account's choice applies
            b.signIn("monitor", PW);
            assertTrue(b.text("welcome").startsWith("欢迎"), "kept on the account: " + b.text("welcome"));
            b.click("navForm:langEn"); // leave the demo user in English for other tests
            b.waitForText("Welcome");
        }
        try (Browser b = Browser.open(base)) { // no choice on the sign-in page: English is kept too
            b.signIn("monitor", PW);
            assertTrue(b.text("welcome").startsWith("Welcome"), b.text("welcome"));
        }
    }
}
