package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
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
 * Adverse events through the API: CTCAE grading and dictionary, the record-review-sign workflow, lab-based AE
 * proposals, the SAE clock, notifications and report. Expected values come from the CTCAE v5.0 text.
 */
@ExtendWith(ArquillianExtension.class)
class AdverseEventApiIT {

    static final String PW = Deployments.DEMO_PASSWORD;
    static final String STUDY = "NCT07041788";
    static final String NEUTROPHILS = "10029366";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    /**
     * An enrolled subject of NCT07041788 at CN01 (arm A: docetaxel, cisplatin, iparomlimab/tuvonralimab and
     * radiotherapy), with an ANC normal range of 2.0-7.5 x 10^9/L at the site. The ONE place that sets up subjects:
     * change it here if enrolment needs more (e.g. eligibility).
     */
    static JsonNode enrolledSubject(URL base) throws Exception {
        ApiClient admin = new ApiClient(base, "admin", PW);
        ApiClient coordinator = new ApiClient(base, "coordinator", PW);
        long site = -1;
        for (JsonNode s : admin.get("/api/v1/sites").json()) {
            if ("CN01".equals(s.get("code").asText())) {
                site = s.get("id").asLong();
            }
        }
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "insert into normal_range (site_id, test_code, unit, lln, uln) select ?, 'ANC', '10^9/L', 2.0, 7.5"
                        + " from dual where not exists (select 1 from normal_range where site_id = ? and test_code = 'ANC')")) {
            st.setLong(1, site);
            st.setLong(2, site);
            st.executeUpdate();
        }
        LocalDate today = LocalDate.now();
        String number = "AE" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ApiClient.Reply r = coordinator.post("/api/v1/studies/" + STUDY + "/subjects", Map.of("siteId", site,
                "screeningNumber", number, "sex", "F", "birthYear", 1962, "consentDate", today.minusDays(20).toString(),
                "screenedOn", today.minusDays(19).toString()));
        assertEquals(201, r.status(), r.body());
        JsonNode subject = r.json();
        EligibilityFill.fillEligible(coordinator, STUDY, subject.get("id").asLong());
        ApiClient.Reply e = coordinator.post("/api/v1/studies/" + STUDY + "/subjects/" + subject.get("id").asLong()
                + "/enrolment", Map.of("version", subject.get("version").asLong(), "enrolledOn", today.minusDays(10).toString()));
        assertEquals(200, e.status(), e.body());
        return e.json();
    }

    private String aes(JsonNode subject) {
        return "/api/v1/studies/" + STUDY + "/subjects/" + subject.get("id").asLong() + "/adverse-events";
    }

    private static Map<String, Object> ae(String meddraCode, int grade) {
        Map<String, Object> m = new HashMap<>();
        m.put("meddraCode", meddraCode);
        m.put("onset", LocalDate.now().minusDays(3).toString().substring(0, 7));
        m.put("ongoing", true);
        m.put("grade", grade);
        m.put("serious", false);
        return m;
    }

    // ---- grading API and dictionary

    @Test
    void gradingApiGivesTheCtcaeGradeAndClause() {
        ApiClient coordinator = as("coordinator");
        Map<String, Object> example = new HashMap<>();
        example.put("term", "Neutrophil count decreased");
        example.put("value", 1499);
        example.put("unit", "/mm3");
        example.put("lln", 2000);
        example.put("uln", null);
        example.put("baseline", null);
        example.put("symptomatic", null);
        ApiClient.Reply r = coordinator.post("/api/v1/ctcae/lab-grade", example);
        assertEquals(200, r.status(), r.body());
        assertEquals("Neutrophil count decreased", r.json().get("term").asText());
        assertEquals(NEUTROPHILS, r.json().get("meddraCode").asText());
        assertEquals(2, r.json().get("grade").asInt());
        assertEquals("<1500 - 1000/mm3", r.json().get("criterion").asText());

        example.put("value", 2500);
        JsonNode normal = coordinator.post("/api/v1/ctcae/lab-grade", example).json();
        assertEquals(0, normal.get("grade").asInt(), "within limits: no grade");

        ApiClient.Reply ionized = as("monitor").post("/api/v1/ctcae/lab-grade", Map.of("term", "Hypocalcemia",
                "test", "Calcium, ionized", "value", 0.95, "unit", "mmol/L", "lln", 1.1));
        assertEquals(200, ionized.status(), ionized.body());
        assertEquals(2, ionized.json().get("grade").asInt());
        assertEquals("Ionized calcium <1.0 - 0.9 mmol/L", ionized.json().get("criterion").asText());

        ApiClient.Reply unknown = coordinator.post("/api/v1/ctcae/lab-grade", Map.of("term", "Neutrophils low",
                "value", 1, "unit", "/mm3"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().get("message").asText().contains("Neutrophils low"), unknown.body());
        ApiClient.Reply badUnit = coordinator.post("/api/v1/ctcae/lab-grade", Map.of("term", "Neutrophil count decreased",
                "value", 1, "unit", "mg/dL", "lln", 2000));
        assertEquals(400, badUnit.status());
        assertTrue(badUnit.json().get("message").asText().contains("mg/dL"), badUnit.body());

        JsonNode byCode = coordinator.get("/api/v1/ctcae/terms?q=" + NEUTROPHILS).json();
        assertEquals("Neutrophil count decreased", byCode.get(0).get("term").asText());
        assertEquals("<1500 - 1000/mm3; <1.5 - 1.0 x 10e9 /L", byCode.get(0).get("grades").get(1).asText());
        assertTrue(byCode.get(0).get("grades").get(4).isNull(), "Grade 5 is '-' for neutrophils");
        JsonNode bySoc = coordinator.get("/api/v1/ctcae/terms?q=Investigations&limit=100").json();
        assertTrue(bySoc.size() > 20, "search by SOC");
    }

    // ---- workflow and signature

    @Test
    void coordinatorRecordsInvestigatorSignsAndAChangeVoidsTheSignature() throws Exception {
        JsonNode subject = enrolledSubject(base);
        ApiClient coordinator = as("coordinator");
        ApiClient investigator = as("investigator");

        JsonNode agents = coordinator.get(aes(subject) + "/agents").json();
        List<String> ids = new java.util.ArrayList<>();
        agents.forEach(a -> ids.add(a.get("agentId").asText()));
        assertTrue(ids.contains("DOCETAXEL") && ids.contains("RADIOTHERAPY"), ids.toString());
        assertEquals(1, ids.stream().filter(i -> i.startsWith("CISPLATIN")).count(), "cisplatin is one suspect agent");

        ApiClient.Reply created = coordinator.post(aes(subject), ae("10028130", 2)); // Mucositis oral
        assertEquals(201, created.status(), created.body());
        JsonNode ae = created.json();
        assertEquals("SUBMITTED", ae.get("status").asText());
        assertEquals("Mucositis oral", ae.get("term").asText());
        assertEquals(1, ae.get("gradeHistory").size());
        String one = aes(subject) + "/" + ae.get("id").asLong();

        ApiClient.Reply coordinatorSigns = coordinator.post(one + "/signature", Map.of("password", PW));
        assertEquals(403, coordinatorSigns.status(), "only investigators sign: " + coordinatorSigns.body());

        ApiClient.Reply wrong = investigator.post(one + "/signature", Map.of("password", "not-the-password-9"));
        assertEquals(400, wrong.status());
        assertEquals("SUBMITTED", investigator.get(one).json().get("status").asText());

        ApiClient.Reply noCausality = investigator.post(one + "/signature", Map.of("password", PW));
        assertEquals(400, noCausality.status());
        assertTrue(noCausality.json().get("fields").has("causality"), noCausality.body());

        Map<String, Object> review = ae("10028130", 3);
        review.put("version", ae.get("version").asLong());
        review.put("reason", "investigator review: grade 3 on day 12");
        // nothing given yet (no dose recorded): every agent is unrelated (AdverseEventRulesApiIT: causality by exposure)
        review.put("attributions", ids.stream().map(id -> Map.of("agentId", id, "causality", "UNRELATED",
                "actionTaken", "DOSE_NOT_CHANGED")).toList());
        review.put("treatmentGiven", "benzydamine mouthwash");
        ApiClient.Reply reviewed = investigator.put(one, review);
        assertEquals(200, reviewed.status(), reviewed.body());
        assertEquals(3, reviewed.json().get("worstGrade").asInt());
        assertEquals(2, reviewed.json().get("gradeHistory").size(), "each change of grade is a dated entry");

        ApiClient.Reply stale = investigator.put(one, review);
        assertEquals(409, stale.status(), "stale version: " + stale.body());

        JsonNode signed = investigator.post(one + "/signature", Map.of("password", PW)).json();
        assertEquals("SIGNED", signed.get("status").asText(), signed.toString());
        assertEquals("investigator", signed.get("signature").get("username").asText());
        assertFalse(signed.get("signature").get("printedName").asText().isBlank());
        assertEquals("I confirm the grade, causality and seriousness of this adverse event",
                signed.get("signature").get("meaning").asText());

        Map<String, Object> change = new HashMap<>(review);
        change.put("version", signed.get("version").asLong());
        change.put("reason", null);
        change.put("treatmentGiven", "benzydamine mouthwash; morphine");
        ApiClient.Reply noReason = coordinator.put(one, change);
        assertEquals(400, noReason.status());
        assertTrue(noReason.json().get("fields").has("reason"), noReason.body());
        change.put("reason", "analgesia added");
        JsonNode changed = coordinator.put(one, change).json();
        assertEquals("SUBMITTED", changed.get("status").asText(), "a change after signing voids the signature");
        assertFalse(changed.hasNonNull("signature"), "no signature: " + changed);

        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select action, field_name, old_value, new_value, reason from audit_log where entity_type = 'AdverseEvent' and entity_id = ? order by id")) {
            st.setString(1, ae.get("id").asText());
            ResultSet rs = st.executeQuery();
            Map<String, String> seen = new HashMap<>();
            while (rs.next()) {
                seen.put(rs.getString(1) + ":" + rs.getString(2), rs.getString(4) + "|" + rs.getString(5));
            }
            assertEquals("3|investigator review: grade 3 on day 12", seen.get("UPDATE:grade"), seen.toString());
            assertEquals("SUBMITTED|analgesia added", seen.get("SIGNATURE_VOIDED:status"), seen.toString());
            assertTrue(seen.containsKey("SIGN:signature"), seen.toString());
        }
    }

    @Test
    void consistencyChecksNameTheirFields() throws Exception {
        JsonNode subject = enrolledSubject(base);
        ApiClient coordinator = as("coordinator");
        Map<String, Object> grade5 = ae(NEUTROPHILS, 5);
        JsonNode r = coordinator.post(aes(subject), grade5).json();
        assertTrue(r.get("fields").has("grade"), "Grade 5 is '-' for Neutrophil count decreased: " + r);
        assertTrue(r.get("fields").has("outcome"), "Grade 5 needs a fatal outcome: " + r);

        Map<String, Object> serious = ae("10028130", 3);
        serious.put("serious", true);
        JsonNode s = coordinator.post(aes(subject), serious).json();
        assertTrue(s.get("fields").has("seriousnessCriteria"), s.toString());

        Map<String, Object> other = ae("10029205", 2); // Nervous system disorders - Other, specify
        JsonNode o = coordinator.post(aes(subject), other).json();
        assertTrue(o.get("fields").has("verbatimTerm"), o.toString());

        Map<String, Object> ended = ae("10028130", 2);
        ended.put("onset", "2026-03-14");
        ended.put("ongoing", false);
        ended.put("end", "2026-03-01");
        JsonNode e = coordinator.post(aes(subject), ended).json();
        assertTrue(e.get("fields").has("end"), e.toString());
    }

    // ---- lab results, proposals

    @Test
    void aLabResultWorseThanBaselineProposesAnAeThatTheInvestigatorConfirms() throws Exception {
        JsonNode subject = enrolledSubject(base);
        ApiClient coordinator = as("coordinator");
        ApiClient investigator = as("investigator");
        String labs = "/api/v1/studies/" + STUDY + "/subjects/" + subject.get("id").asLong() + "/lab-results";
        LocalDate today = LocalDate.now();
        ApiClient.Reply baseline = coordinator.post(labs, Map.of("test", "ANC", "collectedOn", today.minusDays(15).toString(),
                "value", 3.1, "unit", "10^9/L", "baseline", true));
        assertEquals(201, baseline.status(), baseline.body());
        assertEquals(0, baseline.json().get("ctcaeGrade").asInt());

        JsonNode low = coordinator.post(labs, Map.of("test", "ANC", "collectedOn", today.minusDays(2).toString(),
                "value", 0.9, "unit", "10^9/L")).json();
        assertEquals(3, low.get("ctcaeGrade").asInt(), low.toString());
        assertEquals("<1.0 - 0.5 x 10e9 /L", low.get("ctcaeCriterion").asText());

        JsonNode proposals = investigator.get("/api/v1/studies/" + STUDY + "/subjects/" + subject.get("id").asLong()
                + "/ae-proposals").json();
        assertEquals(1, proposals.size(), proposals.toString());
        JsonNode p = proposals.get(0);
        assertEquals("PENDING", p.get("status").asText());
        assertEquals(3, p.get("grade").asInt());
        assertEquals(0, p.get("baselineGrade").asInt());
        assertEquals(low.get("id").asLong(), p.get("labResultId").asLong());

        ApiClient.Reply coordinatorConfirms = coordinator.post("/api/v1/ae-proposals/" + p.get("id").asLong()
                + "/confirmation", Map.of("version", p.get("version").asLong()));
        assertEquals(403, coordinatorConfirms.status(), coordinatorConfirms.body());

        ApiClient.Reply confirmed = investigator.post("/api/v1/ae-proposals/" + p.get("id").asLong() + "/confirmation",
                Map.of("version", p.get("version").asLong()));
        assertEquals(200, confirmed.status(), confirmed.body());
        JsonNode ae = confirmed.json();
        assertEquals("Neutrophil count decreased", ae.get("term").asText());
        assertEquals(3, ae.get("grade").asInt());
        assertEquals(low.get("id").asLong(), ae.get("labResultId").asLong(), "the lab-AE link is kept");
        assertEquals(today.minusDays(2).toString(), ae.get("onset").asText());

        // a second low value: dismissed with a reason
        coordinator.post(labs, Map.of("test", "ANC", "collectedOn", today.minusDays(1).toString(), "value", 1.2, "unit", "10^9/L"));
        JsonNode pending = investigator.get("/api/v1/studies/" + STUDY + "/subjects/" + subject.get("id").asLong()
                + "/ae-proposals").json().get(0);
        assertEquals("PENDING", pending.get("status").asText());
        String dismissal = "/api/v1/ae-proposals/" + pending.get("id").asLong() + "/dismissal";
        assertEquals(400, investigator.post(dismissal, Map.of("version", pending.get("version").asLong())).status());
        JsonNode dismissed = investigator.post(dismissal, Map.of("version", pending.get("version").asLong(),
                "reason", "same episode as the confirmed AE")).json();
        assertEquals("DISMISSED", dismissed.get("status").asText());
        JsonCheck.auditHas(base, "DISMISS", "investigator");
    }

    // ---- SAE

    @Test
    void aSeriousAeStartsTheTwentyFourHourClockNotifiesAndHasAReport() throws Exception {
        JsonNode subject = enrolledSubject(base);
        ApiClient coordinator = as("coordinator");
        Map<String, Object> sae = ae("10016288", 3); // Febrile neutropenia
        sae.put("serious", true);
        sae.put("seriousnessCriteria", List.of("HOSPITALISATION"));
        sae.put("awareness", "2026-01-10T08:30:00Z");
        ApiClient.Reply r = coordinator.post(aes(subject), sae);
        assertEquals(201, r.status(), r.body());
        JsonNode ae = r.json();
        assertEquals("2026-01-11T08:30:00Z", ae.get("saeDue").asText(), "due = awareness + 24 h");

        JsonNode list = coordinator.get("/api/v1/studies/" + STUDY + "/saes").json();
        JsonNode row = null;
        for (JsonNode n : list) {
            if (n.get("aeId").asLong() == ae.get("id").asLong()) {
                row = n;
            }
        }
        assertTrue(row != null, list.toString());
        assertEquals("OVERDUE", row.get("state").asText(), "a deadline in the past is overdue");
        assertEquals("AESHOSP", row.get("criteria").asText());

        JsonNode notes = coordinator.get("/api/v1/studies/" + STUDY + "/safety-notifications").json();
        long forThis = 0;
        for (JsonNode n : notes) {
            if (n.get("adverseEventId").asLong() == ae.get("id").asLong()) {
                forThis++;
                assertEquals("NOT_CONFIGURED", n.get("emailStatus").asText(), "no SMTP in tests: e-mail skipped");
            }
        }
        assertEquals(2, forThis, "both safety contacts of NCT07041788 are notified");

        ApiClient.Reply pdf = coordinator.get("/api/v1/adverse-events/" + ae.get("id").asLong() + "/sae-report.pdf");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
        ApiClient.Reply chinese = coordinator.get("/api/v1/adverse-events/" + ae.get("id").asLong() + "/sae-report.pdf?language=zh-CN");
        assertEquals(200, chinese.status());
        assertTrue(chinese.body().startsWith("%PDF"), "a PDF in Chinese");
        ApiClient.Reply french = coordinator.get("/api/v1/adverse-events/" + ae.get("id").asLong() + "/sae-report.pdf?language=fr");
        assertEquals(200, french.status(), french.body());
        assertTrue(french.body().startsWith("%PDF"), "a PDF in French");
        ApiClient.Reply german = coordinator.get("/api/v1/adverse-events/" + ae.get("id").asLong() + "/sae-report.pdf?language=de");
        assertEquals(400, german.status(), german.body());
        assertTrue(german.body().contains("language"), german.body());

        JsonNode sent = coordinator.post(aes(subject) + "/" + ae.get("id").asLong() + "/sae-report-sent",
                Map.of("version", ae.get("version").asLong())).json();
        assertEquals("REPORTED", sent.get("saeState").asText(), sent.toString());
    }

    @Test
    void aNormalRangesCsvSavedByExcelWithAByteOrderMarkIsImported() {
        ApiClient.Reply r = as("admin").postText("/api/v1/normal-ranges/import", "text/csv",
                "\uFEFFsite,test,sex,age_min,age_max,unit,lln,uln\n,AMYLASE,F,100,110,U/L,30,110\n");
        assertEquals(200, r.status(), r.body());
        assertEquals(1, r.json().get("imported").asInt());
    }
}
