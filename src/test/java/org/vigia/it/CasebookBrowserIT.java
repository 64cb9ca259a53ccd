package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The subject page as a casebook (issue 16): a subject of NCT07041788 (enrolled 2026-09-05) with its SFRT fraction,
 * the first induction dose and the vital signs of that visit recorded through the API. The coordinator opens the
 * subject: the visits are down the side with their statuses from the data (SFRT complete, the planning CT overdue),
 * and the page shows the current visit, the first neither complete, not done nor not applicable; selecting the first
 * induction visit shows only that visit, its procedures each with its status (the pre-cycle labs missing, dosing and
 * weight recorded, the vital signs form complete, the ECOG form missing, the AEs a running log); opening the
 * vital signs form leads to the form screen of that visit, which leads back to the visit.
 */
@ExtendWith(ArquillianExtension.class)
class CasebookBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String STUDY = "NCT07041788";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aCoordinatorMovesThroughTheVisitsOfTheCasebookAndOpensAForm() {
        JsonNode subject = DosingFixtures.enrolledSubject(base, STUDY);
        long id = subject.get("id").asLong();
        ApiClient api = new ApiClient(base, "coordinator", PW);
        String path = "/api/v1/studies/" + STUDY + "/subjects/" + id;
        assertEquals(201, api.post(path + "/radiotherapy", Map.of("course", "SFRT", "on", "2026-09-10", "doseGy", 10,
                "events", List.of())).status());
        assertEquals(201, api.post(path + "/administrations", Map.of("agent", "IPAROMLIMAB_TUVONRALIMAB", "phase",
                "INDUCTION", "cycle", 1, "day", 1, "on", "2026-09-15", "status", "GIVEN", "administeredMg", 350,
                "heightCm", 170, "weightKg", 70)).status());
        ApiClient.Reply vitals = api.put(path + "/visits/IND-C1D1/forms/VS", Map.of("values", Map.of(
                "VS[0].VSDAT", "2026-09-15", "VS[0].WEIGHT", "70.0", "VS[0].SYSBP", "120", "VS[0].DIABP", "80")));
        assertEquals(200, vitals.status(), vitals.body());
        assertEquals("COMPLETE", vitals.json().get("status").asText());

        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW);
            b.go("subject/view.xhtml?id=" + id);

            // the visits down the side, in the schedule's order, each with the status the schedule gives (label, colour)
            JsonNode schedule = api.get(path + "/schedule").json();
            List<WebElement> side = b.all(By.cssSelector("a[data-visit]"));
            List<String> codes = side.stream().map(a -> a.getAttribute("data-visit")).toList();
            List<String> expected = new java.util.ArrayList<>();
            schedule.forEach(v -> expected.add(v.get("code").asText()));
            assertEquals(expected, codes);
            for (JsonNode v : schedule) {
                String status = v.get("status").asText();
                assertTrue(Casebook.visitStatus(b, v.get("code").asText()).getAttribute("class").contains("vigia-cell-" + status),
                        v.toString());
            }
            assertStatus(b, "SFRT", "COMPLETE", "complete");
            assertStatus(b, "SIM", "OVERDUE", "overdue");
            assertTrue(Casebook.visitEntry(b, "SFRT").contains("2026-09-10"), "the date from its records: "
                    + Casebook.visitEntry(b, "SFRT"));

            // without a section, the current visit: the first that is neither complete, not done nor not applicable
            String current = null;
            for (JsonNode v : schedule) {
                if (!Set.of("COMPLETE", "NOT_DONE", "NOT_APPLICABLE").contains(v.get("status").asText())) {
                    current = v.get("code").asText();
                    break;
                }
            }
            assertTrue(b.text("visitPanel").contains("(" + current + ")"), current + ": " + b.text("visitPanel"));
            assertTrue(b.all(By.id("schedulePanel")).isEmpty() && b.all(By.id("eligibilityPanel")).isEmpty(),
                    "one section at a time");

            Casebook.visit(b, "IND-C1D1");
            assertEquals("overdue", b.text("visitForm:visitStatus"), "its window has passed without the labs");
            assertTrue(b.text("visitForm:dataDate").contains("2026-09-15"), b.text("visitForm:dataDate"));
            List<String> rows = Casebook.procedures(b);
            assertRow(rows, "pre-cycle laboratory tests", "missing");
            assertRow(rows, "dosing", "recorded");
            assertRow(rows, "weight", "recorded");
            assertRow(rows, "Vital signs", "complete");
            assertRow(rows, "ECOG performance status", "missing"); // the EC form, not saved at this visit
            assertRow(rows, "safety contact (adverse events)", "running log of the subject");
            assertTrue(rows.stream().noneMatch(r -> r.matches("(?s).*\\b[A-Z]+_[A-Z_]+\\b.*")), "no raw code: " + rows);

            WebElement open = b.driver().findElement(By.xpath(
                    "//*[@id='visitForm:procedures']//tr[contains(., 'Vital signs')]//a[contains(@id, ':open')]"));
            open.click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("subject/form.xhtml"));
            b.waitForAjax();
            assertTrue(b.driver().getCurrentUrl().contains("visit=IND-C1D1") && b.driver().getCurrentUrl().contains("form=VS"),
                    b.driver().getCurrentUrl());
            assertEquals("Complete", b.text("fform:status"));
            assertEquals("IND-C1D1", b.text("visitCode"));

            b.click("backToSubject");
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("subject/view.xhtml"));
            assertTrue(b.text("visitPanel").contains("(IND-C1D1)"), "back at the visit: " + b.text("visitPanel"));
        }
    }

    private static void assertStatus(Browser b, String visit, String status, String label) {
        WebElement s = Casebook.visitStatus(b, visit);
        assertEquals(label, s.getText(), visit);
        assertTrue(s.getAttribute("class").contains("vigia-cell-" + status), visit + ": " + s.getAttribute("class"));
    }

    private static void assertRow(List<String> rows, String form, String state) {
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(form) && r.contains(state)), form + " " + state + ": " + rows);
    }
}
