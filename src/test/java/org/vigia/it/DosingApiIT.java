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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dose rules through the API: NCT07041788's dose-modification table case by case (protocol "Toxicity Management
 * and Dose Adjustment"), the pre-cycle lab gate at its edges ("ANC ≥1.5×10⁹/L, PLT ≥90×10⁹/L ... ALT/AST ≤2.5×ULN"),
 * recording administrations with the gate, its investigator override and the deviation log, radiotherapy stop-early
 * (NCT07277764) and follow-up with the survival-endpoint dates.
 */
@ExtendWith(ArquillianExtension.class)
class DosingApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String HNSCC = "NCT07041788";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    private JsonNode decide(String agent, String term, int grade, boolean irAE, int percent) {
        ApiClient.Reply r = as("investigator").post("/api/v1/studies/" + HNSCC + "/dose-decision", Map.of("agent", agent,
                "adverseEvents", List.of(Map.of("term", term, "grade", grade, "immuneRelated", irAE)),
                "currentDosePercent", percent));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static String text(JsonNode n, String field) {
        assertTrue(n.has(field), field + " is present (null when it does not apply): " + n);
        return n.get(field).isNull() ? null : n.get(field).asText();
    }

    @Test
    void nct07041788RuleTableCaseByCase() {
        // Grade 1-2: "no dose adjustment required"; Grade 3: "suspension until recovery to ≤Grade 1; restart with
        // unchanged Iparomlimab/Tuvonralimab dose, while chemotherapy dose may be reduced by 20%"; Grade 4-5 or fatal
        // irAEs: "Permanent discontinuation".
        String[][] table = {
                // agent (id or name), term, grade, irAE, current %, action, resume grade, resume %
                {"docetaxel", "Neutrophil count decreased", "1", "false", "100", "CONTINUE", null, null},
                {"DOCETAXEL", "Neutrophil count decreased", "2", "false", "100", "CONTINUE", null, null},
                {"Docetaxel", "Neutrophil count decreased", "3", "false", "100", "HOLD", "1", "80"},
                {"docetaxel", "Neutrophil count decreased", "3", "false", "80", "HOLD", "1", "60"},
                {"docetaxel", "Neutrophil count decreased", "4", "false", "100", "DISCONTINUE", null, null},
                {"docetaxel", "Sepsis", "5", "false", "100", "DISCONTINUE", null, null},
                {"CISPLATIN_INDUCTION", "Nausea", "3", "false", "100", "HOLD", "1", "80"},
                {"cisplatin_concurrent", "Mucositis oral", "2", "false", "100", "CONTINUE", null, null},
                {"Iparomlimab and Tuvonralimab", "Diarrhea", "1", "false", "100", "CONTINUE", null, null},
                {"IPAROMLIMAB_TUVONRALIMAB", "Pneumonitis", "2", "true", "100", "CONTINUE", null, null},
                {"IPAROMLIMAB_TUVONRALIMAB", "Colitis", "3", "true", "100", "HOLD", "1", "100"},
                {"IPAROMLIMAB_TUVONRALIMAB", "Hepatic failure", "4", "true", "100", "DISCONTINUE", null, null},
                {"IPAROMLIMAB_TUVONRALIMAB", "Pneumonitis", "5", "true", "100", "DISCONTINUE", null, null},
        };
        for (String[] row : table) {
            JsonNode d = decide(row[0], row[1], Integer.parseInt(row[2]), Boolean.parseBoolean(row[3]), Integer.parseInt(row[4]));
            String what = String.join(" ", java.util.Arrays.stream(row).map(String::valueOf).toList()) + " → " + d;
            assertEquals(row[5], text(d, "action"), what);
            assertEquals(row[6], text(d, "resumeWhenGradeAtMost"), what);
            assertEquals(row[7], text(d, "resumeDosePercent"), what);
            assertFalse(d.get("reasons").isEmpty(), what);
        }
        JsonNode fatal = decide("DOCETAXEL", "Pneumonitis", 5, true, 100);
        assertEquals("DISCONTINUE", fatal.get("action").asText());
        assertTrue(fatal.get("reasons").get(0).asText().contains("fatal-irAE"), "a fatal irAE cites the irAE clause: " + fatal);

        JsonNode none = as("investigator").post("/api/v1/studies/" + HNSCC + "/dose-decision",
                Map.of("agent", "docetaxel", "adverseEvents", List.of())).json();
        assertEquals("CONTINUE", none.get("action").asText());

        ApiClient.Reply unknownAgent = as("investigator").post("/api/v1/studies/" + HNSCC + "/dose-decision",
                Map.of("agent", "nivolumab", "adverseEvents", List.of()));
        assertEquals(400, unknownAgent.status(), unknownAgent.body());
        assertTrue(unknownAgent.json().get("message").asText().contains("nivolumab"), unknownAgent.body());
        ApiClient.Reply unknownStudy = as("investigator").post("/api/v1/studies/NCT00000000/dose-decision",
                Map.of("agent", "docetaxel", "adverseEvents", List.of()));
        assertEquals(404, unknownStudy.status(), unknownStudy.body());
    }

