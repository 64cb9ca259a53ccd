package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Screening and enrolment through the API: arm assignment per study design, numbering under concurrency. Every
 * subject is made eligible through the eligibility API first (enrolment requires an ELIGIBLE assessment).
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentApiIT {

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

    private long siteId(String code) {
        for (JsonNode s : new ApiClient(base, "admin", PW).get("/api/v1/sites").json()) {
            if (code.equals(s.get("code").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    private JsonNode register(String study, String prefix) {
        String number = prefix + ThreadLocalRandom.current().nextInt(100000, 999999);
        ApiClient.Reply r = coordinator().post("/api/v1/studies/" + study + "/subjects", Map.of("siteId", siteId("CN01"),
                "screeningNumber", number, "sex", "M", "birthYear", 1960, "consentDate", "2026-11-01", "screenedOn", "2026-11-02"));
        assertEquals(201, r.status(), r.body());
        EligibilityFill.fillEligible(coordinator(), study, r.json().get("id").asLong());
        return r.json();
    }

    @Test
    void eligibilityLabValuesComeFromTheScreeningResultsAndTheAgeIsComputed() {
        String number = "L" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ApiClient.Reply reg = coordinator().post("/api/v1/studies/NCT07264075/subjects", Map.of("siteId", siteId("CN01"),
                "screeningNumber", number, "sex", "F", "birthYear", 1960, "consentDate", "2026-11-01", "screenedOn", "2026-11-02"));
        assertEquals(201, reg.status(), reg.body());
        long id = reg.json().get("id").asLong();
        String path = "/api/v1/studies/NCT07264075/subjects/" + id + "/eligibility";
        JsonNode form = coordinator().get(path).json();
        Map<String, Map<String, Object>> entries = EligibilityFill.eligibleEntries(form);

        ApiClient.Reply noResult = coordinator().put(path, Map.of("entries", entries));
        assertEquals(400, noResult.status(), noResult.body());
        String anc = noResult.json().get("fields").get("INC10A_ANC").asText();
        assertTrue(anc.contains("no result of") && anc.contains("2026-10-05"), "names the window: " + anc);

        EligibilityFill.recordScreeningLabs(coordinator(), "NCT07264075", id, form, entries, "2026-11-02");
        Map<String, Map<String, Object>> typedTwice = new HashMap<>(entries);
        typedTwice.put("INC10A_ANC", Map.of("value", "1.7"));
        typedTwice.put("INC02_AGE", Map.of("value", "30"));
        ApiClient.Reply unmatched = coordinator().put(path, Map.of("entries", typedTwice));
        assertEquals(400, unmatched.status(), unmatched.body());
        JsonNode fields = unmatched.json().get("fields");
        assertTrue(fields.get("INC02_AGE").asText().contains("give 65"), "1960 and consent 2026-11-01: " + fields);
        typedTwice.remove("INC02_AGE");
        ApiClient.Reply unmatchedLab = coordinator().put(path, Map.of("entries", typedTwice));
        assertEquals(400, unmatchedLab.status(), unmatchedLab.body());
        assertEquals(1, unmatchedLab.json().get("fields").size(), unmatchedLab.body());
        String why = unmatchedLab.json().get("fields").get("INC10A_ANC").asText();
        assertTrue(why.contains("1.7 10^9/L") && why.contains("1.5 10^9/L on 2026-11-02 (#"), "names the result found: " + why);

        ApiClient.Reply ok = coordinator().put(path, Map.of("entries", entries));
        assertEquals(200, ok.status(), ok.body());
        assertEquals("ELIGIBLE", ok.json().get("outcome").asText(), ok.body());
        JsonNode offered = null;
        JsonNode age = null;
        for (JsonNode c : ok.json().get("criteria")) {
            if ("INC10A_ANC".equals(c.get("id").asText())) {
                offered = c.get("screeningResults");
            }
            if ("INC02_AGE".equals(c.get("id").asText())) {
                age = c;
            }
        }
        assertEquals(1, offered.size(), String.valueOf(offered));
        assertEquals("2026-11-02", offered.get(0).get("collectedOn").asText());
        assertTrue(age.get("computed").asBoolean());
        assertEquals(65, age.get("value").asInt(), age.toString());
    }

    private ApiClient.Reply enrol(String study, JsonNode subject, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", subject.get("version").asLong());
        body.put("enrolledOn", "2026-11-10");
        return coordinator().post("/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong() + "/enrolment", body);
    }

    @Test
    void eachDesignAssignsItsArm() throws Exception {
        JsonNode single = enrol("NCT07041788", register("NCT07041788", "S"), Map.of()).json();
        assertEquals("ENROLLED", single.get("status").asText());
        assertTrue(single.get("subjectNumber").asText().startsWith("CN01-"), single.toString());

        JsonNode cohortSubject = register("NCT06494995", "C");
        ApiClient.Reply noCohort = enrol("NCT06494995", cohortSubject, Map.of());
        assertEquals(400, noCohort.status());
        assertTrue(noCohort.json().get("message").asText().contains("cohort"), noCohort.body());

        JsonNode randomised = register("NCT07264075", "R");
        long rid = randomised.get("id").asLong();
        ApiClient.Reply noData = enrol("NCT07264075", randomised, Map.of());
        assertEquals(400, noData.status(), noData.body());
        assertTrue(noData.json().get("fields").has("strata"), noData.body());
        assertTrue(noData.json().get("message").asText().contains("PD-L1 CPS")
                && !noData.json().get("message").asText().contains("TUMOUR."), "names what is missing by its label: " + noData.body());
        // oropharynx without its HPV/p16 status: the stratum needs it
        EligibilityFill.recordStrataData(coordinator(), "NCT07264075", rid, "25", "OROPHARYNX", null, 0, "2026-11-02");
        ApiClient.Reply noHpv = enrol("NCT07264075", randomised, Map.of());
        assertEquals(400, noHpv.status(), noHpv.body());
        assertTrue(noHpv.json().get("message").asText().contains("Oropharyngeal primary and HPV status")
                && noHpv.json().get("message").asText().contains("HPV/p16 (oropharynx)"), noHpv.body());
        JsonNode tumour = coordinator().get("/api/v1/studies/NCT07264075/subjects/" + rid + "/baseline/TUMOUR").json();
        ApiClient.Reply larynx = coordinator().put("/api/v1/studies/NCT07264075/subjects/" + rid + "/baseline/TUMOUR",
                Map.of("version", tumour.get("version").asLong(), "reason", "primary site corrected from the pathology report",
                        "data", Map.of("primarySite", "LARYNX", "pdl1Cps", "25")));
        assertEquals(200, larynx.status(), larynx.body());
        // a typed stratum that contradicts the recorded CPS 25 is refused, naming the factor, the levels and the
        // recorded value by their labels, never by their codes
        ApiClient.Reply contradicting = enrol("NCT07264075", randomised, Map.of("strata",
                Map.of("PDL1_CPS", "CPS_1_19", "HPV_OROPHARYNX", "OTHER", "ECOG", "ECOG_0")));
        assertEquals(400, contradicting.status(), contradicting.body());
        assertTrue(contradicting.json().get("fields").has("strata"), contradicting.body());
        String why = contradicting.json().get("message").asText();
        assertTrue(why.contains("PD-L1 combined positive score") && why.contains("CPS 1-19")
                && why.contains("PD-L1 CPS 25") && why.contains("CPS \u226520"), why);
        assertFalse(why.contains("PDL1_CPS") || why.contains("CPS_1_19") || why.contains("TUMOUR."), why);
        // left out, the strata are derived from the data
        JsonNode r = enrol("NCT07264075", randomised, Map.of()).json();
        assertTrue(Set.of("A", "B", "C").contains(r.get("armId").asText()), r.toString());
        try (Connection c = TestDatabase.connect(); var st = c.prepareStatement(
                "select stratum_key from randomisation_allocation where subject_id = ?")) {
            st.setLong(1, rid);
            ResultSet rs = st.executeQuery();
            assertTrue(rs.next());
            assertEquals("PDL1_CPS=CPS_GE_20|HPV_OROPHARYNX=OTHER|ECOG=ECOG_0", rs.getString(1));
        }
        JsonNode audit = new ApiClient(base, "admin", PW).get("/api/v1/audit?action=RANDOMISE&entityId=" + r.get("id").asLong()).json();
        assertEquals(1, audit.get("total").asInt(), "each allocation is audited");
    }

    @Test
    void subjectNumbersStayUniqueWhenManyEnrolAtOnce() throws Exception {
        // other ITs of the same run may have randomised subjects in this stratum before: count from here
        String stratum = "select count(*), count(distinct sequence_number), coalesce(max(sequence_number), 0) from"
                + " randomisation_allocation where stratum_key = 'PDL1_CPS=CPS_1_19|HPV_OROPHARYNX=OPC_HPV_POSITIVE|ECOG=ECOG_1'";
        int before;
        try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
            ResultSet rs = st.executeQuery(stratum);
            rs.next();
            before = rs.getInt(1);
            assertEquals(before, rs.getInt(3), "the stratum's sequence has no gap before this test");
        }
        List<JsonNode> screened = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            JsonNode s = register("NCT07264075", "P");
            EligibilityFill.recordStrataData(coordinator(), "NCT07264075", s.get("id").asLong(), "10", "OROPHARYNX",
                    "POSITIVE", 1, "2026-11-02");
            screened.add(s);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (JsonNode s : screened) {
            replies.add(pool.submit(() -> enrol("NCT07264075", s, Map.of("strata",
                    Map.of("PDL1_CPS", "CPS_1_19", "HPV_OROPHARYNX", "OPC_HPV_POSITIVE", "ECOG", "ECOG_1")))));
        }
        Set<String> numbers = new HashSet<>();
        Map<String, Integer> arms = new HashMap<>();
        for (Future<ApiClient.Reply> f : replies) {
            ApiClient.Reply reply = f.get();
            assertEquals(200, reply.status(), reply.body());
            numbers.add(reply.json().get("subjectNumber").asText());
            arms.merge(reply.json().get("armId").asText(), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(24, numbers.size(), "every subject got its own number: " + numbers);
        try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
            ResultSet rs = st.executeQuery(stratum);
            rs.next();
            assertEquals(before + 24, rs.getInt(1));
            assertEquals(before + 24, rs.getInt(2), "no sequence number was used twice");
            assertEquals(before + 24, rs.getInt(3), "no gap in the allocation sequence");
        }
        // the stratum's allocations in blocks of 3 and 6: the arms differ by at most one block's worth
        Map<String, Integer> all = new HashMap<>();
        try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select arm_id, count(*) from randomisation_allocation where stratum_key ="
                    + " 'PDL1_CPS=CPS_1_19|HPV_OROPHARYNX=OPC_HPV_POSITIVE|ECOG=ECOG_1' group by arm_id");
            while (rs.next()) {
                all.put(rs.getString(1), rs.getInt(2));
            }
        }
        int max = all.values().stream().max(Integer::compare).orElse(0);
        int min = all.size() < 3 ? 0 : all.values().stream().min(Integer::compare).orElse(0);
        assertTrue(max - min <= 3, "1:1:1 balance within a block: " + all + " (this test's 24: " + arms + ")");
    }
}
