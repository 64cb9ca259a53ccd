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

    @Test
    void aDeathDateBeforeARecordOrAnAdverseEventIsRefusedNamingIt() {
        ApiClient c = as("coordinator");
        String subject = subject(c);
        assertEquals(201, c.post(subject + "/lab-results", lab("2026-03-10", false)).status());
        Map<String, Object> ae = new HashMap<>(Map.of("meddraCode", "10028130", "onset", "2026-03-20", "ongoing", true,
                "grade", 1, "serious", false));
        ApiClient.Reply aeSaved = as("investigator").post(subject + "/adverse-events", ae);
        assertEquals(201, aeSaved.status(), aeSaved.body());

        ApiClient.Reply beforeLab = c.post(subject + "/follow-up-contacts", Map.of("contactDate", "2026-03-25",
                "survivalStatus", "DEAD", "deathDate", "2026-03-05", "deathCause", "DISEASE"));
        refused(beforeLab, "deathDate", "2026-03-10");
        assertTrue(beforeLab.json().get("fields").get("deathDate").asText().contains("laboratory"), beforeLab.body());
        ApiClient.Reply beforeAe = c.post(subject + "/follow-up-contacts", Map.of("contactDate", "2026-03-25",
                "survivalStatus", "DEAD", "deathDate", "2026-03-15", "deathCause", "DISEASE"));
        refused(beforeAe, "deathDate", "2026-03-20");
        assertTrue(beforeAe.json().get("fields").get("deathDate").asText().contains("Mucositis oral"), beforeAe.body());
        ApiClient.Reply death = c.post(subject + "/follow-up-contacts", Map.of("contactDate", "2026-03-25",
                "survivalStatus", "DEAD", "deathDate", "2026-03-21", "deathCause", "DISEASE"));
        assertEquals(201, death.status(), "after every record: " + death.body());
    }

    @Test
    void aRedatedScanMovesTheProgressionItShows() throws Exception {
        ApiClient c = as("coordinator");
        String subject = subject(c);
        String path = subject + "/tumour-assessments";
        assertEquals(200, c.put(path + "/baseline", baseline("2026-01-03", "2026-01-03", 40)).status());
        ApiClient.Reply pd = c.post(path + "/follow-ups", followUp("2026-03-30", 62));
        JsonNode scan = pd.json().get("followUps").get(0);
        assertEquals("PD", scan.get("overallResponse").asText(), pd.body());
        ApiClient.Reply event = c.post(subject + "/disease-events", event("2026-03-30", "IMAGING", scan.get("id").asLong(), null));
        assertEquals(201, event.status(), event.body());

        Map<String, Object> redated = new HashMap<>(followUp("2026-03-27", 62));
        redated.put("version", scan.get("version").asLong());
        redated.put("reason", "scan date corrected from the radiology report");
        ApiClient.Reply moved = c.put(path + "/follow-ups/" + scan.get("id").asLong(), redated);
        assertEquals(200, moved.status(), moved.body());
        try (Connection db = TestDatabase.connect(); var st = db.prepareStatement(
                "select e.event_date, (select count(*) from audit_log a where a.entity_type = 'DiseaseEvent'"
                        + " and a.entity_id = e.id and a.action = 'UPDATE' and a.reason like 'scan date corrected%'"
                        + " and a.old_value = '2026-03-30' and a.new_value = '2026-03-27')"
                        + " from disease_event e where e.tumour_assessment_id = ?")) {
            st.setLong(1, scan.get("id").asLong());
            ResultSet rs = st.executeQuery();
            assertTrue(rs.next());
            assertEquals("2026-03-27", rs.getString(1), "the progression is dated as its scan");
            assertEquals(1, rs.getInt(2), "the move is audited with the reason, old and new date");
        }
    }

    @Test
    void studyTreatmentBeforeEnrolmentIsRefused() {
        ApiClient c = as("coordinator");
        String subject = subject(c);
        Map<String, Object> body = new HashMap<>(Map.of("agent", "IPAROMLIMAB_TUVONRALIMAB", "phase", "INDUCTION",
                "cycle", 1, "day", 1, "on", "2026-01-03", "status", "GIVEN", "administeredMg", 350, "heightCm", 170,
                "weightKg", 70));
        body.put("infusionStart", "2026-01-03T02:00:00Z");
        body.put("infusionStop", "2026-01-03T03:00:00Z");
        ApiClient.Reply early = c.post(subject + "/administrations", body);
        refused(early, "on", "2026-01-05");
        assertTrue(early.json().get("fields").get("on").asText().contains("enrolment"), early.body());
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
