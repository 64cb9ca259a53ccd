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
 * RECIST 1.1 through the API: the two calculator endpoints with the issue's examples, bad input, a subject's
 * assessments, the per-study summary against a hand-computed set of subjects, and the site boundary.
 */
@ExtendWith(ArquillianExtension.class)
class ResponseApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    // ------------------------------------------------------------------------------------------ calculators

    @Test
    void timePointGivesTheIssuesResponseForTheTwoLesionExample() throws Exception {
        ApiClient.Reply r = as("coordinator").post("/api/v1/recist/time-point", """
                {"targetLesions": [{"id": "T1", "nodal": false, "baselineMm": 40, "currentMm": 28},
                                   {"id": "T2", "nodal": false, "baselineMm": 30, "currentMm": 20}],
                 "nadirSumMm": 70, "priorCompleteResponse": false,
                 "nonTargetLesions": [{"id": "NT1", "nodal": false, "status": "PRESENT", "shortAxisMm": null}],
                 "newLesions": "NO"}""");
        assertEquals(200, r.status(), r.body());
        assertEquals(ApiClient.JSON.readTree("""
                {"targetResponse": "PR", "nonTargetResponse": "NON_CR_NON_PD", "overallResponse": "PR",
                 "baselineSumMm": 70, "nadirSumMm": 70, "currentSumMm": 48,
                 "changeFromBaselinePct": -31.43, "changeFromNadirPct": -31.43, "changeFromNadirMm": -22}"""), r.json());
    }

    @Test
    void timePointCapsTheIssuesOneLesionNadirWithAWarning() {
        ApiClient.Reply r = as("coordinator").post("/api/v1/recist/time-point", """
                {"targetLesions": [{"id": "T1", "nodal": false, "baselineMm": 40, "currentMm": 28}],
                 "nadirSumMm": 70, "priorCompleteResponse": false,
                 "nonTargetLesions": [{"id": "NT1", "nodal": false, "status": "PRESENT", "shortAxisMm": null}],
                 "newLesions": "NO"}""");
        assertEquals(200, r.status(), r.body());
        JsonNode j = r.json();
        // RECIST 1.1 §4.3.1: the nadir includes the baseline sum (40), so 40 is used: 28/40 = −30 % → PR
        assertEquals("PR", j.get("targetResponse").asText());
        assertEquals("NON_CR_NON_PD", j.get("nonTargetResponse").asText());
        assertEquals("PR", j.get("overallResponse").asText());
        assertEquals(40, j.get("baselineSumMm").asInt());
        assertEquals(40, j.get("nadirSumMm").asInt());
        assertEquals(28, j.get("currentSumMm").asInt());
        assertEquals(-30.00, j.get("changeFromBaselinePct").asDouble());
        assertEquals(-30.00, j.get("changeFromNadirPct").asDouble());
        assertEquals(-12, j.get("changeFromNadirMm").asInt());
        assertTrue(j.get("warnings").get(0).asText().startsWith("nadirSumMm 70 exceeds the baseline sum 40"), j.toString());
    }

    @Test
    void bestOverallResponseOfTheIssuesShape() {
        ApiClient.Reply r = as("investigator").post("/api/v1/recist/best-overall-response", """
                {"assessments": [{"studyDay": 56, "overallResponse": "PR"}, {"studyDay": 98, "overallResponse": "PR"}],
                 "confirmationRequired": true, "confirmationMinDays": 28, "sdMinDays": 42}""");
        assertEquals(200, r.status(), r.body());
        assertEquals("PR", r.json().get("bestOverallResponse").asText());
        // RECIST 1.1 Table 3: PR then PR only 14 days later is not confirmed (< 4 weeks): SD (day 70 ≥ 42 days)
        ApiClient.Reply early = as("investigator").post("/api/v1/recist/best-overall-response", """
                {"assessments": [{"studyDay": 56, "overallResponse": "PR"}, {"studyDay": 70, "overallResponse": "PR"}],
                 "confirmationRequired": true, "confirmationMinDays": 28, "sdMinDays": 42}""");
        assertEquals("SD", early.json().get("bestOverallResponse").asText(), early.body());
    }

    @Test
    void badCalculatorInputIs400WithAMessage() {
        ApiClient c = as("coordinator");
        ApiClient.Reply unknownStatus = c.post("/api/v1/recist/time-point", """
                {"targetLesions": [], "nonTargetLesions": [{"id": "NT1", "nodal": false, "status": "GONE"}],
                 "newLesions": "NO"}""");
        assertEquals(400, unknownStatus.status(), unknownStatus.body());
        assertTrue(unknownStatus.json().get("message").asText().contains("GONE"), unknownStatus.body());
        ApiClient.Reply negative = c.post("/api/v1/recist/time-point", """
                {"targetLesions": [{"id": "T1", "nodal": false, "baselineMm": 40, "currentMm": -3}], "newLesions": "NO"}""");
        assertEquals(400, negative.status(), negative.body());
        assertTrue(negative.json().get("message").asText().contains("must not be negative"), negative.body());
        ApiClient.Reply noNewLesions = c.post("/api/v1/recist/time-point", """
                {"targetLesions": [{"id": "T1", "nodal": false, "baselineMm": 40, "currentMm": 30}]}""");
        assertEquals(400, noNewLesions.status(), noNewLesions.body());
        assertTrue(noNewLesions.json().get("message").asText().contains("newLesions"), noNewLesions.body());
        ApiClient.Reply notJson = c.post("/api/v1/recist/time-point", "{nope");
        assertEquals(400, notJson.status(), notJson.body());
        ApiClient.Reply badResponse = c.post("/api/v1/recist/best-overall-response", """
                {"assessments": [{"studyDay": 56, "overallResponse": "GREAT"}], "confirmationMinDays": 28, "sdMinDays": 42}""");
        assertEquals(400, badResponse.status(), badResponse.body());
        assertTrue(badResponse.json().get("message").asText().contains("GREAT"), badResponse.body());
        ApiClient.Reply noSettings = c.post("/api/v1/recist/best-overall-response", """
                {"assessments": [], "confirmationRequired": true}""");
        assertEquals(400, noSettings.status(), noSettings.body());
        assertTrue(noSettings.json().get("message").asText().contains("confirmationMinDays"), noSettings.body());
    }

    @Test
    void theCalculatorsAreDocumentedInOpenApi() throws Exception {
        ApiClient.Reply r = new ApiClient(java.net.URI.create(base.toString()).resolve("/").toURL(), "monitor", PW)
                .get("/openapi"); // signed in: /openapi is behind the sign-in when Vigia is in the root context
        assertEquals(200, r.status());
        assertTrue(r.body().contains("/api/v1/recist/time-point") || r.body().contains("/recist/time-point"), r.body());
        assertTrue(r.body().contains("best-overall-response"));
        assertTrue(r.body().contains("response-summary"));
    }

    // ------------------------------------------------------------------------------------------ a subject

    @Test
    void aSubjectsAssessmentsGiveTimePointResponsesAndAnAuditedOverride() throws Exception {
        String study = "NCT07041788";
        JsonNode subject = enrolledSubject(as("coordinator"), study, "CN01", null);
        String path = "/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong() + "/tumour-assessments";
        ApiClient c = as("coordinator");
        JsonNode h = ok(c.put(path + "/baseline", Map.of("assessedOn", "2026-01-03", "lesions", List.of(
                lesion("T1", "TARGET", "LUNG", 40, "NOT_IRRADIATED"), lesion("T2", "TARGET", "LIVER", 30, "NOT_IRRADIATED"),
                lesion("T3", "TARGET", "LUNG", 12, "NOT_IRRADIATED"), lesion("T4", "TARGET", "LUNG", 8, "NOT_IRRADIATED"),
                lesion("NT1", "NON_TARGET", "BONE", null, "NOT_IRRADIATED")))));
        // RECIST 1.1 §3.3.1: at most 2 targets per organ (T4 is the 3rd in lung); §3.1.1: 8 mm is not measurable
        String findings = h.get("baseline").get("findings").toString();
        assertTrue(findings.contains("TOO_MANY_TARGET_LESIONS_IN_ORGAN") && findings.contains("TARGET_LESION_NOT_MEASURABLE"), findings);
        // fix the selection: T3 and T4 removed (with a reason)
        h = ok(c.put(path + "/baseline", Map.of("version", h.get("baseline").get("version").asLong(), "assessedOn", "2026-01-03",
                "reason", "T3/T4 not selectable", "lesions", List.of(lesion("T1", "TARGET", "LUNG", 40, "NOT_IRRADIATED"),
                        lesion("T2", "TARGET", "LIVER", 30, "NOT_IRRADIATED"), lesion("NT1", "NON_TARGET", "BONE", null, "NOT_IRRADIATED")))));
        assertEquals("[]", h.get("baseline").get("findings").toString());

        // Day 43: 28 + 20 = 48 ≤ 0.7 × 70 → PR; day 85: 20 + 0 → PR (−71 %); day 113: 20 + 0, new lesion → PD
        ApiClient.Reply fu1 = c.post(path + "/follow-ups", followUp("2026-02-16", "NO", "T1", "MEASURED", 28, "T2", "MEASURED", 20, "NT1", "PRESENT"));
        assertEquals(201, fu1.status(), fu1.body());
        JsonNode first = fu1.json().get("followUps").get(0);
        assertEquals(43, first.get("studyDay").asInt(), "Day 1 = enrolment (2026-01-05)");
        assertEquals("PR", first.get("overallResponse").asText());
        assertEquals(-31.43, first.get("result").get("changeFromBaselinePct").asDouble());
        ok(c.post(path + "/follow-ups", followUp("2026-03-30", "NO", "T1", "MEASURED", 20, "T2", "DISAPPEARED", null, "NT1", "PRESENT")));
        h = ok(c.post(path + "/follow-ups", followUp("2026-04-27", "YES", "T1", "MEASURED", 20, "T2", "DISAPPEARED", null, "NT1", "PRESENT")));
        JsonNode third = h.get("followUps").get(2);
        assertEquals(20, third.get("result").get("nadirSumMm").asInt(), "the nadir carried from day 85");
        assertEquals("PD", third.get("overallResponse").asText(), "unequivocal new lesion (§4.3.2)");
        assertEquals("PR", h.get("response").get("bestOverallResponse").asText(), "PR confirmed 42 days later");
        assertEquals("2026-02-16", h.get("response").get("firstResponseDate").asText());
        assertEquals("2026-04-27", h.get("response").get("progressionDate").asText());

        // a coordinator may not override; the investigator may, with a reason, and it is audited
        String overridePath = path + "/follow-ups/" + third.get("id").asLong() + "/override";
        assertEquals(403, c.post(overridePath, Map.of("version", third.get("version").asLong(), "response", "PR",
                "reason", "x")).status());
        ApiClient.Reply noReason = as("investigator").post(overridePath, Map.of("version", third.get("version").asLong(), "response", "PR"));
        assertEquals(400, noReason.status(), noReason.body());
        h = ok(as("investigator").post(overridePath, Map.of("version", third.get("version").asLong(), "response", "PR",
                "reason", "new lesion was a benign finding on review")));
        assertEquals("PR", h.get("followUps").get(2).get("overallResponse").asText());
        assertEquals("PD", h.get("followUps").get(2).get("computedResponse").asText());
        assertTrue(h.get("response").get("progressionDate").isNull());
        try (Connection db = TestDatabase.connect(); var st = db.createStatement()) {
            ResultSet rs = st.executeQuery("select old_value, new_value, reason from audit_log where action = 'OVERRIDE_RESPONSE'"
                    + " and entity_id = '" + third.get("id").asLong() + "'");
            assertTrue(rs.next());
            assertEquals("PD", rs.getString(1));
            assertEquals("PR", rs.getString(2));
            assertEquals("new lesion was a benign finding on review", rs.getString(3));
        }
        // an edit needs the current version and a reason
        JsonNode second = h.get("followUps").get(1);
        Map<String, Object> edit = new HashMap<>(followUp("2026-03-30", "NO", "T1", "MEASURED", 21, "T2", "DISAPPEARED", null, "NT1", "PRESENT"));
        edit.put("version", second.get("version").asLong() - 1);
        edit.put("reason", "re-read");
        assertEquals(409, c.put(path + "/follow-ups/" + second.get("id").asLong(), edit).status());
        edit.put("version", second.get("version").asLong());
        edit.remove("reason");
        assertEquals(400, c.put(path + "/follow-ups/" + second.get("id").asLong(), edit).status());
        edit.put("reason", "re-read");
        ok(c.put(path + "/follow-ups/" + second.get("id").asLong(), edit));
        try (Connection db = TestDatabase.connect(); var st = db.createStatement()) {
            ResultSet rs = st.executeQuery("select old_value, new_value from audit_log where action = 'UPDATE'"
                    + " and entity_type = 'TumourAssessment' and entity_id = '" + second.get("id").asLong() + "' and field_name = 'T1'");
            assertTrue(rs.next());
            assertEquals("MEASURED 20", rs.getString(1));
            assertEquals("MEASURED 21", rs.getString(2));
        }
    }

    @Test
    void aSubjectAtAnotherSiteIsNotFound() {
        String study = "NCT07041788";
        JsonNode other = enrolledSubject(as("admin"), study, "CN02", null);
        String path = "/api/v1/studies/" + study + "/subjects/" + other.get("id").asLong() + "/tumour-assessments";
        assertEquals(404, as("coordinator").get(path).status());
        assertEquals(404, as("coordinator").put(path + "/baseline", Map.of("assessedOn", "2026-01-03", "lesions",
                List.of(lesion("T1", "TARGET", "LUNG", 40, "NOT_IRRADIATED")))).status());
        assertEquals(200, as("admin").get(path).status());
    }

    @Test
    void badAssessmentInputIs400() {
        String study = "NCT07041788";
        JsonNode subject = enrolledSubject(as("coordinator"), study, "CN01", null);
        String path = "/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong() + "/tumour-assessments";
        ApiClient c = as("coordinator");
        ApiClient.Reply negative = c.put(path + "/baseline", Map.of("assessedOn", "2026-01-03", "lesions",
                List.of(lesion("T1", "TARGET", "LUNG", -4, "NOT_IRRADIATED"))));
        assertEquals(400, negative.status(), negative.body());
        ApiClient.Reply badOrgan = c.put(path + "/baseline", Map.of("assessedOn", "2026-01-03", "lesions",
                List.of(lesion("T1", "TARGET", "MOON", 20, "NOT_IRRADIATED"))));
        assertEquals(400, badOrgan.status(), badOrgan.body());
        ApiClient.Reply noBaseline = c.post(path + "/follow-ups", followUp("2026-02-16", "NO", "T1", "MEASURED", 10, null, null, null, null, null));
        assertEquals(400, noBaseline.status(), noBaseline.body());
    }

    // ------------------------------------------------------------------------------------------ a study

    /**
     * NCT06494995 (confirmation required, 28 days; SD minimum 42 days; Day 1 = enrolment 2026-01-05), three subjects
     * worked out by hand with RECIST 1.1:
     * A: T1 lung 40 (SBRT), T2 liver 30 (not irradiated), NT1 bone. Day 43: 20 + 20 = 40 (−42.9 %) PR; day 85:
     *    18 + 20 = 38 PR → confirmed PR. SBRT lesion alone 40 → 20 → 18 PR; non-irradiated lesion alone 30 → 20 (−33 %) PR.
     * B: T1 liver 50 (low-dose RT). Day 43: 48 SD (day 43 is 42 days after Day 1); day 85: 62 = +29 % and +14 mm over
     *    the nadir 48 → PD. Best: SD.
     * C: T1 lung 20 (not irradiated), no follow-up: NE.
     * ORR 1/3, DCR 2/3; Clopper–Pearson 95 %: 1/3 → 0.0084–0.9057, 2/3 → 0.0943–0.9916, 1/2 → 0.0126–0.9874,
     * 1/1 → 0.0250–1, 0/1 → 0–0.9750.
     */
    @Test
    void studySummaryMatchesAHandComputedSetOfSubjects() throws Exception {
        String study = "NCT06494995";
        // the study has other subjects (other tests', the demo generator's) at the demo sites: the three go to a site
        // of this test's own, and the summary is read by a data manager and a coordinator of that site only
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 16, 1 << 20), 36);
        long site = ownSite(study, "RS" + tag.toUpperCase());
        ApiClient c = siteUser("rsc" + tag, "SITE_COORDINATOR", study, site);
        ApiClient dataManager = siteUser("rsd" + tag, "DATA_MANAGER", study, site);
        String a = subjectPath(study, enrolledSubject(c, study, site, "HYBRID_RT"));
        ok(c.put(a + "/baseline", Map.of("assessedOn", "2026-01-03", "lesions", List.of(lesion("T1", "TARGET", "LUNG", 40, "SBRT"),
                lesion("T2", "TARGET", "LIVER", 30, "NOT_IRRADIATED"), lesion("NT1", "NON_TARGET", "BONE", null, "NOT_IRRADIATED")))));
        ok(c.post(a + "/follow-ups", followUp("2026-02-16", "NO", "T1", "MEASURED", 20, "T2", "MEASURED", 20, "NT1", "PRESENT")));
        ok(c.post(a + "/follow-ups", followUp("2026-03-30", "NO", "T1", "MEASURED", 18, "T2", "MEASURED", 20, "NT1", "PRESENT")));
        String b = subjectPath(study, enrolledSubject(c, study, site, "HYBRID_RT"));
        ok(c.put(b + "/baseline", Map.of("assessedOn", "2026-01-03", "lesions", List.of(lesion("T1", "TARGET", "LIVER", 50, "LOW_DOSE_RT")))));
        ok(c.post(b + "/follow-ups", followUp("2026-02-16", "NO", "T1", "MEASURED", 48, null, null, null, null, null)));
        ok(c.post(b + "/follow-ups", followUp("2026-03-30", "NO", "T1", "MEASURED", 62, null, null, null, null, null)));
        String cc = subjectPath(study, enrolledSubject(c, study, site, "HYBRID_RT"));
        ok(c.put(cc + "/baseline", Map.of("assessedOn", "2026-01-03", "lesions", List.of(lesion("T1", "TARGET", "LUNG", 20, "NOT_IRRADIATED")))));

        ApiClient.Reply r = dataManager.get("/api/v1/studies/" + study + "/response-summary");
        assertEquals(200, r.status(), r.body());
        JsonNode s = r.json();
        assertEquals(3, s.get("subjects").asInt(), s.toString());
        assertEquals("ENROLMENT", s.get("studyDayFrom").asText());
        assertEquals(1, s.get("bestOverallResponses").get("PR").asInt());
        assertEquals(1, s.get("bestOverallResponses").get("SD").asInt());
        assertEquals(1, s.get("bestOverallResponses").get("NE").asInt());
        rate(s.get("orr"), 1, 3, 0.3333, 0.0084, 0.9057);
        rate(s.get("dcr"), 2, 3, 0.6667, 0.0943, 0.9916);
        assertTrue(s.get("fixedTime").isNull(), "NCT06494995 has no fixed time point");
        Map<String, JsonNode> groups = new HashMap<>();
        s.get("irradiationGroups").forEach(g -> groups.put(g.get("group").asText(), g.get("orr")));
        rate(groups.get("IRRADIATED"), 1, 2, 0.5, 0.0126, 0.9874);
        rate(groups.get("NOT_IRRADIATED"), 1, 2, 0.5, 0.0126, 0.9874);
        rate(groups.get("SBRT"), 1, 1, 1.0, 0.025, 1.0);
        rate(groups.get("LOW_DOSE_RT"), 0, 1, 0.0, 0.0, 0.975);
        JsonNode subjectB = null;
        for (JsonNode x : s.get("subjectResponses")) {
            if ("SD".equals(x.get("bestOverallResponse").asText())) {
                subjectB = x;
            }
        }
        assertEquals("2026-03-30", subjectB.get("progressionDate").asText(), "date of progression for PFS");
        // a coordinator sees the same study through their site only; a site they do not work at adds nothing
        assertEquals(3, c.get("/api/v1/studies/" + study + "/response-summary").json().get("subjects").asInt());
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static void rate(JsonNode rate, int responders, int denominator, double p, double lower, double upper) {
        assertEquals(responders, rate.get("responders").asInt(), rate.toString());
        assertEquals(denominator, rate.get("denominator").asInt(), rate.toString());
        assertEquals(p, rate.get("rate").asDouble(), 0.0001, rate.toString());
        assertEquals(lower, rate.get("ci95Lower").asDouble(), 0.0001, rate.toString());
        assertEquals(upper, rate.get("ci95Upper").asDouble(), 0.0001, rate.toString());
    }

    private static JsonNode ok(ApiClient.Reply r) {
        assertTrue(r.status() == 200 || r.status() == 201, r.status() + " " + r.body());
        return r.json();
    }

    private static String subjectPath(String study, JsonNode subject) {
        return "/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong() + "/tumour-assessments";
    }

    private static Map<String, Object> lesion(String code, String role, String organ, Number mm, String irradiation) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("role", role);
        m.put("organ", organ);
        m.put("diameterMm", mm);
        m.put("method", "CT");
        m.put("scannedOn", "2026-01-03");
        m.put("irradiation", irradiation);
        return m;
    }

    private static Map<String, Object> followUp(String date, String newLesions, Object... triples) {
        List<Map<String, Object>> findings = new java.util.ArrayList<>();
        for (int i = 0; i + 2 < triples.length; i += 3) {
            if (triples[i] == null) {
                continue;
            }
            Map<String, Object> f = new HashMap<>();
            f.put("lesion", triples[i]);
            f.put("finding", triples[i + 1]);
            f.put("diameterMm", triples[i + 2]);
            findings.add(f);
        }
        return Map.of("assessedOn", date, "newLesions", newLesions, "findings", findings);
    }

    private long siteId(String code) {
        for (JsonNode s : as("admin").get("/api/v1/sites").json()) {
            if (code.equals(s.get("code").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    /** A new site (Asia/Shanghai) taking part in {@code study} (sites join studies only by set-up today). */
    private long ownSite(String study, String code) throws Exception {
        ApiClient.Reply r = as("admin").post("/api/v1/sites", Map.of("code", code, "name", "Response " + code,
                "country", "CN", "timeZone", "Asia/Shanghai"));
        assertEquals(201, r.status(), r.body());
        long id = r.json().get("id").asLong();
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(
                "insert into study_site (study_id, site_id) select id, ? from study where registry_id = ?")) {
            st.setLong(1, id);
            st.setString(2, study);
            assertEquals(1, st.executeUpdate());
        }
        return id;
    }

    /** A new account holding {@code role} in {@code study} at {@code site} only. */
    private ApiClient siteUser(String username, String role, String study, long site) throws Exception {
        String password = "Response-pass-1";
        ApiClient.Reply r = as("admin").post("/api/v1/users", Map.of("username", username, "fullName", "Response "
                + username, "password", password));
        assertEquals(201, r.status(), r.body());
        long studyId;
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(
                "select id from study where registry_id = ?")) {
            st.setString(1, study);
            ResultSet rs = st.executeQuery();
            assertTrue(rs.next(), study);
            studyId = rs.getLong(1);
        }
        ApiClient.Reply m = as("admin").post("/api/v1/users/" + r.json().get("id").asLong() + "/memberships",
                Map.of("role", role, "studyId", studyId, "siteId", site));
        assertEquals(201, m.status(), m.body());
        return new ApiClient(base, username, password);
    }

    private JsonNode enrolledSubject(ApiClient client, String study, String site, String arm) {
        return enrolledSubject(client, study, siteId(site), arm);
    }

    /**
     * The one place subjects are set up: registered at {@code site} and enrolled on 2026-01-05 (Day 1). When
     * enrolment gains further requirements (eligibility), change only this method.
     */
    private JsonNode enrolledSubject(ApiClient client, String study, long site, String arm) {
        String number = "R" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ApiClient.Reply registered = client.post("/api/v1/studies/" + study + "/subjects", Map.of("siteId", site,
                "screeningNumber", number, "sex", "F", "birthYear", 1962, "consentDate", "2026-01-01", "screenedOn", "2026-01-02"));
        assertEquals(201, registered.status(), registered.body());
        EligibilityFill.fillEligible(client, study, registered.json().get("id").asLong());
        Map<String, Object> body = new HashMap<>();
        body.put("version", registered.json().get("version").asLong());
        body.put("enrolledOn", "2026-01-05");
        if (arm != null) {
            body.put("arm", arm);
        }
        ApiClient.Reply enrolled = client.post("/api/v1/studies/" + study + "/subjects/"
                + registered.json().get("id").asLong() + "/enrolment", body);
        assertEquals(200, enrolled.status(), enrolled.body());
        assertFalse(enrolled.json().get("enrolledOn").isNull());
        return enrolled.json();
    }
}
