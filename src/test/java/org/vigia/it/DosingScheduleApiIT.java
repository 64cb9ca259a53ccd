package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dosing rules across cycles through the API (issue 15): NCT07041788 Q3W induction with the IND-C{n}D1 ±3-day
 * window ("every 3 weeks for 3 cycles"), induction "within 7 days after SFRT", CRT "within 2 - 4 weeks after the
 * completion of induction", maintenance "4 - 6 weeks after the completion of concurrent chemoradiotherapy",
 * cisplatin "from day 1 to day 3"; NCT06494995 capecitabine "500 mg twice daily" ({@code timesPerDay: 2}); nothing
 * given after discontinuation. Each violation is refused with 400 naming the field and the conflicting record; a
 * schedule departure with a reason is stored as a protocol deviation.
 */
@ExtendWith(ArquillianExtension.class)
class DosingScheduleApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String HNSCC = "NCT07041788";
    private static final String IO = "IPAROMLIMAB_TUVONRALIMAB";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    private ApiClient.Reply give(String study, long subject, String agent, String phase, int cycle, int day, String on,
                                 Object mg, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("agent", agent, "phase", phase, "cycle", cycle, "day", day,
                "on", on, "status", "GIVEN", "administeredMg", mg, "heightCm", 170, "weightKg", 70));
        body.putAll(extra);
        return as("investigator").post("/api/v1/studies/" + study + "/subjects/" + subject + "/administrations", body);
    }

    private ApiClient.Reply hold(String study, long subject, String agent, String phase, int cycle, String on,
                                 String status, String reason) {
        return as("investigator").post("/api/v1/studies/" + study + "/subjects/" + subject + "/administrations",
                Map.of("agent", agent, "phase", phase, "cycle", cycle, "day", 1, "on", on, "status", status,
                        "notGivenReason", reason));
    }

    private JsonNode sheet(String study, long subject, String phase, int cycle, String on) {
        ApiClient.Reply r = as("investigator").get("/api/v1/studies/" + study + "/subjects/" + subject
                + "/dosing-sheet?phase=" + phase + "&cycle=" + cycle + "&day=1&on=" + on + "&heightCm=170&weightKg=70");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static JsonNode agent(JsonNode sheet, String agent) {
        for (JsonNode a : sheet.get("agents")) {
            if (agent.equals(a.get("agent").asText())) {
                return a;
            }
        }
        throw new AssertionError(agent + " not on the sheet " + sheet);
    }

    private static void refused(ApiClient.Reply r, String field, String... mentions) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.json().get("fields").has(field), "refused at " + field + ": " + r.body());
        for (String m : mentions) {
            assertTrue(r.body().contains(m), "names " + m + ": " + r.body());
        }
    }

    private JsonNode deviation(String study, long subject, String kind) {
        for (JsonNode d : as("monitor").get("/api/v1/studies/" + study + "/deviations").json()) {
            if (d.get("subjectId").asLong() == subject && kind.equals(d.get("kind").asText())) {
                return d;
            }
        }
        throw new AssertionError("no " + kind + " deviation of subject " + subject);
    }

    @Test
    void cycleTooEarlyIsRefusedOrRecordedAsADeviationAndADelayMovesTheNextTarget() throws Exception {
        long id = DosingFixtures.enrolledSubject(base, HNSCC).get("id").asLong();
        assertEquals(201, give(HNSCC, id, IO, "INDUCTION", 1, 1, "2026-09-10", 350, Map.of()).status());
        // the sheet of cycle 2 shows its target: 21 days after cycle 1, IND-C{n}D1 ±3 days
        JsonNode c2 = sheet(HNSCC, id, "INDUCTION", 2, "2026-09-24");
        assertEquals("2026-10-01", c2.get("cycleTarget").asText());
        assertEquals("2026-09-28", c2.get("cycleEarliest").asText());
        assertEquals("2026-10-04", c2.get("cycleLatest").asText());

        // 14 days after cycle 1 of a 21-day schedule
        ApiClient.Reply early = give(HNSCC, id, IO, "INDUCTION", 2, 1, "2026-09-24", 350, Map.of());
        refused(early, "on", "2026-09-28", "2026-09-10", "cycle 2");
        ApiClient.Reply deviated = give(HNSCC, id, IO, "INDUCTION", 2, 1, "2026-09-24", 350,
                Map.of("scheduleDeviationReason", "Patient travelling abroad from 28 September"));
        assertEquals(201, deviated.status(), deviated.body());
        JsonNode d = deviation(HNSCC, id, "CYCLE_TOO_EARLY");
        assertEquals("Patient travelling abroad from 28 September", d.get("reason").asText());
        assertEquals("2026-09-24", d.get("occurredOn").asText());
        assertTrue(d.get("description").asText().contains("2026-09-28"), d.toString());

        // the subject's visit schedule plans IND-C3D1 from cycle 2's actual day 1 too (not from the projected
        // SFRT + 1 day: 13 Sep + 42 = 25 Oct)
        String c3Target = null;
        for (JsonNode v : as("investigator").get("/api/v1/studies/" + HNSCC + "/subjects/" + id + "/schedule").json()) {
            c3Target = "IND-C3D1".equals(v.get("code").asText()) ? v.get("targetDate").asText() : c3Target;
        }
        assertEquals("2026-10-15", c3Target);
        // cycle 3 counts from cycle 2's actual day 1 (24 Sep): target 15 Oct, latest 18 Oct; given 22 Oct = 7 days late
        assertEquals("2026-10-15", sheet(HNSCC, id, "INDUCTION", 3, "2026-10-22").get("cycleTarget").asText());
        ApiClient.Reply late = give(HNSCC, id, IO, "INDUCTION", 3, 1, "2026-10-22", 350,
                Map.of("delayReason", "Grade 2 fatigue, patient asked for a week"));
        assertEquals(201, late.status(), late.body());
        assertEquals("2026-10-15", late.json().get("cycleTargetOn").asText());
        assertEquals(7, late.json().get("delayDays").asInt());
        assertEquals("Grade 2 fatigue, patient asked for a week", late.json().get("delayReason").asText());
        // a delay is no deviation: one deviation only (the early cycle 2)
        try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select count(*), min(category), min(reason) from protocol_deviation"
                    + " where subject_id = " + id);
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals("SCHEDULE", rs.getString(2));
        }
    }

    @Test
    void inductionStartsWithinSevenDaysAfterSfrt() {
        long id = DosingFixtures.enrolledSubject(base, HNSCC).get("id").asLong();
        String rt = "/api/v1/studies/" + HNSCC + "/subjects/" + id + "/radiotherapy";
        assertEquals(201, as("coordinator").post(rt, Map.of("course", "SFRT", "on", "2026-09-08", "doseGy", 10)).status());
        // "Induction therapy starts within 7 days after SFRT": 9 to 15 September
        refused(give(HNSCC, id, IO, "INDUCTION", 1, 1, "2026-09-08", 350, Map.of()), "on", "2026-09-09", "2026-09-15");
        refused(give(HNSCC, id, IO, "INDUCTION", 1, 1, "2026-09-17", 350, Map.of()), "on", "2026-09-09", "2026-09-15");
        assertEquals(201, give(HNSCC, id, IO, "INDUCTION", 1, 1, "2026-09-17", 350,
                Map.of("scheduleDeviationReason", "Hospital bed unavailable until 17 September")).status());
        JsonNode d = deviation(HNSCC, id, "PHASE_START_OUT_OF_WINDOW");
        assertEquals("Hospital bed unavailable until 17 September", d.get("reason").asText());
    }

    @Test
    void cisplatinDayThreeComesAfterItsDayOne() throws Exception {
        long id = DosingFixtures.enrolledSubject(base, HNSCC).get("id").asLong();
        DosingFixtures.passingLabs(id, "2026-09-09");
        // "cisplatin 25 mg/m² from day 1 to day 3": 25 × 1.82 m² = 45.5 mg
        refused(give(HNSCC, id, "CISPLATIN_INDUCTION", "INDUCTION", 1, 2, "2026-09-10", 45.5, Map.of()), "day", "day 1");
        assertEquals(201, give(HNSCC, id, "CISPLATIN_INDUCTION", "INDUCTION", 1, 1, "2026-09-10", 45.5, Map.of()).status());
        refused(give(HNSCC, id, "CISPLATIN_INDUCTION", "INDUCTION", 1, 3, "2026-09-09", 45.5, Map.of()), "on",
                "2026-09-10", "2026-09-12");
        refused(give(HNSCC, id, "CISPLATIN_INDUCTION", "INDUCTION", 1, 3, "2026-09-11", 45.5, Map.of()), "on",
                "2026-09-10");
        assertEquals(201, give(HNSCC, id, "CISPLATIN_INDUCTION", "INDUCTION", 1, 2, "2026-09-11", 45.5, Map.of()).status());
        assertEquals(201, give(HNSCC, id, "CISPLATIN_INDUCTION", "INDUCTION", 1, 3, "2026-09-12", 45.5, Map.of()).status());
    }

    @Test
    void nothingIsGivenAfterDiscontinuation() {
        long id = DosingFixtures.enrolledSubject(base, HNSCC).get("id").asLong();
        String subject = "/api/v1/studies/" + HNSCC + "/subjects/" + id;
        assertEquals(201, give(HNSCC, id, IO, "INDUCTION", 1, 1, "2026-09-10", 350, Map.of()).status());
        assertEquals(201, as("coordinator").post(subject + "/treatment-discontinuation",
                Map.of("on", "2026-09-20", "reason", "ADVERSE_EVENT", "details", "grade 4 colitis")).status());
        refused(give(HNSCC, id, IO, "INDUCTION", 2, 1, "2026-10-01", 350, Map.of()), "on", "2026-09-20");
        ApiClient.Reply fraction = as("coordinator").post(subject + "/radiotherapy",
                Map.of("course", "SFRT", "on", "2026-09-21", "doseGy", 10));
        refused(fraction, "on", "2026-09-20");
    }

    @Test
    void capecitabineTwiceDailyIsPlannedAndCountedAsTheDailyDose() {
        String study = "NCT06494995";
        long id = DosingFixtures.enrolledSubject(base, study, "2026-09-01", "2026-09-02", "2026-09-05", "METRONOMIC")
                .get("id").asLong();
        String capecitabine = "CAPECITABINE_METRONOMIC";
        // "500 mg orally twice daily" (timesPerDay: 2): 1000 mg a day
        JsonNode plan = agent(sheet(study, id, "TREATMENT", 1, "2026-09-07"), capecitabine);
        assertEquals(0, new BigDecimal("1000").compareTo(plan.get("plannedMg").decimalValue()), plan.toString());
        // 500 mg recorded at 100 % is half the daily dose: a departure needing a reason (the investigator takes the
        // cycle on labs drawn elsewhere: the pre-cycle gate is not what this test is about)
        Map<String, Object> labsElsewhere = Map.of("gateOverrideReason", "Labs drawn at the referring hospital");
        refused(give(study, id, capecitabine, "TREATMENT", 1, 1, "2026-09-07", 500, labsElsewhere), "departureReason",
                "1000");
        ApiClient.Reply full = give(study, id, capecitabine, "TREATMENT", 1, 1, "2026-09-07", 1000, labsElsewhere);
        assertEquals(201, full.status(), full.body());
        assertEquals(201, give(study, id, capecitabine, "TREATMENT", 1, 2, "2026-09-08", 1000, Map.of()).status());
        JsonNode exposure = as("investigator").get("/api/v1/studies/" + study + "/subjects/" + id + "/exposure").json();
        JsonNode cape = null;
        for (JsonNode e : exposure) {
            cape = capecitabine.equals(e.get("agent").asText()) ? e : cape;
        }
        assertEquals(0, new BigDecimal("2000").compareTo(cape.get("cumulativeDoseMg").decimalValue()), exposure.toString());
        assertEquals(0, new BigDecimal("100").compareTo(cape.get("relativeDoseIntensityPercent").decimalValue()),
                exposure.toString());
    }

    /**
     * One subject across NCT07041788's phases, adverse events entered on the AE form (API): docetaxel started at 80 %
     * by the investigator's choice (a documented reason), reduced again to 60 % after grade 3 neutropenia
     * ("chemotherapy dose may be reduced by 20%"): the second reduction; the next grade 3 episode at the reduction
     * limit ({@code maxReductions: 2}) recommends discontinuation, counted from the stored history. CRT and
     * maintenance start inside their windows counted from the actual dates; maintenance cycles keep their interval.
     */
    @Test
    void secondReductionDiscontinuationAtTheLimitAndMaintenance() throws Exception {
        long id = DosingFixtures.enrolledSubject(base, HNSCC, "2026-01-02", "2026-01-03", "2026-01-05", null)
                .get("id").asLong();
        String neutropenia = "Neutrophil count decreased";
        String rt = "/api/v1/studies/" + HNSCC + "/subjects/" + id + "/radiotherapy";
        assertEquals(201, as("coordinator").post(rt, Map.of("course", "SFRT", "on", "2026-01-12", "doseGy", 10)).status());
        DosingFixtures.passingLabs(id, "2026-01-13");
        // 136.5 mg × 80 % = 109.2 mg, the level chosen by the investigator with a reason: the first reduction
        ApiClient.Reply c1 = give(HNSCC, id, "DOCETAXEL", "INDUCTION", 1, 1, "2026-01-14", 109.2,
                Map.of("dosePercent", 80, "departureReason", "Frail patient: investigator starts at 80 %"));
        assertEquals(201, c1.status(), c1.body());
        assertEquals(201, give(HNSCC, id, IO, "INDUCTION", 1, 1, "2026-01-14", 350, Map.of()).status());

        // grade 3 neutropenia: cycle 2 held on its target (14 Jan + 21), then given a week later at 60 %
        JsonNode ae1 = DosingFixtures.adverseEventThroughApi(base, HNSCC, id, neutropenia, 3, "2026-01-25");
        JsonNode held = agent(sheet(HNSCC, id, "INDUCTION", 2, "2026-02-04"), "DOCETAXEL");
        assertEquals("HOLD", held.get("recommendation").asText(), held.toString());
        assertEquals(201, hold(HNSCC, id, "DOCETAXEL", "INDUCTION", 2, "2026-02-04", "NOT_GIVEN", "neutropenia grade 3").status());
        DosingFixtures.resolveThroughApi(base, HNSCC, id, ae1, "2026-02-08");
        DosingFixtures.passingLabs(id, "2026-02-10");
        JsonNode c2 = agent(sheet(HNSCC, id, "INDUCTION", 2, "2026-02-11"), "DOCETAXEL");
        assertEquals(0, new BigDecimal("60").compareTo(c2.get("recommendedPercent").decimalValue()), c2.toString());
        assertEquals(0, new BigDecimal("81.9").compareTo(c2.get("plannedMg").decimalValue()), c2.toString());
        ApiClient.Reply given2 = give(HNSCC, id, "DOCETAXEL", "INDUCTION", 2, 1, "2026-02-11", 81.9,
                Map.of("dosePercent", 60, "delayReason", "recovery from neutropenia"));
        assertEquals(201, given2.status(), given2.body());
        assertEquals(7, given2.json().get("delayDays").asInt());
        assertEquals("2026-02-04", given2.json().get("cycleTargetOn").asText());

        // another grade 3 episode after two reductions (a third is beyond the limit): discontinue; cycle 3 is counted
        // from cycle 2's actual day 1 (11 Feb + 21 = 4 Mar)
        JsonNode ae2 = DosingFixtures.adverseEventThroughApi(base, HNSCC, id, neutropenia, 3, "2026-02-20");
        JsonNode c3 = sheet(HNSCC, id, "INDUCTION", 3, "2026-03-04");
        assertEquals("2026-03-04", c3.get("cycleTarget").asText());
        JsonNode limit = agent(c3, "DOCETAXEL");
        assertEquals("DISCONTINUE", limit.get("recommendation").asText(), limit.toString());
        assertEquals(201, hold(HNSCC, id, "DOCETAXEL", "INDUCTION", 3, "2026-03-04", "DISCONTINUED",
                "grade 3 neutropenia after two reductions").status());
        DosingFixtures.resolveThroughApi(base, HNSCC, id, ae2, "2026-03-08");
        DosingFixtures.passingLabs(id, "2026-03-08");
        ApiClient.Reply afterStop = give(HNSCC, id, "DOCETAXEL", "INDUCTION", 3, 1, "2026-03-09", 81.9, Map.of());
        refused(afterStop, "departureReason", "discontinuation");

        // induction completes 11 Feb + 2 × 21 = 25 Mar; CRT "within 2 - 4 weeks": 8 to 22 April
        DosingFixtures.passingLabs(id, "2026-04-04");
        JsonNode crt = agent(sheet(HNSCC, id, "CRT", 1, "2026-04-05"), "CISPLATIN_CONCURRENT");
        refused(give(HNSCC, id, "CISPLATIN_CONCURRENT", "CRT", 1, 1, "2026-04-05", crt.get("plannedMg").decimalValue(),
                Map.of()), "on", "2026-04-08", "2026-04-22");
        DosingFixtures.passingLabs(id, "2026-04-07");
        ApiClient.Reply crtGiven = give(HNSCC, id, "CISPLATIN_CONCURRENT", "CRT", 1, 1, "2026-04-08",
                crt.get("plannedMg").decimalValue(), Map.of());
        assertEquals(201, crtGiven.status(), crtGiven.body());

        // CRT completes 8 Apr + 42 days = 20 May; maintenance "4 - 6 weeks" later: 17 Jun to 1 Jul; MAINT-C{n}D1 ±3
        refused(give(HNSCC, id, IO, "MAINTENANCE", 1, 1, "2026-06-10", 350, Map.of()), "on", "2026-06-17", "2026-07-01");
        assertEquals(201, give(HNSCC, id, IO, "MAINTENANCE", 1, 1, "2026-06-17", 350, Map.of()).status());
        refused(give(HNSCC, id, IO, "MAINTENANCE", 2, 1, "2026-07-01", 350, Map.of()), "on", "2026-07-05", "2026-06-17");
        assertEquals(201, give(HNSCC, id, IO, "MAINTENANCE", 2, 1, "2026-07-05", 350, Map.of()).status());

        JsonNode exposure = as("investigator").get("/api/v1/studies/" + HNSCC + "/subjects/" + id + "/exposure").json();
        JsonNode docetaxel = null;
        for (JsonNode e : exposure) {
            docetaxel = "DOCETAXEL".equals(e.get("agent").asText()) ? e : docetaxel;
        }
        // 109.2 + 81.9 mg; one hold, two reductions, one discontinuation
        assertEquals(0, new BigDecimal("191.1").compareTo(docetaxel.get("cumulativeDoseMg").decimalValue()), docetaxel.toString());
        assertEquals(2, docetaxel.get("reductions").asInt(), docetaxel.toString());
        assertEquals(1, docetaxel.get("holds").asInt(), docetaxel.toString());
        assertEquals(1, docetaxel.get("discontinuations").asInt(), docetaxel.toString());
        try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select count(*) from adverse_event where subject_id = " + id
                    + " and ongoing = false and end_date is not null");
            rs.next();
            assertEquals(2, rs.getInt(1), "both episodes entered and resolved through the AE API");
        }
    }
}
