package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A site coordinator records a progression on the follow-up screen (issue 15): found on imaging, it cites the
 * follow-up tumour assessment that shows PD, and a date before that scan is refused, naming the scan's date; on the
 * scan's date it is saved with its basis and the assessment it cites.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressionBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String STUDY = "NCT07041788";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private static void choose(Browser b, String id, String value) {
        ((JavascriptExecutor) b.driver()).executeScript(
                "PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')].selectValue(arguments[1]);", id, value);
        b.waitForAjax();
        assertEquals(value, b.driver().findElement(By.id(id + "_input")).getAttribute("value"));
    }

    @Test
    void aProgressionOnImagingCarriesTheDateOfTheScanThatShowsIt() throws Exception {
        ApiClient c = new ApiClient(base, "coordinator", PW);
        long id = enrolledSubject(c);
        String path = "/api/v1/studies/" + STUDY + "/subjects/" + id + "/tumour-assessments";
        Map<String, Object> lesion = new HashMap<>(Map.of("code", "T1", "role", "TARGET", "organ", "LUNG",
                "diameterMm", 40, "method", "CT", "scannedOn", "2026-01-03", "irradiation", "NOT_IRRADIATED"));
        assertEquals(200, c.put(path + "/baseline", Map.of("assessedOn", "2026-01-03", "lesions", List.of(lesion))).status());
        ApiClient.Reply pd = c.post(path + "/follow-ups", Map.of("assessedOn", "2026-03-30", "newLesions", "NO",
                "findings", List.of(Map.of("lesion", "T1", "finding", "MEASURED", "diameterMm", 62))));
        assertEquals(201, pd.status(), pd.body());
        JsonNode scan = pd.json().get("followUps").get(0);
        assertEquals("PD", scan.get("overallResponse").asText(), pd.body());
        String scanId = scan.get("id").asText();

        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW).go("followup/subject.xhtml?subject=" + id);
            choose(b, "eventForm:basis", "IMAGING");
            choose(b, "eventForm:assessment", scanId);
            b.type("eventForm:on", "2026-03-20");
            b.click("eventForm:save");
            b.waitForText("before the scan that shows it, dated 2026-03-30");
            assertFalse(b.pageText().contains("Saved."), b.pageText());

            b.type("eventForm:on", "2026-03-30");
            b.click("eventForm:save");
            b.waitForText("Saved.");
            assertTrue(b.text("listsForm:events").contains("Imaging (tumour assessment)"), b.text("listsForm:events"));
        }
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(
                "select event_date, basis, tumour_assessment_id from disease_event where subject_id = ?")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            assertTrue(rs.next());
            assertEquals("2026-03-30", rs.getString(1));
            assertEquals("IMAGING", rs.getString(2));
            assertEquals(Long.parseLong(scanId), rs.getLong(3));
            assertFalse(rs.next(), "the refused date stored nothing");
        }
    }

    private static long siteId(ApiClient admin, String code) {
        for (JsonNode s : admin.get("/api/v1/sites").json()) {
            if (code.equals(s.get("code").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    /** A subject at CN01: consent 2026-01-01, enrolled 2026-01-05. */
    private long enrolledSubject(ApiClient c) {
        ApiClient.Reply r = c.post("/api/v1/studies/" + STUDY + "/subjects", Map.of("siteId",
                siteId(new ApiClient(base, "admin", PW), "CN01"), "screeningNumber",
                "B" + ThreadLocalRandom.current().nextInt(100000, 999999), "sex", "M", "birthYear", 1960,
                "consentDate", "2026-01-01", "screenedOn", "2026-01-02"));
        assertEquals(201, r.status(), r.body());
        long id = r.json().get("id").asLong();
        EligibilityFill.fillEligible(c, STUDY, id);
        ApiClient.Reply e = c.post("/api/v1/studies/" + STUDY + "/subjects/" + id + "/enrolment",
                Map.of("version", r.json().get("version").asLong(), "enrolledOn", "2026-01-05"));
        assertEquals(200, e.status(), e.body());
        return id;
    }
}
