package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A site coordinator records NCT07041788 induction cycles on the dosing form: planned doses computed from height and
 * weight, a failing neutrophil count blocks the cycle ("Each chemotherapy cycle requires confirmation of normal
 * blood counts (ANC ≥1.5×10⁹/L ...)"), an open grade 3 adverse event turns the recommendation to hold ("Grade 3
 * AEs: Treatment suspension until recovery to ≤Grade 1"), and after recovery the reduced dose ("chemotherapy dose
 * may be reduced by 20%") needs no reason while the full dose does.
 */
@ExtendWith(ArquillianExtension.class)
class DosingBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its value through the widget (as a click on the item does),
     * without the overlay panel that can still cover the next button while it closes.
     */
    private static void choose(Browser b, String id, String value) {
        ((JavascriptExecutor) b.driver()).executeScript(
                "PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')].selectValue(arguments[1]);", id, value);
        b.waitForAjax();
        assertEquals(value, b.driver().findElement(By.id(id + "_input")).getAttribute("value"));
    }

    private static void show(Browser b, String cycle, String on) {
        b.type("sheetForm:cycle", cycle).type("sheetForm:day", "1").type("sheetForm:on", on)
                .type("sheetForm:heightCm", "170").type("sheetForm:weightKg", "70");
        b.click("sheetForm:load");
    }

    @Test
    void coordinatorRecordsCyclesUnderTheGateAndTheDoseRules() throws Exception {
        long id = DosingFixtures.enrolledSubject(base, "NCT07041788").get("id").asLong();
        DosingFixtures.lab(id, "ANC", "2026-09-09", "1.2", "10^9/L", null);
        DosingFixtures.lab(id, "PLT", "2026-09-09", "180", "10^9/L", null);
        DosingFixtures.lab(id, "ALT", "2026-09-09", "30", "U/L", "40");
        DosingFixtures.lab(id, "AST", "2026-09-09", "28", "U/L", "40");
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW).go("dosing/subject.xhtml?subject=" + id);
            b.element("sheetForm:phase");
            choose(b, "sheetForm:phase", "INDUCTION");
            show(b, "1", "2026-09-10");
            // Mosteller √(170 × 70 / 3600) = 1.82 m²: docetaxel 75 mg/m² = 136.5 mg, cisplatin 25 mg/m² = 45.5 mg;
            // iparomlimab/tuvonralimab 5 mg/kg × 70 kg = 350 mg
            b.waitForText("136.5 mg");
            String page = b.pageText();
            assertTrue(page.contains("45.5 mg") && page.contains("350.0 mg"), page);
            assertTrue(page.contains("Cycle delayed"), page);
            assertTrue(page.contains("Absolute neutrophil count 1.2 10^9/L does not meet ≥1.5 10^9/L"), page);

            assertEquals("136.5", b.value("entryForm:administeredMg"), "the planned dose is proposed");
            b.click("entryForm:record");
            assertTrue(b.text("entryForm:labsMessage").contains("Absolute neutrophil count 1.2"), b.pageText());
            assertTrue(b.text("entryForm:labsMessage").contains("delayed"), b.pageText());

            DosingFixtures.passingLabs(id, "2026-09-09");
            show(b, "1", "2026-09-10");
            b.waitForText("Labs meet the criteria");
            b.click("entryForm:record");
            b.waitForText("Recorded DOCETAXEL: GIVEN");

            var ae = DosingFixtures.adverseEventThroughApi(base, "NCT07041788", id, "Neutrophil count decreased", 3,
                    "2026-09-25");
            show(b, "2", "2026-10-01");
            b.waitForText("Open adverse event: Neutrophil count decreased");
            assertEquals("Hold", b.text("plansForm:plans:0:recommendation"), b.pageText());
            choose(b, "entryForm:status", "NOT_GIVEN");
            b.type("entryForm:notGivenReason", "Neutrophil count decreased grade 3");
            b.click("entryForm:record");
            b.waitForText("Recorded DOCETAXEL: NOT_GIVEN");

            DosingFixtures.resolveThroughApi(base, "NCT07041788", id, ae, "2026-10-05");
            DosingFixtures.passingLabs(id, "2026-10-08");
            show(b, "2", "2026-10-08");
            b.waitForText("109.2 mg"); // 136.5 mg × 80 % after the −20 % reduction
            assertEquals("Give", b.text("plansForm:plans:0:recommendation"), b.pageText());
            assertEquals("80", b.value("entryForm:dosePercent").replaceAll("\\.0+$", ""));
            choose(b, "entryForm:status", "GIVEN");
            b.type("entryForm:administeredMg", "136.5");
            b.click("entryForm:record");
            assertTrue(b.text("entryForm:departureMessage").contains("departs from the recommended 109.2 mg"), b.pageText());

            b.type("entryForm:administeredMg", "109.2");
            b.click("entryForm:record");
            b.waitForText("Recorded DOCETAXEL: GIVEN");
        }
        try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select count(*), sum(status = 'GIVEN'), sum(status = 'NOT_GIVEN'),"
                    + " max(case when cycle = 2 and status = 'GIVEN' then administered_mg end)"
                    + " from dose_administration where agent_id = 'DOCETAXEL' and subject_id = " + id);
            rs.next();
            assertEquals(3, rs.getInt(1));
            assertEquals(2, rs.getInt(2));
            assertEquals(1, rs.getInt(3));
            assertEquals(0, new java.math.BigDecimal("109.2").compareTo(rs.getBigDecimal(4)));
            ResultSet dev = st.executeQuery("select count(*) from protocol_deviation where subject_id = " + id);
            dev.next();
            assertEquals(0, dev.getInt(1), "the reduced dose after recovery is no deviation");
        }
    }

    /**
     * NCT07041788 induction is "every 3 weeks" (cycleLengthDays 21, IND-C{n}D1 ±3 days): cycle 2 recorded fourteen
     * days after cycle 1 is refused at the date with the earliest allowed date and cycle 1's, and what the user typed
     * stays; with a reason it is recorded as a protocol deviation.
     */
    @Test
    void cycleTwoFourteenDaysAfterCycleOneIsRefusedAtTheDate() throws Exception {
        long id = DosingFixtures.enrolledSubject(base, "NCT07041788").get("id").asLong();
        ApiClient.Reply c1 = new ApiClient(base, "coordinator", PW).post("/api/v1/studies/NCT07041788/subjects/" + id
                + "/administrations", java.util.Map.of("agent", "IPAROMLIMAB_TUVONRALIMAB", "phase", "INDUCTION",
                "cycle", 1, "day", 1, "on", "2026-09-10", "status", "GIVEN", "administeredMg", 350, "heightCm", 170,
                "weightKg", 70));
        assertEquals(201, c1.status(), c1.body());
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW).go("dosing/subject.xhtml?subject=" + id);
            b.element("sheetForm:phase");
            choose(b, "sheetForm:phase", "INDUCTION");
            show(b, "2", "2026-09-24");
            b.waitForText("350.0 mg");
            // the sheet shows cycle 2's target counted from cycle 1's day 1
            assertTrue(b.text("plansForm:cycleTarget").contains("2026-10-01"), b.pageText());
            choose(b, "entryForm:agent", "IPAROMLIMAB_TUVONRALIMAB");
            b.type("entryForm:administeredMg", "350");
            b.click("entryForm:record");
            b.waitForText("too early");
            String message = b.text("sheetForm:onMessage");
            assertTrue(message.contains("2026-09-28") && message.contains("2026-09-10"), message + " / " + b.pageText());
            assertEquals("2026-09-24", b.value("sheetForm:on"), "the date typed stays");
            assertEquals("2", b.value("sheetForm:cycle"));
            assertEquals("350", b.value("entryForm:administeredMg").replaceAll("\\.0+$", ""));

            b.type("entryForm:scheduleDeviationReason", "Patient travelling from 28 September");
            b.click("entryForm:record");
            b.waitForText("Recorded IPAROMLIMAB_TUVONRALIMAB: GIVEN");
        }
        try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select count(*), min(kind), min(reason) from protocol_deviation where subject_id = " + id);
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals("CYCLE_TOO_EARLY", rs.getString(2));
            assertEquals("Patient travelling from 28 September", rs.getString(3));
        }
    }

    @Test
    void radiotherapyFollowUpAndDeviationScreens() {
        long id = DosingFixtures.enrolledSubject(base, "NCT07277764").get("id").asLong();
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW).go("dosing/radiotherapy.xhtml?subject=" + id);
            b.type("fractionForm:on", "2026-09-07");
            b.click("fractionForm:record");
            b.waitForText("Fraction recorded");
            assertTrue(b.pageText().contains("1.5 Gy × 3 = 4.5 Gy"), b.pageText()); // "LD-RT 1.5 Gy ×3"

            b.go("followup/subject.xhtml?subject=" + id);
            b.type("contactForm:contactDate", "2026-10-01");
            b.click("contactForm:save");
            b.waitForText("Saved.");
            choose(b, "contactForm:survivalStatus", "LOST_TO_FOLLOW_UP");
            b.type("contactForm:contactDate", "2026-11-01");
            b.click("contactForm:save");
            b.waitForText("Give the last date the subject was known to be alive");
            b.type("contactForm:lastKnownAlive", "2026-10-01");
            b.click("contactForm:save");
            // the subject's status, shown by its label since codes are not shown raw (it was the code LOST_TO_FOLLOW_UP)
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> b.text("status").endsWith(": Lost to follow-up"));

            b.signOut().signIn("monitor", PW).go("dosing/deviations.xhtml?study=NCT07041788");
            b.element("deviationsForm:deviations");
            b.go("dosing/index.xhtml?study=NCT07277764");
            b.element("subjectsForm:subjects");
        }
    }
}