    private JsonNode preCycle(Map<String, Object[]> labs) {
        List<Map<String, Object>> list = new ArrayList<>();
        labs.forEach((test, v) -> {
            Map<String, Object> m = new HashMap<>();
            m.put("test", test);
            m.put("value", v[0]);
            m.put("unit", v[1]);
            m.put("uln", v.length > 2 ? v[2] : null);
            list.add(m);
        });
        ApiClient.Reply r = as("coordinator").post("/api/v1/studies/" + HNSCC + "/pre-cycle-check", Map.of("labs", list));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static Map<String, Object[]> labs(Object anc, Object plt, Object alt, Object ast) {
        Map<String, Object[]> m = new LinkedHashMap<>();
        m.put("ANC", new Object[] {anc, "10^9/L"});
        m.put("PLT", new Object[] {plt, "10^9/L"});
        m.put("ALT", new Object[] {alt, "U/L", 40});
        m.put("AST", new Object[] {ast, "U/L", 40});
        return m;
    }

    @Test
    void preCycleGateAtItsEdges() {
        // Exactly at the thresholds: ANC 1.5, PLT 90, ALT/AST 100 U/L = 2.5 × ULN 40 → go
        JsonNode atEdges = preCycle(labs(1.5, 90, 100, 100));
        assertTrue(atEdges.get("go").asBoolean(), atEdges.toString());
        assertEquals(0, atEdges.get("failures").size());
        // Just beyond each: ANC 1.4, PLT 89, ALT 101 (> 2.5×ULN), AST 100.5
        JsonNode beyond = preCycle(labs(1.4, 89, 101, 100.5));
        assertFalse(beyond.get("go").asBoolean());
        assertEquals(List.of("ANC", "PLT", "ALT", "AST"), names(beyond));
        beyond.get("failures").forEach(f -> assertEquals("NOT_MET", f.get("reason").asText(), f.toString()));
        // ANC 1500 /mm3 is 1.5 × 10⁹/L
        Map<String, Object[]> mm3 = labs(1500, 90, 30, 30);
        mm3.put("ANC", new Object[] {1500, "/mm3"});
        assertTrue(preCycle(mm3).get("go").asBoolean());
        // a required lab missing, and a ×ULN criterion without its ULN
        Map<String, Object[]> missing = labs(2.0, 150, 30, 30);
        missing.remove("AST");
        missing.put("ALT", new Object[] {30, "U/L"});
        JsonNode noGo = preCycle(missing);
        assertFalse(noGo.get("go").asBoolean());
        assertEquals(List.of("ALT", "AST"), names(noGo));
        noGo.get("failures").forEach(f -> assertEquals("MISSING", f.get("reason").asText(), f.toString()));
        ApiClient.Reply badTest = as("coordinator").post("/api/v1/studies/" + HNSCC + "/pre-cycle-check",
                Map.of("labs", List.of(Map.of("test", "XYZ", "value", 1, "unit", "U/L"))));
        assertEquals(400, badTest.status(), badTest.body());
    }

    private static List<String> names(JsonNode result) {
        List<String> tests = new ArrayList<>();
        result.get("failures").forEach(f -> tests.add(f.get("test").asText()));
        return tests;
    }

    private ApiClient.Reply give(String user, long subject, String agent, int cycle, int day, String on, Object mg,
                                 Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("agent", agent, "phase", "INDUCTION", "cycle", cycle, "day", day,
                "on", on, "status", "GIVEN", "administeredMg", mg, "heightCm", 170, "weightKg", 70));
        body.putAll(extra);
        return as(user).post("/api/v1/studies/" + HNSCC + "/subjects/" + subject + "/administrations", body);
    }

