package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data for the dosing and follow-up ITs: an enrolled subject (the one place subjects are set up, so that a
 * new enrolment requirement is met here only), lab results written with SQL, and adverse events entered through the
 * AE API ({@link #adverseEventThroughApi}, {@link #resolveThroughApi}) as the investigator enters them.
 */
final class DosingFixtures {

    static final String CONSENT = "2026-09-01";
    static final String SCREENED = "2026-09-02";
    static final String ENROLLED = "2026-09-05";

    private DosingFixtures() {
    }

    /** Registers a subject at CN01 as the coordinator and enrols it (single-arm studies); returns the subject JSON. */
    static JsonNode enrolledSubject(URL base, String study) {
        return enrolledSubject(base, study, CONSENT, SCREENED, ENROLLED, null);
    }

    /**
     * Registers a subject at CN01 with the given consent, screening and enrolment dates and enrols it in {@code arm}
     * (null for a single-arm study); returns the subject JSON.
     */
    static JsonNode enrolledSubject(URL base, String study, String consent, String screened, String enrolled,
                                    String arm) {
        return enrolledSubject(base, study, "M", consent, screened, enrolled, arm);
    }

    /** As above, of the given sex ({@code M} or {@code F}). */
    static JsonNode enrolledSubject(URL base, String study, String sex, String consent, String screened, String enrolled,
                                    String arm) {
        ApiClient admin = new ApiClient(base, "admin", Deployments.DEMO_PASSWORD);
        long site = -1;
        for (JsonNode s : admin.get("/api/v1/sites").json()) {
            if ("CN01".equals(s.get("code").asText())) {
                site = s.get("id").asLong();
            }
        }
        ApiClient coordinator = new ApiClient(base, "coordinator", Deployments.DEMO_PASSWORD);
        String number = "D" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ApiClient.Reply r = coordinator.post("/api/v1/studies/" + study + "/subjects", Map.of("siteId", site,
                "screeningNumber", number, "sex", sex, "birthYear", 1960, "consentDate", consent, "screenedOn", screened));
        assertEquals(201, r.status(), r.body());
        JsonNode subject = r.json();
        EligibilityFill.fillEligible(coordinator, study, subject.get("id").asLong());
        Map<String, Object> enrolment = new HashMap<>(Map.of("version", subject.get("version").asLong(),
                "enrolledOn", enrolled));
        if (arm != null) {
            enrolment.put("arm", arm);
        }
        ApiClient.Reply e = coordinator.post("/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong()
                + "/enrolment", enrolment);
        assertEquals(200, e.status(), e.body());
        return e.json();
    }

    /** A lab result of the subject, as the lab feature stores it (value and ULN in {@code unit}). */
    static void lab(long subjectId, String test, String date, String value, String unit, String uln) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "insert into lab_result (subject_id, test_code, collected_on, value, unit, canonical_value, uln, baseline,"
                        + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, false, now(6), 0)")) {
            st.setLong(1, subjectId);
            st.setString(2, test);
            st.setString(3, date);
            st.setBigDecimal(4, new java.math.BigDecimal(value));
            st.setString(5, unit);
            st.setBigDecimal(6, new java.math.BigDecimal(value));
            st.setBigDecimal(7, uln == null ? null : new java.math.BigDecimal(uln));
            st.executeUpdate();
        }
    }

    /** The labs NCT07041788's pre-cycle gate needs, all passing, on {@code date}. */
    static void passingLabs(long subjectId, String date) throws Exception {
        lab(subjectId, "ANC", date, "2.1", "10^9/L", null);
        lab(subjectId, "PLT", date, "180", "10^9/L", null);
        lab(subjectId, "ALT", date, "30", "U/L", "40");
        lab(subjectId, "AST", date, "28", "U/L", "40");
    }

    /**
     * An ongoing adverse event entered by the investigator on the AE form (API), possibly related to every agent of
     * the subject's arm with the drug interrupted; returns the AE as stored (its id and version).
     */
    static JsonNode adverseEventThroughApi(URL base, String study, long subjectId, String term, int grade, String onset) {
        String path = "/api/v1/studies/" + study + "/subjects/" + subjectId + "/adverse-events";
        ApiClient investigator = new ApiClient(base, "investigator", Deployments.DEMO_PASSWORD);
        List<Map<String, Object>> attributions = attributions(investigator, path, subjectId, onset);
        ApiClient.Reply r = investigator.post(path, aeBody(term, grade, onset, null, attributions));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    /** The AE entered through the API resolves on {@code end} (recovered), as the investigator updates the form. */
    static JsonNode resolveThroughApi(URL base, String study, long subjectId, JsonNode ae, String end) {
        String path = "/api/v1/studies/" + study + "/subjects/" + subjectId + "/adverse-events";
        ApiClient investigator = new ApiClient(base, "investigator", Deployments.DEMO_PASSWORD);
        List<Map<String, Object>> attributions = attributions(investigator, path, subjectId, ae.get("onset").asText());
        Map<String, Object> body = aeBody(ae.get("term").asText(), ae.get("grade").asInt(), ae.get("onset").asText(), end,
                attributions);
        body.put("version", ae.get("version").asLong());
        body.put("reason", "resolved");
        ApiClient.Reply r = investigator.put(path + "/" + ae.get("id").asLong(), body);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /**
     * Possibly related, drug interrupted, for each agent of the arm given on or before {@code onset} (a dose GIVEN, or a
     * delivered radiotherapy fraction); unrelated to the others: an AE is related only to an agent already given.
     */
    private static List<Map<String, Object>> attributions(ApiClient investigator, String path, long subjectId,
                                                          String onset) {
        java.util.Set<String> given = new java.util.HashSet<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select distinct agent_id from dose_administration where subject_id = ? and status = 'GIVEN'"
                        + " and administered_on <= ? union select 'RADIOTHERAPY' from radiotherapy_fraction"
                        + " where subject_id = ? and delivered_on <= ?")) {
            st.setLong(1, subjectId);
            st.setString(2, onset);
            st.setLong(3, subjectId);
            st.setString(4, onset);
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                given.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        List<Map<String, Object>> attributions = new ArrayList<>();
        for (JsonNode agent : investigator.get(path + "/agents").json()) {
            String id = agent.get("agentId").asText();
            attributions.add(Map.of("agentId", id, "causality", given.contains(id) ? "POSSIBLE" : "UNRELATED",
                    "actionTaken", given.contains(id) ? "DRUG_INTERRUPTED" : "DOSE_NOT_CHANGED"));
        }
        return attributions;
    }

    private static Map<String, Object> aeBody(String term, int grade, String onset, String end,
                                              List<Map<String, Object>> attributions) {
        Map<String, Object> body = new HashMap<>();
        body.put("term", term);
        body.put("onset", onset);
        body.put("grade", grade);
        body.put("serious", false);
        body.put("ongoing", end == null);
        body.put("outcome", end == null ? "NOT_RECOVERED_NOT_RESOLVED" : "RECOVERED_RESOLVED");
        if (end != null) {
            body.put("end", end);
        }
        body.put("attributions", attributions);
        return body;
    }
}
