package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A coordinator records a baseline and three follow-ups in headless Chromium and sees the time-point responses
 * (computed while typing) and the best overall response update. NCT07041788: confirmation required (28 days),
 * SD minimum 42 days, Day 1 = enrolment on 2026-01-05. Baseline T1 lung 40 + T2 liver 30 = 70, NT1 bone.
 */
@ExtendWith(ArquillianExtension.class)
class ResponseBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aCoordinatorRecordsABaselineAndThreeFollowUpsAndSeesTheResponses() {
        long subject = enrolledSubject("NCT07041788").get("id").asLong();
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW).go("response/baseline.xhtml?subject=" + subject);
            b.type("baselineForm:assessedOn", "2026-01-03");
            b.click("baselineForm:addTarget").click("baselineForm:addTarget").click("baselineForm:addNonTarget");
            choose(b, "baselineForm:lesions:0:organ", "Lung");
            b.type("baselineForm:lesions:0:diameter", "40");
            choose(b, "baselineForm:lesions:1:organ", "Liver");
            b.type("baselineForm:lesions:1:diameter", "30");
            choose(b, "baselineForm:lesions:2:organ", "Bone");
            b.click("baselineForm:save");
            b.waitForText("Baseline saved.");

            // Day 43: 28 + 20 = 48 mm, −31.43 % (≤ −30 %) → PR; one PR not yet confirmed, day 43 ≥ 42 days → best SD
            followUp(b, subject, "2026-02-16", "28", "20", null, null);
            b.waitForText("-31.43 %");
            assertEquals("48 mm", b.text("followUpForm:sum"), "computed while typing");
            assertEquals("PR", b.text("followUpForm:overallResponse"));
            save(b);
            assertEquals("PR", b.text("responseForm:timePoints:0:overall"));
            assertEquals("SD", b.text("responseForm:bor"), "an unconfirmed PR counts as SD (RECIST 1.1 §4.4.2)");

            // Day 85: 20 + 0 = 20 mm → PR, 42 days after the first → confirmed PR
            followUp(b, subject, "2026-03-30", "20", null, "Disappeared (0 mm)", null);
            b.waitForText("-71.43 %");
            save(b);
            assertEquals("PR", b.text("responseForm:bor"));
            assertEquals("2026-02-16", b.text("responseForm:firstResponse"));

            // Day 113: sums unchanged but an unequivocal new lesion → PD; best stays PR, progression dated
            followUp(b, subject, "2026-04-27", "20", null, "Disappeared (0 mm)", "Yes, unequivocal");
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> "20 mm".equals(b.text("followUpForm:sum")));
            assertEquals("PR", b.text("followUpForm:targetResponse"), "20 mm: no increase over the nadir 20, still ≥ 30 % below 70");
            assertEquals("PD", b.text("followUpForm:overallResponse"), "an unequivocal new lesion (§4.3.2)");
            assertEquals(0, mm(b.text("followUpForm:nadir")).compareTo(java.math.BigDecimal.valueOf(20)), "nadir carried from day 85");
            save(b);
            assertEquals("PD", b.text("responseForm:timePoints:2:overall"));
            assertEquals("PR", b.text("responseForm:bor"));
            assertEquals("2026-04-27", b.text("responseForm:progression"));
            assertEquals(0, mm(b.text("responseForm:timePoints:0:nadir")).compareTo(java.math.BigDecimal.valueOf(70)), "first nadir = baseline sum");
        }
    }

    private static void followUp(Browser b, long subject, String date, String t1, String t2, String t2Finding, String newLesions) {
        b.go("response/follow-up.xhtml?subject=" + subject);
        b.type("followUpForm:assessedOn", date);
        if (newLesions != null) {
            choose(b, "followUpForm:newLesions", newLesions);
        }
        choose(b, "followUpForm:findings:2:nonTargetStatus", "Present");
        if (t2Finding != null) {
            choose(b, "followUpForm:findings:1:targetFinding", t2Finding);
        } else {
            b.type("followUpForm:findings:1:diameter", t2);
        }
        b.type("followUpForm:findings:0:diameter", t1);
        b.waitForAjax();
    }

    /** Picks an option of a select by its visible label and waits for the ajax recomputation. */
    private static void choose(Browser b, String id, String label) {
        new org.openqa.selenium.support.ui.Select(b.element(id)).selectByVisibleText(label);
        b.waitForAjax();
    }

    private static java.math.BigDecimal mm(String text) {
        return new java.math.BigDecimal(text.replace("mm", "").trim());
    }

    private static void save(Browser b) {
        b.click("followUpForm:save");
        b.element("responseForm:bor");
        b.waitForAjax();
    }

    /**
     * The one place the subject is set up: registered at CN01 and enrolled on 2026-01-05 (Day 1). When enrolment
     * gains further requirements (eligibility), change only this method.
     */
    private JsonNode enrolledSubject(String study) {
        ApiClient coordinator = new ApiClient(base, "coordinator", PW);
        long site = 0;
        for (JsonNode s : new ApiClient(base, "admin", PW).get("/api/v1/sites").json()) {
            if ("CN01".equals(s.get("code").asText())) {
                site = s.get("id").asLong();
            }
        }
        ApiClient.Reply registered = coordinator.post("/api/v1/studies/" + study + "/subjects", Map.of("siteId", site,
                "screeningNumber", "B" + ThreadLocalRandom.current().nextInt(100000, 999999), "sex", "M",
                "birthYear", 1958, "consentDate", "2026-01-01", "screenedOn", "2026-01-02"));
        assertEquals(201, registered.status(), registered.body());
        EligibilityFill.fillEligible(coordinator, study, registered.json().get("id").asLong());
        Map<String, Object> body = new HashMap<>();
        body.put("version", registered.json().get("version").asLong());
        body.put("enrolledOn", "2026-01-05");
        ApiClient.Reply enrolled = coordinator.post("/api/v1/studies/" + study + "/subjects/"
                + registered.json().get("id").asLong() + "/enrolment", body);
        assertEquals(200, enrolled.status(), enrolled.body());
        assertTrue(enrolled.json().has("subjectNumber"));
        return enrolled.json();
    }
}