    @Test
    void recordingACycleWithTheGateTheOverrideAndTheDeviationLog() throws Exception {
        long id = DosingFixtures.enrolledSubject(base, HNSCC).get("id").asLong();
        JsonNode sheet = as("coordinator").get("/api/v1/studies/" + HNSCC + "/subjects/" + id
                + "/dosing-sheet?phase=INDUCTION&cycle=1&day=1&on=2026-09-10&heightCm=170&weightKg=70").json();
        Map<String, String> planned = new HashMap<>();
        sheet.get("agents").forEach(a -> planned.put(a.get("agent").asText(), a.get("plannedMg").asText()));
        // Mosteller √(170×70/3600) = 1.8181 → 1.82 m²; docetaxel 75 × 1.82 = 136.5; cisplatin 25 × 1.82 = 45.5;
        // iparomlimab/tuvonralimab 5 mg/kg × 70 kg = 350
        assertEquals(Map.of("DOCETAXEL", "136.5", "CISPLATIN_INDUCTION", "45.5", "IPAROMLIMAB_TUVONRALIMAB", "350.0"), planned);

        ApiClient.Reply noLabs = give("coordinator", id, "DOCETAXEL", 1, 1, "2026-09-10", 136.5, Map.of());
        assertEquals(400, noLabs.status(), noLabs.body());
        assertTrue(noLabs.json().get("fields").has("labs"), noLabs.body());
        assertTrue(noLabs.body().contains("delayed"), noLabs.body());
        ApiClient.Reply coordinatorOverride = give("coordinator", id, "DOCETAXEL", 1, 1, "2026-09-10", 136.5,
                Map.of("gateOverrideReason", "labs drawn at the local hospital"));
        assertEquals(400, coordinatorOverride.status());
        assertTrue(coordinatorOverride.json().get("fields").has("gateOverrideReason"), coordinatorOverride.body());
        ApiClient.Reply overridden = give("investigator", id, "DOCETAXEL", 1, 1, "2026-09-10", 136.5,
                Map.of("gateOverrideReason", "labs drawn at the local hospital, within limits"));
        assertEquals(201, overridden.status(), overridden.body());
        assertEquals("OVERRIDDEN", overridden.json().get("gate").asText());
        JsonNode audit = as("admin").get("/api/v1/audit?action=OVERRIDE_PRE_CYCLE_GATE&entityId="
                + overridden.json().get("id").asLong()).json();
        assertEquals(1, audit.get("total").asInt(), audit.toString());

        // iparomlimab/tuvonralimab is not gated ("Each chemotherapy cycle requires..."); infusion 25 min < 30 min
        ApiClient.Reply io = give("coordinator", id, "IPAROMLIMAB_TUVONRALIMAB", 1, 1, "2026-09-10", 350,
                Map.of("infusionStart", "2026-09-10T02:00:00Z", "infusionStop", "2026-09-10T02:25:00Z"));
        assertEquals(201, io.status(), io.body());
        assertEquals("NOT_GATED", io.json().get("gate").asText());
        assertEquals("TOO_SHORT", io.json().get("infusionOutcome").asText());

        DosingFixtures.passingLabs(id, "2026-09-09");
        ApiClient.Reply tooMuch = give("coordinator", id, "CISPLATIN_INDUCTION", 1, 1, "2026-09-10", 60, Map.of());
        assertEquals(400, tooMuch.status(), tooMuch.body());
        assertTrue(tooMuch.json().get("fields").has("departureReason"), tooMuch.body());
        ApiClient.Reply deviation = give("coordinator", id, "CISPLATIN_INDUCTION", 1, 1, "2026-09-10", 60,
                Map.of("acceptDeviation", true));
        assertEquals(201, deviation.status(), deviation.body());
        assertEquals("GO", deviation.json().get("gate").asText());
        JsonNode log = as("monitor").get("/api/v1/studies/" + HNSCC + "/deviations").json();
        boolean found = false;
        for (JsonNode d : log) {
            found |= d.get("subjectId").asLong() == id && "DOSE_ABOVE_RECOMMENDATION".equals(d.get("kind").asText());
        }
        assertTrue(found, "the monitor sees the deviation: " + log);
        ApiClient.Reply again = give("coordinator", id, "DOCETAXEL", 1, 1, "2026-09-10", 136.5, Map.of());
        assertEquals(400, again.status(), "a day is given once: " + again.body());

        JsonNode exposure = as("coordinator").get("/api/v1/studies/" + HNSCC + "/subjects/" + id + "/exposure").json();
        Map<String, JsonNode> byAgent = new HashMap<>();
        exposure.forEach(e -> byAgent.put(e.get("agent").asText(), e));
        // 136.5 mg / 1.82 m² = 75 mg/m²; one cycle given at the planned dose: RDI 100 %
        assertEquals(0, byAgent.get("DOCETAXEL").get("cumulativeDoseMgPerM2").decimalValue().compareTo(new java.math.BigDecimal("75")));
        assertEquals(0, byAgent.get("DOCETAXEL").get("relativeDoseIntensityPercent").decimalValue().compareTo(new java.math.BigDecimal("100")));
        assertEquals("ON_TREATMENT", as("coordinator").get("/api/v1/studies/" + HNSCC + "/subjects/" + id).json()
                .get("status").asText());
        try (Connection c = TestDatabase.connect(); var st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select count(*) from protocol_deviation where subject_id = " + id);
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void radiotherapyStopsEarlyOnCompleteResponseAt50Gy() {
        long id = DosingFixtures.enrolledSubject(base, "NCT07277764").get("id").asLong();
        String path = "/api/v1/studies/NCT07277764/subjects/" + id + "/radiotherapy";
        java.time.LocalDate day = java.time.LocalDate.of(2026, 9, 7); // a Monday
        JsonNode course = null;
        for (int n = 1; n <= 25; n++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            Map<String, Object> body = new HashMap<>(Map.of("course", "DEFINITIVE_IMRT", "on", day.toString(), "doseGy", 2));
            if (n == 25) {
                body.put("events", List.of("COMPLETE_RESPONSE"));
            }
            ApiClient.Reply r = as("coordinator").post(path, body);
            assertEquals(201, r.status(), r.body());
            course = r.json();
            if (n == 24) {
                assertEquals("CONTINUE", course.get("recommendation").asText(), course.toString());
            }
            day = day.plusDays(1);
        }
        // "Early stop if CR at 50 Gy": 25 × 2 Gy = 50 Gy of 56 Gy prescribed
        assertEquals(0, course.get("cumulativeDoseGy").decimalValue().compareTo(new java.math.BigDecimal("50")));
        assertEquals("STOP_EARLY", course.get("recommendation").asText(), course.toString());
        ApiClient.Reply after = as("coordinator").post(path, Map.of("course", "DEFINITIVE_IMRT", "on", day.toString(), "doseGy", 2));
        assertEquals(400, after.status(), "no fraction after the early stop: " + after.body());
    }

    /**
     * NCT07041788 1.2: the weekly check grades on the RTOG scale too ("oral mucositis (RTOG grading)"), and a check of
     * RTOG grade 3 or more raises SEVERE_RADIATION_INJURY, whose rule suspends radiotherapy ("severe cases require
     * radiotherapy suspension"), until a later check is no longer severe. NCT07277764: the ulcer check form answered
     * yes raises ULCER, whose rule stops radiotherapy early; no fraction is accepted from that day.
     */
    @Test
    void aSevereWeeklyCheckSuspendsRadiotherapyAndAnUlcerOnTheFormStopsIt() throws Exception {
        ApiClient c = as("coordinator");
        long id = DosingFixtures.enrolledSubject(base, "NCT07041788").get("id").asLong();
        String subject = "/api/v1/studies/NCT07041788/subjects/" + id;
        ApiClient.Reply noRtog = c.post(subject + "/rt-checks", Map.of("assessedOn", "2026-09-14", "rtWeek", 1,
                "mucositisGrade", 3, "dermatitisGrade", 1));
        assertEquals(400, noRtog.status(), noRtog.body());
        assertTrue(noRtog.json().get("fields").has("rtogMucositisGrade"), noRtog.body());
        assertTrue(noRtog.json().get("fields").has("rtogSkinGrade"), noRtog.body());
        assertEquals("CONTINUE", course(c, subject, "DEFINITIVE_IMRT").get("recommendation").asText());

        ApiClient.Reply severe = c.post(subject + "/rt-checks", Map.of("assessedOn", "2026-09-14", "rtWeek", 1,
                "mucositisGrade", 3, "dermatitisGrade", 1, "rtogMucositisGrade", 3, "rtogSkinGrade", 1));
        assertEquals(201, severe.status(), severe.body());
        assertEquals(3, severe.json().get("rtogMucositisGrade").asInt());
        JsonNode suspended = course(c, subject, "DEFINITIVE_IMRT");
        assertEquals("SUSPEND", suspended.get("recommendation").asText(), suspended.toString());
        assertTrue(suspended.get("reasons").toString().contains("SEVERE_RADIATION_INJURY"), suspended.toString());

        ApiClient.Reply better = c.post(subject + "/rt-checks", Map.of("assessedOn", "2026-09-21", "rtWeek", 2,
                "mucositisGrade", 2, "dermatitisGrade", 1, "rtogMucositisGrade", 2, "rtogSkinGrade", 1));
        assertEquals(201, better.status(), better.body());
        assertEquals("CONTINUE", course(c, subject, "DEFINITIVE_IMRT").get("recommendation").asText(),
                "a check no longer severe lifts the suspension");
        try (Connection con = TestDatabase.connect(); var st = con.createStatement()) {
            ResultSet rs = st.executeQuery("select rtog_mucositis_grade, rtog_skin_grade from radiotherapy_skin_mucosa_check"
                    + " where subject_id = " + id + " order by rt_week");
            assertTrue(rs.next());
            assertEquals(List.of(3, 1), List.of(rs.getInt(1), rs.getInt(2)));
        }

        long other = DosingFixtures.enrolledSubject(base, "NCT07277764").get("id").asLong();
        String path = "/api/v1/studies/NCT07277764/subjects/" + other;
        for (String day : List.of("2026-09-07", "2026-09-08")) {
            assertEquals(201, c.post(path + "/radiotherapy", Map.of("course", "DEFINITIVE_IMRT", "on", day, "doseGy", 2))
                    .status());
        }
        ApiClient.Reply ulcer = c.put(path + "/visits/RT-WK1/forms/UC", Map.of("values",
                Map.of("UC[0].UCDAT", "2026-09-09", "UC[0].UCYN", "Y", "UC[0].UCSITE", "Left tonsil, 8 mm")));
        assertEquals(200, ulcer.status(), ulcer.body());
        assertEquals("COMPLETE", ulcer.json().get("status").asText());
        JsonNode stopped = course(c, path, "DEFINITIVE_IMRT");
        assertEquals("STOP_EARLY", stopped.get("recommendation").asText(), stopped.toString());
        ApiClient.Reply after = c.post(path + "/radiotherapy", Map.of("course", "DEFINITIVE_IMRT", "on", "2026-09-10",
                "doseGy", 2));
        assertEquals(400, after.status(), "no fraction after the ulcer: " + after.body());
    }

    private static JsonNode course(ApiClient c, String subject, String course) {
        ApiClient.Reply r = c.get(subject + "/radiotherapy");
        assertEquals(200, r.status(), r.body());
        for (JsonNode n : r.json()) {
            if (course.equals(n.get("course").asText())) {
                return n;
            }
        }
        throw new AssertionError(course + " not in " + r.body());
    }

    @Test
    void followUpMovesTheSubjectAndGivesSurvivalDates() {
        long id = DosingFixtures.enrolledSubject(base, HNSCC).get("id").asLong();
        String subject = "/api/v1/studies/" + HNSCC + "/subjects/" + id;
        assertEquals(201, as("coordinator").post(subject + "/treatment-discontinuation",
                Map.of("on", "2026-10-01", "reason", "ADVERSE_EVENT", "details", "grade 4 neutropenia")).status());
        assertEquals("DISCONTINUED", as("coordinator").get(subject).json().get("status").asText());
        assertEquals(201, as("coordinator").post(subject + "/end-of-treatment", Map.of("on", "2026-10-08")).status());
        assertEquals("FOLLOW_UP", as("coordinator").get(subject).json().get("status").asText());
        assertEquals(201, as("coordinator").post(subject + "/disease-events",
                Map.of("kind", "RECURRENCE", "extent", "REGIONAL", "on", "2026-10-20", "method", "MRI")).status());
        ApiClient.Reply noCause = as("coordinator").post(subject + "/follow-up-contacts",
                Map.of("contactDate", "2026-11-02", "survivalStatus", "DEAD", "deathDate", "2026-10-30"));
        assertEquals(400, noCause.status());
        assertTrue(noCause.json().get("fields").has("deathCause"), noCause.body());
        assertEquals(201, as("coordinator").post(subject + "/follow-up-contacts", Map.of("contactDate", "2026-11-02",
                "survivalStatus", "DEAD", "deathDate", "2026-10-30", "deathCause", "DISEASE")).status());
        assertEquals("DEAD", as("coordinator").get(subject).json().get("status").asText());
        JsonNode dates = as("investigator").get(subject + "/survival-events").json();
        assertEquals("2026-10-30", dates.get("events").get("DEATH_ANY_CAUSE").asText());
        assertEquals("2026-10-20", dates.get("events").get("LOCOREGIONAL_RECURRENCE").asText());
        assertFalse(dates.get("events").has("DISTANT_METASTASIS"));
        JsonNode study = as("investigator").get("/api/v1/studies/" + HNSCC + "/survival-events").json();
        boolean listed = false;
        for (JsonNode s : study) {
            listed |= s.get("subjectId").asLong() == id;
        }
        assertTrue(listed, study.toString());
    }
}
