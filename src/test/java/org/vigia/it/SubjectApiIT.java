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

/**
 * The subject API: eligibility evaluated at registry thresholds, enrolment gated by eligibility, overrides by
 * investigators only, baseline plausibility and concurrency, lab units, visit schedule, matrix, site scoping.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient coordinator() {
        return new ApiClient(base, "coordinator", PW);
    }

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    private long siteId(String code) {
        for (JsonNode s : as("admin").get("/api/v1/sites").json()) {
            if (code.equals(s.get("code").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    private JsonNode register(ApiClient who, String study, String site) {
        String number = "A" + ThreadLocalRandom.current().nextInt(1000000, 9999999);
        ApiClient.Reply r = who.post("/api/v1/studies/" + study + "/subjects", Map.of("siteId", siteId(site),
                "screeningNumber", number, "sex", "M", "birthYear", 1960, "consentDate", "2026-01-05",
                "screenedOn", "2026-01-06"));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static String path(String study, JsonNode subject, String rest) {
        return "/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong() + rest;
    }

    /** Re-saves the eligible form with one criterion's entry replaced; returns that criterion's result and the outcome. */
    private JsonNode withValue(ApiClient who, String study, JsonNode subject, String criterion, Map<String, Object> entry) {
        JsonNode form = who.get(path(study, subject, "/eligibility")).json();
        Map<String, Map<String, Object>> entries = EligibilityFill.eligibleEntries(form);
        entries.put(criterion, entry);
        // a lab value comes from a lab result: the lab reports it first
        EligibilityFill.recordScreeningLabs(who, study, subject.get("id").asLong(), form, Map.of(criterion, entry),
                subject.get("screenedOn").asText());
        Map<String, Object> body = new HashMap<>();
        body.put("version", form.get("version").asLong());
        body.put("entries", entries);
        body.put("reason", "boundary check");
        ApiClient.Reply r = who.put(path(study, subject, "/eligibility"), body);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static JsonNode criterion(JsonNode form, String id) {
        for (JsonNode c : form.get("criteria")) {
            if (id.equals(c.get("id").asText())) {
                return c;
            }
        }
        throw new AssertionError(id);
    }

    private void assertBoundary(String study, String criterion, String met, String notMet) {
        JsonNode subject = register(coordinator(), study, "CN01");
        EligibilityFill.fillEligible(coordinator(), study, subject.get("id").asLong());
        JsonNode atEdge = withValue(coordinator(), study, subject, criterion, Map.of("value", met));
        assertEquals("MET", criterion(atEdge, criterion).get("status").asText(), study + " " + criterion + " = " + met);
        assertEquals("ELIGIBLE", atEdge.get("outcome").asText());
        JsonNode beyond = withValue(coordinator(), study, subject, criterion, Map.of("value", notMet));
        JsonNode c = criterion(beyond, criterion);
        assertEquals("NOT_MET", c.get("status").asText(), study + " " + criterion + " = " + notMet);
        assertFalse(c.get("thresholdApplied").asText().isEmpty(), "the threshold is shown");
        assertEquals("NOT_ELIGIBLE", beyond.get("outcome").asText());
        assertTrue(beyond.get("reasons").get(0).asText().contains(criterion), beyond.get("reasons").toString());
    }

    @Test
    void eachTrialsCriteriaAreEvaluatedAtTheirRegistryBoundary() {
        // NCT07041788 inclusion: "Absolute neutrophil count (ANC) ≥1.5×10^9/L"
        assertBoundary("NCT07041788", "INC07A_ANC", "1.5", "1.49");
        // NCT06494995 inclusion: "Platelet count ≥100×10^9/L"
        assertBoundary("NCT06494995", "INC09B_PLT", "100", "99");
        // NCT07277764: "ECOG 0-1"
        assertBoundary("NCT07277764", "INC05_ECOG", "1", "2");
        // NCT07264075 inclusion: "Haemoglobin ≥ 10 g/dL"
        assertBoundary("NCT07264075", "INC10A_HGB", "10", "9.9");
        // NCT07264075: "ANC ≥ 1.5×10^9/L (1,500/mm3)": the same limit entered in /mm3
        JsonNode subject = register(coordinator(), "NCT07264075", "CN01");
        EligibilityFill.fillEligible(coordinator(), "NCT07264075", subject.get("id").asLong());
        JsonNode mm3 = withValue(coordinator(), "NCT07264075", subject, "INC10A_ANC", Map.of("value", "1500", "unit", "/mm3"));
        assertEquals("MET", criterion(mm3, "INC10A_ANC").get("status").asText());
        JsonNode below = withValue(coordinator(), "NCT07264075", subject, "INC10A_ANC", Map.of("value", "1499", "unit", "/mm3"));
        assertEquals("NOT_MET", criterion(below, "INC10A_ANC").get("status").asText());
    }

    @Test
    void enrolmentNeedsAnEligibleAssessmentAndAnIneligibleSubjectFailsScreening() {
        String study = "NCT07041788";
        JsonNode subject = register(coordinator(), study, "CN01");
        ApiClient.Reply none = coordinator().post(path(study, subject, "/enrolment"),
                Map.of("version", subject.get("version").asLong(), "enrolledOn", "2026-01-10"));
        assertEquals(400, none.status(), none.body());
        assertTrue(none.json().get("fields").has("eligibility"), none.body());

        EligibilityFill.fillEligible(coordinator(), study, subject.get("id").asLong());
        withValue(coordinator(), study, subject, "INC07A_ANC", Map.of("value", "1.2"));
        ApiClient.Reply refused = coordinator().post(path(study, subject, "/enrolment"),
                Map.of("version", subject.get("version").asLong(), "enrolledOn", "2026-01-10"));
        assertEquals(400, refused.status(), refused.body());
        String why = refused.json().get("fields").get("eligibility").asText();
        assertTrue(why.contains("not eligible") && why.contains("INC07A_ANC"), why);

        ApiClient.Reply failed = coordinator().post(path(study, subject, "/eligibility/screen-failure"),
                Map.of("version", subject.get("version").asLong()));
        assertEquals(200, failed.status(), failed.body());
        assertEquals("SCREEN_FAILED", failed.json().get("status").asText());
    }

    @Test
    void onlyAnInvestigatorOverridesACriterionAndTheOverrideIsAudited() {
        String study = "NCT06494995";
        JsonNode subject = register(coordinator(), study, "CN01");
        JsonNode form = EligibilityFill.fillEligible(coordinator(), study, subject.get("id").asLong());
        Map<String, Object> body = new HashMap<>();
        body.put("version", form.get("version").asLong());
        body.put("entries", EligibilityFill.eligibleEntries(form));
        body.put("overrides", Map.of("INC09C_HGB", "Transfused; documented by PI"));
        ApiClient.Reply byCoordinator = coordinator().put(path(study, subject, "/eligibility"), body);
        assertEquals(403, byCoordinator.status(), byCoordinator.body());
        ApiClient.Reply byInvestigator = as("investigator").put(path(study, subject, "/eligibility"), body);
        assertEquals(200, byInvestigator.status(), byInvestigator.body());
        assertEquals("MET_BY_OVERRIDE", criterion(byInvestigator.json(), "INC09C_HGB").get("status").asText());
        JsonNode audit = as("admin").get("/api/v1/audit?action=OVERRIDE&entityId=" + subject.get("id").asLong()).json();
        assertEquals(1, audit.get("total").asInt(), audit.toString());
    }

    @Test
    void implausibleWeightIsRefusedWithTheFieldAndBsaFollowsMosteller() {
        String study = "NCT07041788";
        JsonNode subject = register(coordinator(), study, "CN01");
        ApiClient.Reply bad = coordinator().put(path(study, subject, "/baseline/VITALS"),
                Map.of("data", Map.of("heightCm", "170", "weightKg", "700", "measuredOn", "2026-01-06")));
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.json().get("fields").get("weightKg").asText().contains("700"), bad.body());
        assertFalse(coordinator().get(path(study, subject, "/baseline/VITALS")).json().hasNonNull("version"), "nothing saved");
        ApiClient.Reply ok = coordinator().put(path(study, subject, "/baseline/VITALS"),
                Map.of("data", Map.of("heightCm", "170", "weightKg", "70", "measuredOn", "2026-01-06")));
        assertEquals(200, ok.status(), ok.body());
        // Mosteller: sqrt(170 × 70 / 3600) = sqrt(3.3056) = 1.818 → 1.82 m²
        assertEquals("1.82", ok.json().get("data").get("bsa").asText());
        assertTrue(ok.json().get("complete").asBoolean());
    }

    @Test
    void aConcurrentBaselineEditGetsAConflictAndAnEditNeedsAReason() {
        String study = "NCT07264075";
        JsonNode subject = register(coordinator(), study, "CN01");
        JsonNode saved = coordinator().put(path(study, subject, "/baseline/ECOG"),
                Map.of("data", Map.of("ecog", 1, "assessedOn", "2026-01-06"))).json();
        long version = saved.get("version").asLong();
        ApiClient.Reply noReason = coordinator().put(path(study, subject, "/baseline/ECOG"),
                Map.of("version", version, "data", Map.of("ecog", 0, "assessedOn", "2026-01-06")));
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.json().get("fields").has("reason"));
        ApiClient.Reply first = coordinator().put(path(study, subject, "/baseline/ECOG"),
                Map.of("version", version, "data", Map.of("ecog", 0, "assessedOn", "2026-01-06"), "reason", "source corrected"));
        assertEquals(200, first.status(), first.body());
        ApiClient.Reply second = as("investigator").put(path(study, subject, "/baseline/ECOG"),
                Map.of("version", version, "data", Map.of("ecog", 2, "assessedOn", "2026-01-06"), "reason", "my reading"));
        assertEquals(409, second.status(), second.body());
        assertEquals(0, coordinator().get(path(study, subject, "/baseline/ECOG")).json().get("data").get("ecog").asInt(),
                "the first save is kept");
    }

    @Test
    void medicalHistoryUsesCtcaeTermsAndGrades() {
        String study = "NCT07277764";
        JsonNode subject = register(coordinator(), study, "CN01");
        // CTCAE v5.0 "Dry mouth" defines grades 1-3 only: grade 4 is refused
        ApiClient.Reply grade4 = coordinator().put(path(study, subject, "/baseline/MEDICAL_HISTORY"), Map.of("data",
                Map.of("items", List.of(Map.of("term", "Dry mouth", "grade", 4, "category", "BASELINE_SIGN")))));
        assertEquals(400, grade4.status(), grade4.body());
        assertTrue(grade4.json().get("fields").has("items[0].grade"), grade4.body());
        ApiClient.Reply bad = coordinator().put(path(study, subject, "/baseline/MEDICAL_HISTORY"), Map.of("data",
                Map.of("items", List.of(Map.of("term", "Hypertension", "grade", 2, "category", "MEDICAL_HISTORY")))));
        assertEquals(200, bad.status(), bad.body());
        ApiClient.Reply unknown = coordinator().put(path(study, subject, "/baseline/MEDICAL_HISTORY"), Map.of(
                "version", bad.json().get("version").asLong(), "reason", "wrong term",
                "data", Map.of("items", List.of(Map.of("term", "Sore knee", "grade", 1)))));
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().get("fields").has("items[0].term"), unknown.body());
        ApiClient.Reply dryMouth = coordinator().put(path(study, subject, "/baseline/MEDICAL_HISTORY"), Map.of(
                "version", bad.json().get("version").asLong(), "reason", "entered the wrong condition",
                "data", Map.of("items", List.of(Map.of("term", "Dry mouth", "grade", 1, "category", "BASELINE_SIGN")))));
        assertEquals(200, dryMouth.status(), dryMouth.body());
        JsonNode conditions = coordinator().get(path(study, subject, "/baseline/conditions")).json();
        assertEquals("Dry mouth", conditions.get(0).get("term").asText());
        assertEquals(1, conditions.get(0).get("grade").asInt());
    }

    @Test
    void aLabUnitMustFitTheTestAndAValueMustBeANumber() {
        String study = "NCT07041788";
        JsonNode subject = register(coordinator(), study, "CN01");
        ApiClient.Reply wrongUnit = coordinator().post(path(study, subject, "/labs"),
                Map.of("test", "ANC", "collectedOn", "2026-01-06", "value", "1.2", "unit", "mg/dL"));
        assertEquals(400, wrongUnit.status(), wrongUnit.body());
        assertTrue(wrongUnit.json().get("fields").has("unit"), wrongUnit.body());
        ApiClient.Reply abc = coordinator().post(path(study, subject, "/labs"),
                Map.of("test", "ANC", "collectedOn", "2026-01-06", "value", "abc", "unit", "10^9/L"));
        assertEquals(400, abc.status(), abc.body());
        assertTrue(abc.json().get("fields").get("value").asText().contains("abc"), abc.body());
        ApiClient.Reply ok = coordinator().post(path(study, subject, "/labs"),
                Map.of("test", "ANC", "collectedOn", "2026-01-06", "value", "1200", "unit", "/mm3", "baseline", true));
        assertEquals(201, ok.status(), ok.body());
        // 1 × 10^9/L = 1000 /mm3, so 1200 /mm3 = 1.2 × 10^9/L
        assertEquals(0, new java.math.BigDecimal("1.2").compareTo(ok.json().get("canonicalValue").decimalValue()));
        assertFalse(ok.json().get("uln").isNull(), "a default normal range applies: " + ok.body());
        assertEquals(1, coordinator().get(path(study, subject, "/labs")).json().size());
    }

    @Test
    void aCoordinatorOfCn01Gets404ForACn02SubjectAndTheAttemptIsAudited() throws Exception {
        String study = "NCT07264075";
        JsonNode other = register(as("admin"), study, "CN02");
        for (String rest : List.of("/eligibility", "/baseline", "/baseline/VITALS", "/labs", "/schedule")) {
            ApiClient.Reply r = coordinator().get(path(study, other, rest));
            assertEquals(404, r.status(), rest + ": " + r.body());
        }
        ApiClient.Reply put = coordinator().put(path(study, other, "/baseline/ECOG"), Map.of("data", Map.of("ecog", 1)));
        assertEquals(404, put.status(), put.body());
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select count(*) from audit_log where action = 'ACCESS_REFUSED' and entity_type = 'Subject' and entity_id = ? and username = 'coordinator'")) {
            st.setString(1, other.get("id").asText());
            ResultSet rs = st.executeQuery();
            rs.next();
            assertTrue(rs.getInt(1) >= 6, "every refused call is audited: " + rs.getInt(1));
        }
        JsonNode matrix = coordinator().get("/api/v1/studies/" + study + "/subjects/matrix?number="
                + other.get("screeningNumber").asText()).json();
        assertEquals(0, matrix.get("total").asInt(), "the matrix does not show other sites' subjects");
    }

    @Test
    void theScheduleFlagsOutOfWindowVisitsAndTheMatrixShowsStatus() {
        String study = "NCT07264075";
        JsonNode subject = register(coordinator(), study, "CN01");
        EligibilityFill.fillEligible(coordinator(), study, subject.get("id").asLong());
        EligibilityFill.recordStrataData(coordinator(), study, subject.get("id").asLong(), "45", "HYPOPHARYNX", null, 0, "2026-01-06");
        JsonNode enrolled = coordinator().post(path(study, subject, "/enrolment"), Map.of("version",
                subject.get("version").asLong(), "enrolledOn", "2026-01-12", "strata",
                Map.of("PDL1_CPS", "CPS_GE_20", "HPV_OROPHARYNX", "OTHER", "ECOG", "ECOG_0"))).json();
        assertEquals("ENROLLED", enrolled.get("status").asText(), enrolled.toString());
        JsonNode schedule = coordinator().get(path(study, subject, "/schedule")).json();
        JsonNode c2 = null;
        for (JsonNode v : schedule) {
            if ("C2D1".equals(v.get("code").asText())) {
                c2 = v;
            }
        }
        // Q3W: cycle 2 day 1 is 21 days after cycle 1 (enrolment 2026-01-12 → C1D1 projected from it), window ±3 days
        assertTrue(c2 != null, schedule.toString());
        java.time.LocalDate target = java.time.LocalDate.parse(c2.get("targetDate").asText());
        ApiClient.Reply late = coordinator().put(path(study, subject, "/schedule/C2D1"),
                Map.of("visitDate", target.plusDays(4).toString()));
        assertEquals(200, late.status(), late.body());
        assertTrue(late.json().get("outOfWindow").asBoolean(), late.body());
        ApiClient.Reply beforeConsent = coordinator().put(path(study, subject, "/schedule/C1D1"),
                Map.of("visitDate", "2026-01-01"));
        assertEquals(400, beforeConsent.status(), beforeConsent.body());
        assertTrue(beforeConsent.json().get("fields").has("visitDate"));

        JsonNode matrix = coordinator().get("/api/v1/studies/" + study + "/subjects/matrix?number="
                + subject.get("screeningNumber").asText() + "&max=5").json();
        assertEquals(1, matrix.get("total").asInt(), matrix.toString());
        JsonNode row = matrix.get("rows").get(0);
        // the screening cell of an enrolled subject is its SCR visit as the subject page shows it; the forms are counted
        String scr = null;
        for (JsonNode v : schedule) {
            if ("SCR".equals(v.get("code").asText())) {
                scr = v.get("status").asText();
            }
        }
        assertEquals(scr, row.get("cells").get("SCR").asText(), row.toString());
        assertTrue(row.get("formsComplete").asInt() < row.get("formsTotal").asInt(),
                "eligibility saved, baseline forms not all complete: " + row);
        assertTrue(matrix.get("columns").size() >= 5);
        JsonNode page = coordinator().get("/api/v1/studies/" + study + "/subjects/matrix?max=3&sort=status&order=desc").json();
        assertTrue(page.get("rows").size() <= 3 && page.get("total").asInt() >= 1, page.toString());
    }
}
