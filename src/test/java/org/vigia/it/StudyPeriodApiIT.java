package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
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

/**
 * Clinical dates lie within the subject's time in the study (issue 15), through the API: records before consent or
 * after death are refused with 400 naming the field and the conflicting date; the baseline imaging and labs the
 * protocols allow before consent pass within the screening window (NCT07041788: 28 days before enrolment); a
 * progression found on imaging carries the date of the scan that shows it.
 * Every subject: consent 2026-01-01, enrolled 2026-01-05 (screening window opens 2025-12-08).
 */
@ExtendWith(ArquillianExtension.class)
class StudyPeriodApiIT {

    private static final String STUDY = "NCT07041788";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, Deployments.DEMO_PASSWORD);
    }

    @Test
    void aLabResultBeforeConsentIsRefusedButABaselineResultInTheScreeningWindowPasses() {
        ApiClient c = as("coordinator");
        String labs = subject(c) + "/lab-results";
        ApiClient.Reply before = c.post(labs, lab("2025-12-31", false));
        refused(before, "collectedOn", "2026-01-01");
        assertTrue(before.json().get("message").asText().contains("informed consent"), before.body());

        assertEquals(201, c.post(labs, lab("2025-12-20", true)).status(), "baseline 12 days before consent");
        ApiClient.Reply early = c.post(labs, lab("2025-12-07", true));
        refused(early, "collectedOn", "2025-12-08");
        assertEquals(201, c.post(labs, lab("2026-01-01", false)).status(), "the day of consent");
    }

    @Test
    void baselineImagingBeforeConsentPassesWithinTheScreeningWindowOnly() throws Exception {
        ApiClient c = as("coordinator");
        String path = subject(c) + "/tumour-assessments";
        ApiClient.Reply tooEarly = c.put(path + "/baseline", baseline("2025-12-01", "2025-12-01", 40));
        refused(tooEarly, "assessedOn", "2025-12-08");
        ApiClient.Reply lesionTooEarly = c.put(path + "/baseline", baseline("2025-12-20", "2025-12-07", 40));
        refused(lesionTooEarly, "lesions.T1", "2025-12-08");

        ApiClient.Reply ok = c.put(path + "/baseline", baseline("2025-12-20", "2025-12-18", 40));
        assertEquals(200, ok.status(), ok.body());
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement(
                "select assessed_on from tumour_assessment where id = ?")) {
            st.setLong(1, ok.json().get("baseline").get("id").asLong());
            ResultSet rs = st.executeQuery();
            assertTrue(rs.next());
            assertEquals("2025-12-20", rs.getString(1));
        }
    }

    @Test
    void anAssessmentAfterDeathIsRefusedNamingTheDeathDate() {
        ApiClient c = as("coordinator");
        String subject = subject(c);
        String path = subject + "/tumour-assessments";
        assertEquals(200, c.put(path + "/baseline", baseline("2026-01-03", "2026-01-03", 40)).status());
        ApiClient.Reply contactBeforeConsent = c.post(subject + "/follow-up-contacts",
                Map.of("contactDate", "2025-12-30", "survivalStatus", "ALIVE"));
        refused(contactBeforeConsent, "contactDate", "2026-01-01");
        ApiClient.Reply death = c.post(subject + "/follow-up-contacts", Map.of("contactDate", "2026-03-05",
                "survivalStatus", "DEAD", "deathDate", "2026-03-01", "deathCause", "DISEASE"));
        assertEquals(201, death.status(), death.body());

        refused(c.post(path + "/follow-ups", followUp("2026-03-10", 38)), "assessedOn", "2026-03-01");
        ApiClient.Reply onTheDay = c.post(path + "/follow-ups", followUp("2026-03-01", 38));
        assertEquals(201, onTheDay.status(), "the day of death is within the study: " + onTheDay.body());
        refused(c.post(subject + "/lab-results", lab("2026-03-02", false)), "collectedOn", "2026-03-01");
    }

    @Test
    void aProgressionCarriesTheDateOfTheScanThatShowsItOrAClinicalMethod() {
        ApiClient c = as("coordinator");
        String subject = subject(c);
        String path = subject + "/tumour-assessments";
        assertEquals(200, c.put(path + "/baseline", baseline("2026-01-03", "2026-01-03", 40)).status());
        assertEquals(201, c.post(path + "/follow-ups", followUp("2026-02-16", 42)).status());
        ApiClient.Reply pd = c.post(path + "/follow-ups", followUp("2026-03-30", 62)); // +55 % and +22 mm: PD
        assertEquals(201, pd.status(), pd.body());
        JsonNode stable = pd.json().get("followUps").get(0);
        JsonNode progression = pd.json().get("followUps").get(1);
        assertEquals("PD", progression.get("overallResponse").asText(), pd.body());
        long scan = progression.get("id").asLong();
        String events = subject + "/disease-events";

        refused(c.post(events, Map.of("kind", "PROGRESSION", "extent", "LOCAL", "on", "2026-03-20")), "basis", "imaging");
        ApiClient.Reply beforeScan = c.post(events, event("2026-03-20", "IMAGING", scan, null));
        refused(beforeScan, "on", "2026-03-30");
        assertTrue(beforeScan.json().get("message").asText().contains("before the scan"), beforeScan.body());
        refused(c.post(events, event("2026-02-16", "IMAGING", stable.get("id").asLong(), null)), "assessmentId",
                "2026-02-16");
        refused(c.post(events, event("2026-03-10", "CLINICAL", null, " ")), "method", "method");

        ApiClient.Reply imaging = c.post(events, event("2026-03-30", "IMAGING", scan, "CT"));
        assertEquals(201, imaging.status(), imaging.body());
        ApiClient.Reply clinical = c.post(events, event("2026-03-10", "CLINICAL", null, "Clinical examination"));
        assertEquals(201, clinical.status(), "a clinical progression may precede the scan: " + clinical.body());
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A 400 naming {@code field} whose message names {@code named} (the conflicting date or the missing piece). */
    private static void refused(ApiClient.Reply r, String field, String named) {
        assertEquals(400, r.status(), r.body());
        JsonNode fields = r.json().get("fields");
        assertTrue(fields != null && fields.has(field), "field " + field + ": " + r.body());
        assertTrue(fields.get(field).asText().contains(named), "'" + named + "' in " + r.body());
    }

    private static Map<String, Object> lab(String on, boolean baseline) {
        return Map.of("test", "ANC", "collectedOn", on, "value", 3.2, "unit", "10^9/L", "baseline", baseline);
    }

    private static Map<String, Object> baseline(String assessedOn, String scannedOn, int mm) {
        Map<String, Object> l = new HashMap<>();
        l.put("code", "T1");
        l.put("role", "TARGET");
        l.put("organ", "LUNG");
        l.put("diameterMm", mm);
        l.put("method", "CT");
        l.put("scannedOn", scannedOn);
        l.put("irradiation", "NOT_IRRADIATED");
        return Map.of("assessedOn", assessedOn, "lesions", List.of(l));
    }

    private static Map<String, Object> followUp(String on, int mm) {
        List<Map<String, Object>> findings = new ArrayList<>();
        findings.add(Map.of("lesion", "T1", "finding", "MEASURED", "diameterMm", mm));
        return Map.of("assessedOn", on, "newLesions", "NO", "findings", findings);
    }

    private static Map<String, Object> event(String on, String basis, Long assessmentId, String method) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "PROGRESSION");
        m.put("extent", "LOCAL");
        m.put("on", on);
        m.put("basis", basis);
        m.put("assessmentId", assessmentId);
        m.put("method", method);
        return m;
    }

    private long siteId(String code) {
        for (JsonNode s : as("admin").get("/api/v1/sites").json()) {
            if (code.equals(s.get("code").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    /** A subject at CN01 with consent on 2026-01-01, enrolled on 2026-01-05; its API path. */
    private String subject(ApiClient client) {
        String number = "P" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ApiClient.Reply registered = client.post("/api/v1/studies/" + STUDY + "/subjects", Map.of("siteId", siteId("CN01"),
                "screeningNumber", number, "sex", "F", "birthYear", 1962, "consentDate", "2026-01-01",
                "screenedOn", "2026-01-02"));
        assertEquals(201, registered.status(), registered.body());
        long id = registered.json().get("id").asLong();
        EligibilityFill.fillEligible(client, STUDY, id);
        ApiClient.Reply enrolled = client.post("/api/v1/studies/" + STUDY + "/subjects/" + id + "/enrolment",
                Map.of("version", registered.json().get("version").asLong(), "enrolledOn", "2026-01-05"));
        assertEquals(200, enrolled.status(), enrolled.body());
        return "/api/v1/studies/" + STUDY + "/subjects/" + id;
    }
}
