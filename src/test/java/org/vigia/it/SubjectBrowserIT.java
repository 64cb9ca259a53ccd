package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinator's journey in the browser for each trial: screen a subject, fill the eligibility form (evaluated
 * as it is filled), enrol by the trial's design, fill the baseline (an implausible weight is refused and kept);
 * and an ineligible subject stopped with the reasons shown.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String TODAY = LocalDate.now().toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    /** Waits for a text; on time-out fails with what the page shows instead. */
    private static void waitFor(Browser b, String text) {
        try {
            b.waitForText(text);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' not shown on " + b.driver().getCurrentUrl() + ":\n" + b.pageText(), e);
        }
    }

    private String screen(Browser b, String study) {
        String number = "B" + ThreadLocalRandom.current().nextInt(1000000, 9999999);
        b.go("study/index.xhtml");
        waitFor(b, study);
        b.go("subject/screen.xhtml?study=" + study);
        b.type("screenForm:screeningNumber", number);
        new Select(b.element("screenForm:sex")).selectByValue("F");
        b.type("screenForm:birthYear", "1962");
        b.type("screenForm:consentDate", LocalDate.now().minusDays(3).toString());
        b.type("screenForm:screenedOn", LocalDate.now().minusDays(2).toString());
        b.click("screenForm:register");
        waitFor(b, number);
        assertTrue(b.driver().getCurrentUrl().contains("subject/view.xhtml"), b.driver().getCurrentUrl());
        return number;
    }

    private long subjectId(Browser b) {
        String url = b.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Fills every row of the eligibility form with values that meet it, except the {@code changed} ones. */
    private void fillEligibility(Browser b, String study, long id, Map<String, String> changed) {
        JsonNode form = new ApiClient(base, "coordinator", PW).get("/api/v1/studies/" + study + "/subjects/" + id + "/eligibility").json();
        Map<String, Map<String, Object>> entries = EligibilityFill.eligibleEntries(form);
        changed.forEach((criterion, value) -> entries.get(criterion).put("value", value));
        // the lab values are taken from lab results: record them first (as the lab would report them)
        ApiClient api = new ApiClient(base, "coordinator", PW);
        EligibilityFill.recordScreeningLabs(api, study, id, form, entries,
                api.get("/api/v1/studies/" + study + "/subjects/" + id).json().get("screenedOn").asText());
        int i = 0;
        for (JsonNode c : form.get("criteria")) {
            Map<String, Object> e = entries.get(c.get("id").asText());
            String row = "eligForm:criteria:" + i + ":";
            if (e == null) {
                // the age: computed from the year of birth and the consent date, shown read-only
                assertTrue(c.path("computed").asBoolean(), c.toString());
                i++;
                continue;
            }
            if (e.containsKey("answer")) {
                new Select(b.element(row + "answer")).selectByValue(Boolean.TRUE.equals(e.get("answer")) ? "yes" : "no");
            } else {
                b.type(row + "value", changed.getOrDefault(c.get("id").asText(), e.get("value").toString()));
                if (e.containsKey("uln")) {
                    b.type(row + "uln", e.get("uln").toString());
                }
            }
            b.waitForAjax();
            i++;
        }
        // leave the last field so its change event evaluates the form
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("document.activeElement.blur()");
        b.waitForAjax();
    }

    private void fillBaseline(Browser b, boolean nasopharynx) {
        b.type("vitalsForm:heightCm", "170").type("vitalsForm:weightKg", "700");
        b.click("vitalsForm:save");
        waitFor(b, "is not plausible");
        assertEquals("700", b.value("vitalsForm:weightKg"), "what was typed is kept");
        b.type("vitalsForm:weightKg", "70").type("vitalsForm:measuredOn", TODAY);
        // Mosteller: sqrt(170 cm × 70 kg / 3600) = 1.82 m²
        waitFor(b, "1.82 m²");
        b.click("vitalsForm:save");
        waitFor(b, "saved");
        new Select(b.element("ecogForm:ecog")).selectByValue("1");
        b.type("ecogForm:assessedOn", TODAY).click("ecogForm:save");
        b.click("demographicsForm:save");
        new Select(b.element("tumourForm:primarySite")).selectByValue(nasopharynx ? "NASOPHARYNX" : "OROPHARYNX");
        b.type("tumourForm:histology", nasopharynx ? "Non-keratinizing carcinoma" : "Squamous cell carcinoma");
        new Select(b.element("tumourForm:t")).selectByValue("T3");
        new Select(b.element("tumourForm:n")).selectByValue("N1");
        new Select(b.element("tumourForm:m")).selectByValue("M0");
        new Select(b.element("tumourForm:stage")).selectByValue("III");
        if (nasopharynx) {
            b.element("tumourForm:recurrent").click();
            new Select(b.element("tumourForm:rT")).selectByValue("T3");
            new Select(b.element("tumourForm:rN")).selectByValue("N0");
            new Select(b.element("tumourForm:rM")).selectByValue("M0");
            b.type("tumourForm:ebvDna", "1200");
        } else {
            new Select(b.element("tumourForm:hpvP16")).selectByValue("POSITIVE");
            b.type("tumourForm:pdl1Cps", "25");
        }
        b.click("tumourForm:save");
        b.element("historyForm:none").click();
        b.click("historyForm:save");
        b.element("therapyForm:none").click();
        b.click("therapyForm:save");
        for (String done : List.of("demoState", "ecogState", "vitalsState", "tumourState", "historyState", "therapyState")) {
            String form = switch (done) {
                case "demoState" -> "demographicsForm";
                case "ecogState" -> "ecogForm";
                case "vitalsState" -> "vitalsForm";
                case "tumourState" -> "tumourForm";
                case "historyState" -> "historyForm";
                default -> "therapyForm";
            };
            assertTrue(b.element(form + ":save").isDisplayed());
        }
    }

    private void journey(Browser b, String study, boolean nasopharynx) {
        String number = screen(b, study);
        long id = subjectId(b);
        fillEligibility(b, study, id, Map.of());
        b.click("eligForm:saveEligibility");
        waitFor(b, "Eligibility saved");
        assertEquals("Eligible", b.text("eligForm:outcomeText"));
        boolean randomised = study.equals("NCT07264075");
        if (randomised) {
            // the strata come from the tumour and ECOG forms; the screen shows them for confirmation, not for typing
            Casebook.section(b, "baseline");
            fillBaseline(b, nasopharynx);
        }
        Casebook.section(b, "enrolment");
        if (study.equals("NCT06494995")) {
            new Select(b.element("enrolForm:arm")).selectByValue("HYBRID_RT");
        }
        if (randomised) {
            assertEquals("CPS ≥20", b.text("enrolForm:strata:0:derived"));
            assertTrue(b.text("enrolForm:strata:0:derivedFrom").contains("PD-L1 CPS 25"), b.text("enrolForm:strata:0:derivedFrom"));
            assertEquals("Oropharynx, HPV/p16 positive", b.text("enrolForm:strata:1:derived"));
            assertEquals("ECOG 1", b.text("enrolForm:strata:2:derived"));
            assertTrue(b.all(org.openqa.selenium.By.cssSelector("[id$='level']")).isEmpty(), "no stratum is typed");
            assertTrue(b.text("enrolForm:strataConfirm").contains("derived from the recorded baseline forms"));
        }
        b.type("enrolForm:enrolledOn", TODAY).click("enrolForm:enrol");
        waitFor(b, "Subject number CN01-");
        assertTrue(b.text("enrolForm:enrolledText").contains("arm"), b.text("enrolForm:enrolledText"));
        if (randomised) {
            try (java.sql.Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                    "select stratum_key from randomisation_allocation where subject_id = ?")) {
                st.setLong(1, id);
                java.sql.ResultSet rs = st.executeQuery();
                assertTrue(rs.next());
                assertEquals("PDL1_CPS=CPS_GE_20|HPV_OROPHARYNX=OPC_HPV_POSITIVE|ECOG=ECOG_1", rs.getString(1));
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        }
        if (!randomised) {
            Casebook.section(b, "baseline");
            fillBaseline(b, nasopharynx);
        }
        b.go("study/view.xhtml?study=" + study);
        b.type("tabs:matrixForm:number", number).click("tabs:matrixForm:filter");
        // the row is labelled with the subject number once enrolled; its screening column counts eligibility + 6 forms
        waitFor(b, "CN01-");
        assertEquals(1, b.all(org.openqa.selenium.By.cssSelector("[id$='subjectLink']")).size(), "filtered to the subject");
        assertEquals("complete", b.all(org.openqa.selenium.By.cssSelector(".vigia-cell-COMPLETE")).get(0).getText());
    }

    @Test
    void aCoordinatorTakesASubjectOfEachTrialFromScreeningToBaseline() {
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW);
            journey(b, "NCT07041788", false);
            journey(b, "NCT06494995", false);
            journey(b, "NCT07277764", true);
            journey(b, "NCT07264075", false);
        }
    }

    @Test
    void anIneligibleSubjectIsStoppedWithTheReasonsShown() {
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW);
            screen(b, "NCT07041788");
            long id = subjectId(b);
            // registry: "Absolute neutrophil count (ANC) ≥1.5×10^9/L"; 1.2 does not meet it
            fillEligibility(b, "NCT07041788", id, Map.of("INC07A_ANC", "1.2"));
            assertEquals("Not eligible", b.text("eligForm:outcomeText"), "evaluated as it is filled");
            assertTrue(b.text("eligForm:outcome").contains("INC07A_ANC"), b.text("eligForm:outcome"));
            b.click("eligForm:saveEligibility");
            waitFor(b, "Eligibility saved");
            Casebook.section(b, "enrolment");
            b.type("enrolForm:enrolledOn", TODAY).click("enrolForm:enrol");
            waitFor(b, "The subject is not eligible");
            assertTrue(b.pageText().contains("INC07A_ANC"), b.pageText());
            b.click("enrolForm:screenFailure");
            waitFor(b, "Screen failure recorded");
            assertEquals("Screen failure", b.text("subjectStatus"));
            assertTrue(b.text("failureReasons").contains("INC07A_ANC"), b.text("failureReasons"));
        }
    }

    /**
     * Visit statuses from the data: a subject of NCT07041788 (enrolled 2026-09-05) with its SFRT fraction, the first
     * induction dose and its labs recorded through the API and treatment discontinued on 2026-09-20; the matrix shows
     * complete, overdue and not applicable cells with the legend; the subject page lists the visit dates from the
     * records and what is missing (the casebook's schedule section), and the coordinator marks the planning CT visit not
     * done with a reason on the visit's page of the casebook.
     */
    @Test
    void theMatrixAndTheVisitListShowTheStatusesFromTheRecords() {
        String study = "NCT07041788";
        JsonNode subject = DosingFixtures.enrolledSubject(base, study);
        long id = subject.get("id").asLong();
        ApiClient api = new ApiClient(base, "coordinator", PW);
        String path = "/api/v1/studies/" + study + "/subjects/" + id;
        assertEquals(201, api.post(path + "/radiotherapy", Map.of("course", "SFRT", "on", "2026-09-10", "doseGy", 10,
                "events", List.of())).status());
        assertEquals(201, api.post(path + "/administrations", Map.of("agent", "IPAROMLIMAB_TUVONRALIMAB", "phase",
                "INDUCTION", "cycle", 1, "day", 1, "on", "2026-09-15", "status", "GIVEN", "administeredMg", 350,
                "heightCm", 170, "weightKg", 70)).status());
        assertEquals(201, new ApiClient(base, "investigator", PW).post(path + "/treatment-discontinuation",
                Map.of("on", "2026-09-20", "reason", "ADVERSE_EVENT")).status());
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW);
            b.go("study/view.xhtml?study=" + study);
            b.type("tabs:matrixForm:number", subject.get("screeningNumber").asText()).click("tabs:matrixForm:filter");
            waitFor(b, subject.get("subjectNumber").asText());
            String table = "[id='tabs:matrixForm:matrix'] ";
            org.openqa.selenium.By complete = org.openqa.selenium.By.cssSelector(table + ".vigia-cell-COMPLETE");
            assertTrue(b.all(complete).stream().anyMatch(e -> e.getText().equals("complete")
                    && "SFRT fraction".equals(e.getAttribute("title"))), b.text("tabs:matrixForm:matrix"));
            assertTrue(b.all(org.openqa.selenium.By.cssSelector(table + ".vigia-cell-NOT_APPLICABLE")).stream()
                    .allMatch(e -> e.getText().equals("not applicable")));
            assertTrue(b.all(org.openqa.selenium.By.cssSelector(table + ".vigia-cell-NOT_APPLICABLE")).size() >= 3,
                    "maintenance and the later induction/CRT visits: " + b.text("tabs:matrixForm:matrix"));
            assertTrue(b.all(org.openqa.selenium.By.cssSelector(table + ".vigia-cell-OVERDUE")).stream()
                    .anyMatch(e -> e.getText().equals("overdue")), "SIM has no record");
            String legend = b.text("tabs:matrixForm:legend");
            for (String label : List.of("not started", "in progress", "complete", "overdue", "not done", "not applicable")) {
                assertTrue(legend.contains(label), legend);
            }

            b.go("subject/view.xhtml?id=" + id);
            Casebook.section(b, "schedule");
            String visits = b.text("scheduleForm:visits");
            assertTrue(visits.contains("2026-09-10 (from its records)"), visits);
            assertTrue(visits.contains("2026-09-15 (from its records)"), visits);
            assertTrue(visits.contains("pre-cycle laboratory tests"), "IND-C1D1 lacks its labs: " + visits);
            // the date entry and "mark not done" are on the visit's own page of the casebook
            Casebook.visit(b, "SIM");
            b.click("visitForm:markNotDone");
            waitFor(b, "Marking visit SIM not done needs a reason.");
            b.type("visitForm:visitReason", "planning CT done at the referring hospital").click("visitForm:markNotDone");
            waitFor(b, "planning CT done at the referring hospital");
            assertTrue(b.text("visitForm:visitStatus").contains("not done"), b.text("visitForm:visitStatus"));
            assertEquals("not done", Casebook.visitStatus(b, "SIM").getText(), "the side follows");
        }
    }
}
