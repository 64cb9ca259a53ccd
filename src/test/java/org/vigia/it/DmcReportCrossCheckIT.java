package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The DMC report against a recount from the database. A trial is filled through the application's services by the
 * synthetic trial generator ({@code POST /api/v1/admin/demo-data}); the report is generated as a zip of CSV files
 * through the API at two cut-offs (today, and the median enrolment date of the generated subjects, which leaves
 * about half of them out and cuts treatment, adverse events, deaths and tumour assessments in the middle); then
 * every cell of the disposition, exposure, AE overview, worst grade, SOC/term, grade &ge;3, most frequent terms,
 * SAE and death listings, stopping rule, response and Kaplan&ndash;Meier tables is recomputed here with plain SQL
 * over the tables the features write (and a plain product-limit estimator, RECIST best overall response and
 * Clopper&ndash;Pearson limits written here) and compared. No production class is used for the recount: only the
 * study definition as stored, the report's wording (its message bundle) and the CSV layout documented in
 * {@code DmcCsvZipRenderer}.
 *
 * <p>Rules recounted (the report's definitions, stated in {@code DmcDataSource}): treated = an administration
 * GIVEN with a dose above 0 of an agent of the arm's phases, or a fraction of a radiotherapy course of the arm's
 * phases, on or before the cut-off; treatment-emergent = onset (its latest possible day) on or after the first
 * treatment and (its earliest possible day) no later than {@code dmc.treatmentEmergentDays} after the last; AEs in
 * status PROPOSED, DISMISSED, DELETED, ENTERED_IN_ERROR left out; grade = the highest grade entry dated on or before
 * the cut-off; deaths from follow-up contacts DEAD (contact and death dated on or before the cut-off); a death is
 * related when the subject has a fatal AE (outcome FATAL or grade 5) with causality possible, probable or definite
 * for an agent or radiotherapy; response population = enrolled subjects with a baseline tumour assessment on or
 * before the cut-off, best overall response from the follow-ups' investigator override, else the computed response,
 * with the definition's confirmation rule. Lab shift tables are not recounted here (DmcReportApiIT counts them by
 * hand).
 */
@ExtendWith(ArquillianExtension.class)
class DmcReportCrossCheckIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.vigia.dmc.DmcMessages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final Set<String> EXCLUDED_AE_STATUSES = Set.of("PROPOSED", "DISMISSED", "DELETED", "ENTERED_IN_ERROR");
    private static final double Z_95 = 1.959963984540054;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void singleArmChemoradiotherapyTrialMatchesARecountAtTwoCutOffs() throws Exception {
        crossCheck("NCT07041788", 20);
    }

    @Test
    void randomisedThreeArmTrialMatchesARecountAtTwoCutOffs() throws Exception {
        crossCheck("NCT07264075", 16);
    }

    private void crossCheck(String registryId, int subjects) throws Exception {
        JsonNode filled = fill(registryId, subjects);
        long studyId = studyId(registryId);
        String added = addWhatTheGeneratorDoesNotWrite(registryId, studyId);
        LocalDate today = LocalDate.now();
        LocalDate median = medianEnrolment(studyId, registryId);
        for (LocalDate cutOff : List.of(today, median)) {
            Recount recount = Recount.of(studyId, cutOff);
            Map<String, List<List<String>>> report = csvReport(registryId, cutOff);
            List<String> differences = new ArrayList<>();
            for (Map.Entry<String, Table> e : recount.tables().entrySet()) {
                compare(e.getKey(), e.getValue(), report.get(e.getKey()), differences);
            }
            System.out.printf("DMC cross-check %s cut-off %s: %s%n", registryId, cutOff, recount.summary());
            for (String table : List.of("disposition", "death-listing", "km-summary")) {
                report.get(table).forEach(row -> System.out.println("  " + table + ": " + String.join(" | ", row)));
            }
            assertTrue(differences.isEmpty(), registryId + " at " + cutOff + ": the report differs from the recount in "
                    + differences.size() + " cell(s):\n" + String.join("\n", differences.subList(0,
                    Math.min(60, differences.size()))));
            assertSameRatesAsTheResponseSummary(registryId, cutOff, report.get("response"));
            if (cutOff.equals(today)) {
                // the recount is only worth something when the data exercise the tables
                assertTrue(recount.treated() >= subjects / 2, "most generated subjects are treated: " + recount.summary());
                assertTrue(recount.treatmentEmergentEvents() > subjects, "adverse events: " + recount.summary());
                assertTrue(recount.responsePopulation() > 0, "tumour assessments: " + recount.summary());
                assertTrue(recount.exposureAgents() > 0, "exposure: " + recount.summary());
            }
        }
        System.out.println("DMC cross-check " + registryId + " filled: " + filled + "; added through the API: " + added);
    }

    /**
     * Records the generator never writes, through the API as a site would, on top of the generated trial, so that the
     * cells they feed are not all zero: a fatal immune-related pneumonitis judged probably related to every agent with
     * the drug withdrawn, and the death it caused (a related death, the stopping rule's numerator); an AE with a
     * partial onset date (month only); an agent discontinued with a reason; a dose above the recommendation accepted as
     * a deviation. Each goes to the first generated subject on treatment for which the application accepts it.
     */
    private String addWhatTheGeneratorDoesNotWrite(String registryId, long studyId) throws Exception {
        List<Map<String, Object>> candidates = new ArrayList<>();
        try (Connection c = TestDatabase.connect()) {
            query(c, "SELECT s.id, d.agent_id, d.phase_id, d.cycle, d.cycle_day, d.administered_on, d.administered_mg,"
                    + " d.height_cm, d.weight_kg FROM subject s JOIN dose_administration d ON d.subject_id = s.id"
                    + " WHERE s.study_id = ? AND s.screening_number LIKE ? AND s.status = 'ON_TREATMENT'"
                    + " AND d.id = (SELECT MAX(x.id) FROM dose_administration x WHERE x.subject_id = s.id"
                    + " AND x.status = 'GIVEN' AND x.administered_mg > 0) ORDER BY s.id",
                    List.of(studyId, "SCR-" + registryId.substring(3) + "-%"), rs -> {
                Map<String, Object> m = new HashMap<>();
                m.put("id", rs.getLong(1));
                m.put("agent", rs.getString(2));
                m.put("phase", rs.getString(3));
                m.put("cycle", rs.getInt(4));
                m.put("day", rs.getInt(5));
                m.put("on", rs.getDate(6).toLocalDate());
                m.put("mg", rs.getBigDecimal(7));
                m.put("heightCm", rs.getBigDecimal(8));
                m.put("weightKg", rs.getBigDecimal(9));
                candidates.add(m);
            });
        }
        ApiClient investigator = new ApiClient(base, "investigator", PW);
        LocalDate today = LocalDate.now();
        List<String> done = new ArrayList<>();
        done.add(longFollowedSubject(registryId, today.minusDays(800)));
        java.util.Iterator<Map<String, Object>> it = candidates.iterator();
        // a fatal related AE and the death it caused
        while (it.hasNext()) {
            Map<String, Object> s = it.next();
            it.remove();
            String subject = "/api/v1/studies/" + registryId + "/subjects/" + s.get("id");
            // the death may not precede a date the subject was known alive, nor a dated record or an AE onset of the
            // subject (issue 15): not before the last contact, the last record attached to its visits, the last onset
            LocalDate[] lastAlive = {(LocalDate) s.get("on")};
            try (Connection c = TestDatabase.connect()) {
                query(c, "SELECT GREATEST(COALESCE((SELECT MAX(last_known_alive) FROM follow_up_contact WHERE subject_id = ?),"
                                + " DATE '1900-01-01'), COALESCE((SELECT MAX(record_date) FROM visit_record WHERE subject_id = ?),"
                                + " DATE '1900-01-01'), COALESCE((SELECT MAX(CASE WHEN LENGTH(onset) = 10 THEN"
                                + " STR_TO_DATE(onset, '%Y-%m-%d') WHEN LENGTH(onset) = 7 THEN"
                                + " LAST_DAY(STR_TO_DATE(CONCAT(onset, '-01'), '%Y-%m-%d')) ELSE"
                                + " STR_TO_DATE(CONCAT(onset, '-12-31'), '%Y-%m-%d') END) FROM adverse_event WHERE subject_id = ?),"
                                + " DATE '1900-01-01'))", List.of(s.get("id"), s.get("id"), s.get("id")),
                        rs -> {
                            if (rs.getDate(1) != null && rs.getDate(1).toLocalDate().isAfter(lastAlive[0])) {
                                lastAlive[0] = rs.getDate(1).toLocalDate();
                            }
                        });
            }
            LocalDate afterDose = ((LocalDate) s.get("on")).plusDays(3);
            LocalDate onset = min(afterDose.isAfter(lastAlive[0]) ? afterDose : lastAlive[0], today);
            // related to the agent given last (on or before the onset); unrelated to the others, which the subject
            // may not have been given by then (an AE is related only to an agent already given)
            List<Map<String, Object>> attributions = new ArrayList<>();
            boolean related = false;
            for (JsonNode a : investigator.get(subject + "/adverse-events/agents").json()) {
                boolean given = a.get("agentId").asText().equals(s.get("agent"));
                related |= given;
                attributions.add(Map.of("agentId", a.get("agentId").asText(), "causality",
                        given ? "PROBABLE" : "UNRELATED", "actionTaken", "DRUG_WITHDRAWN"));
            }
            if (!related) {
                done.add("no attribution to " + s.get("agent") + " for " + s.get("id"));
                continue;
            }
            Map<String, Object> ae = new HashMap<>();
            ae.put("term", "Pneumonitis");
            ae.put("onset", onset.toString());
            ae.put("end", onset.toString());
            ae.put("ongoing", false);
            ae.put("grade", 5);
            ae.put("serious", true);
            ae.put("seriousnessCriteria", List.of("DEATH"));
            ae.put("awareness", onset.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC).isAfter(java.time.Instant.now())
                    ? java.time.Instant.now().minusSeconds(60).toString()
                    : onset.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC).toString());
            ae.put("attributions", attributions);
            ae.put("outcome", "FATAL");
            ae.put("immuneRelated", true);
            ae.put("immuneCategory", "PNEUMONITIS");
            ApiClient.Reply r = investigator.post(subject + "/adverse-events", ae);
            if (r.status() != 201) {
                done.add("fatal AE refused for " + s.get("id") + ": " + abbreviate(r.body()));
                continue;
            }
            ApiClient.Reply death = investigator.post(subject + "/follow-up-contacts", Map.of("contactDate", onset.toString(),
                    "survivalStatus", "DEAD", "deathDate", onset.toString(), "deathCause", "ADVERSE_EVENT",
                    "deathCauseText", "Pneumonitis"));
            assertEquals(201, death.status(), death.body());
            done.add("fatal related pneumonitis and death of subject " + s.get("id") + " on " + onset);
            break;
        }
        // a partial onset date
        it = candidates.iterator();
        while (it.hasNext()) {
            Map<String, Object> s = it.next();
            it.remove();
            String subject = "/api/v1/studies/" + registryId + "/subjects/" + s.get("id");
            String month = s.get("on").toString().substring(0, 7);
            ApiClient.Reply r = investigator.post(subject + "/adverse-events", Map.of("term", "Fatigue", "onset", month,
                    "ongoing", true, "grade", 2, "serious", false));
            if (r.status() == 201) {
                done.add("fatigue with onset " + month + " for subject " + s.get("id"));
                break;
            }
            done.add("partial-date AE refused for " + s.get("id") + ": " + abbreviate(r.body()));
        }
        // an agent discontinued at its next cycle
        it = candidates.iterator();
        while (it.hasNext()) {
            Map<String, Object> s = it.next();
            ApiClient.Reply r = investigator.post("/api/v1/studies/" + registryId + "/subjects/" + s.get("id")
                    + "/administrations", Map.of("agent", s.get("agent"), "phase", s.get("phase"),
                    "cycle", (Integer) s.get("cycle") + 1, "day", s.get("day"), "on", today.toString(),
                    "status", "DISCONTINUED", "notGivenReason", "Investigator decision: cumulative toxicity"));
            if (r.status() == 201) {
                it.remove();
                done.add(s.get("agent") + " discontinued for subject " + s.get("id"));
                break;
            }
            done.add("discontinuation refused for " + s.get("id") + ": " + abbreviate(r.body()));
        }
        // a dose above the recommendation, accepted as a deviation
        it = candidates.iterator();
        while (it.hasNext()) {
            Map<String, Object> s = it.next();
            Map<String, Object> body = new HashMap<>();
            body.put("agent", s.get("agent"));
            body.put("phase", s.get("phase"));
            body.put("cycle", (Integer) s.get("cycle") + 1);
            body.put("day", s.get("day"));
            body.put("on", today.toString());
            body.put("status", "GIVEN");
            body.put("administeredMg", ((BigDecimal) s.get("mg")).multiply(new BigDecimal("1.3")).setScale(1, RoundingMode.HALF_UP));
            body.put("acceptDeviation", true);
            // the investigator takes the cycle on labs drawn elsewhere (the generator's labs may be older than the window)
            body.put("gateOverrideReason", "Labs drawn at the local hospital, within limits");
            if (s.get("heightCm") != null && s.get("weightKg") != null) {
                body.put("heightCm", s.get("heightCm"));
                body.put("weightKg", s.get("weightKg"));
            }
            ApiClient.Reply r = investigator.post("/api/v1/studies/" + registryId + "/subjects/" + s.get("id")
                    + "/administrations", body);
            if (r.status() == 201) {
                done.add(s.get("agent") + " given above the recommendation for subject " + s.get("id"));
                break;
            }
            done.add("deviation refused for " + s.get("id") + ": " + abbreviate(r.body()));
        }
        return String.join("; ", done);
    }

    /**
     * A subject enrolled {@code enrolledOn} (more than two years ago: the generated trial is younger than a year, and the
     * 1- and 2-year Kaplan–Meier rates need someone followed that long), given the first planned dose of the arm's first
     * agent on the enrolment day, alive at a contact today.
     */
    private String longFollowedSubject(String registryId, LocalDate enrolledOn) {
        ApiClient coordinator = new ApiClient(base, "coordinator", PW);
        ApiClient investigator = new ApiClient(base, "investigator", PW);
        long site = -1;
        for (JsonNode s : coordinator.get("/api/v1/sites").json()) {
            if ("CN01".equals(s.get("code").asText())) {
                site = s.get("id").asLong();
            }
        }
        String screened = enrolledOn.minusDays(5).toString();
        ApiClient.Reply registered = coordinator.post("/api/v1/studies/" + registryId + "/subjects", Map.of("siteId", site,
                "screeningNumber", "XC" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100000, 999999),
                "sex", "F", "birthYear", 1958, "consentDate", screened, "screenedOn", screened));
        assertEquals(201, registered.status(), registered.body());
        long id = registered.json().get("id").asLong();
        String subject = "/api/v1/studies/" + registryId + "/subjects/" + id;
        EligibilityFill.fillEligible(coordinator, registryId, id);
        Map<String, Object> enrolment = new HashMap<>(Map.of("version", registered.json().get("version").asLong(),
                "enrolledOn", enrolledOn.toString()));
        if ("NCT07264075".equals(registryId)) {
            EligibilityFill.recordStrataData(coordinator, registryId, id, "30", "ORAL_CAVITY", null, 0, screened);
            enrolment.put("strata", Map.of("PDL1_CPS", "CPS_GE_20", "HPV_OROPHARYNX", "OTHER", "ECOG", "ECOG_0"));
        }
        ApiClient.Reply enrolled = coordinator.post(subject + "/enrolment", enrolment);
        assertEquals(200, enrolled.status(), enrolled.body());
        String phase = "NCT07041788".equals(registryId) ? "INDUCTION" : "TREATMENT";
        JsonNode sheet = investigator.get(subject + "/dosing-sheet?phase=" + phase + "&cycle=1&day=1&on=" + enrolledOn
                + "&heightCm=170&weightKg=70").json();
        JsonNode line = null;
        for (JsonNode a : sheet.get("agents")) {
            if (line == null && a.hasNonNull("plannedMg")) {
                line = a;
            }
        }
        assertTrue(line != null, sheet.toString());
        ApiClient.Reply given = investigator.post(subject + "/administrations", Map.of("agent", line.get("agent").asText(),
                "phase", phase, "cycle", 1, "day", 1, "on", enrolledOn.toString(), "status", "GIVEN",
                "administeredMg", line.get("plannedMg").decimalValue(), "heightCm", 170, "weightKg", 70,
                "gateOverrideReason", "Labs drawn at the referring hospital"));
        assertEquals(201, given.status(), given.body());
        ApiClient.Reply alive = investigator.post(subject + "/follow-up-contacts", Map.of("contactDate",
                LocalDate.now().toString(), "survivalStatus", "ALIVE"));
        assertEquals(201, alive.status(), alive.body());
        return "subject " + id + " enrolled " + enrolledOn + ", " + line.get("agent").asText() + " given, alive today";
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    // ------------------------------------------------------------------ filling the trial through the services

    private JsonNode fill(String registryId, int subjects) throws Exception {
        ApiClient admin = new ApiClient(base, "admin", PW);
        long deadline = System.currentTimeMillis() + 300_000;
        ApiClient.Reply accepted = admin.post("/api/v1/admin/demo-data", Map.of("study", registryId, "subjects", subjects));
        while (accepted.status() == 400 && accepted.body().contains("already running") && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            accepted = admin.post("/api/v1/admin/demo-data", Map.of("study", registryId, "subjects", subjects));
        }
        assertEquals(202, accepted.status(), accepted.body());
        JsonNode status = admin.get("/api/v1/admin/demo-data").json();
        while (status.get("running").asBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            status = admin.get("/api/v1/admin/demo-data").json();
        }
        assertFalse(status.get("running").asBoolean(), "the generator finishes: " + status);
        JsonNode result = null;
        for (JsonNode s : status.get("studies")) {
            if (registryId.equals(s.get("registryId").asText())) {
                result = s;
            }
        }
        assertTrue(result != null, status.toString());
        assertTrue(result.get("enrolled").asInt() >= subjects - 3, result.toString());
        return result;
    }

    private static long studyId(String registryId) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement st = c.prepareStatement("SELECT id FROM study WHERE registry_id = ?")) {
            st.setString(1, registryId);
            ResultSet rs = st.executeQuery();
            assertTrue(rs.next(), registryId);
            return rs.getLong(1);
        }
    }

    /** The median enrolment date of the generated subjects (screening numbers SCR-&lt;registry number&gt;-nnnnn). */
    private static LocalDate medianEnrolment(long studyId, String registryId) throws Exception {
        List<LocalDate> dates = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT enrolled_on FROM subject WHERE study_id = ? AND screening_number LIKE ? AND enrolled_on IS NOT NULL"
                        + " ORDER BY enrolled_on")) {
            st.setLong(1, studyId);
            st.setString(2, "SCR-" + registryId.substring(3) + "-%");
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                dates.add(rs.getDate(1).toLocalDate());
            }
        }
        assertFalse(dates.isEmpty());
        return dates.get((dates.size() - 1) / 2);
    }

    // ------------------------------------------------------------------ the report and the response summary

    /** Table id → CSV rows (header first) of the report generated through the API. */
    private Map<String, List<List<String>>> csvReport(String registryId, LocalDate cutOff) throws Exception {
        String b = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(b + "api/v1/studies/" + registryId + "/dmc-reports"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("dmc:" + PW)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(
                        Map.of("cutoff", cutOff.toString(), "format", "csv-zip", "language", "en"))))
                .build();
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode(), new String(reply.body(), StandardCharsets.UTF_8));
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(reply.body()))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // every CSV starts with a UTF-8 byte order mark (so that Excel reads Chinese); the cells follow it
                assertTrue(text.startsWith("\uFEFF"), e.getName() + " starts with a byte order mark");
                text = text.substring(1);
                List<List<String>> rows = new ArrayList<>();
                for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
                    rows.add(r.toList());
                }
                String name = e.getName();
                if (name.matches("\\d\\d-.*\\.csv")) {
                    tables.put(name.substring(3, name.length() - 4), rows);
                } else if (name.equals("metadata.csv")) {
                    assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("cut_off") && r.get(1).equals(cutOff.toString())),
                            rows.toString());
                }
            }
        }
        return tables;
    }

    /**
     * {@code GET /api/v1/studies/{id}/response-summary?cutoff=} gives the ORR and DCR of the DMC report's Total column
     * (responders over the response population) at the same cut-off: one computation for one number.
     */
    private void assertSameRatesAsTheResponseSummary(String registryId, LocalDate cutOff, List<List<String>> response) {
        ApiClient.Reply reply = new ApiClient(base, "datamanager", PW)
                .get("/api/v1/studies/" + registryId + "/response-summary?cutoff=" + cutOff);
        assertEquals(200, reply.status(), reply.body());
        JsonNode summary = reply.json();
        int total = response.get(0).indexOf(TEXT.getString("column.total") + " n");
        Map<String, List<String>> rows = new HashMap<>();
        response.forEach(r -> rows.putIfAbsent(r.get(0), r));
        int population = Integer.parseInt(rows.get(TEXT.getString("response.population")).get(total));
        String orr = rows.get(TEXT.getString("response.orr")).get(total);
        String dcr = rows.get(TEXT.getString("response.dcr")).get(total);
        assertEquals(population + "/" + orr + "/" + dcr,
                summary.get("subjects").asInt() + "/" + summary.get("orr").get("responders").asInt() + "/"
                        + summary.get("dcr").get("responders").asInt(),
                "response population / ORR responders / DCR responders, report vs response summary at " + cutOff);
        assertEquals(population, summary.get("orr").get("denominator").asInt());
        assertEquals(population, summary.get("dcr").get("denominator").asInt());
    }

    // ------------------------------------------------------------------ comparing

    private static void compare(String id, Table expected, List<List<String>> actual, List<String> differences) {
        if (actual == null) {
            differences.add(id + ": no such table in the report");
            return;
        }
        List<List<Object>> want = expected.flat();
        int rows = Math.max(want.size(), actual.size());
        for (int r = 0; r < rows; r++) {
            if (r >= want.size() || r >= actual.size()) {
                differences.add(id + " row " + r + ": expected " + (r < want.size() ? want.get(r) : "no row")
                        + ", report " + (r < actual.size() ? actual.get(r) : "no row"));
                continue;
            }
            List<Object> w = want.get(r);
            List<String> a = actual.get(r);
            if (w.size() != a.size()) {
                differences.add(id + " row " + r + ": expected " + w + ", report " + a);
                continue;
            }
            for (int c = 0; c < w.size(); c++) {
                if (!matches(w.get(c), a.get(c))) {
                    differences.add(id + " row " + r + " [" + a.get(0) + "] column " + c + " ["
                            + (actual.isEmpty() ? "" : actual.get(0).get(c)) + "]: expected " + w.get(c) + ", report '"
                            + a.get(c) + "'");
                }
            }
        }
    }

    private static boolean matches(Object expected, String actual) {
        if (expected instanceof Approx a) {
            try {
                return Math.abs(Double.parseDouble(actual) - a.value()) <= 0.05 + 1e-6;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return expected.equals(actual);
    }

    // ------------------------------------------------------------------ expected tables, in the CSV layout

    /** A cell of an expected table. */
    private sealed interface Cell permits Cnt, Txt, Approx, Blank {
    }

    /** A count, with its denominator (0: shown without a percentage). */
    private record Cnt(int n, int den) implements Cell {
        static Cnt of(int n) {
            return new Cnt(n, 0);
        }

        String percent() {
            return den <= 0 ? "" : BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP)
                    .toPlainString();
        }
    }

    private record Txt(String text) implements Cell {
        @Override
        public String toString() {
            return "'" + text + "'";
        }
    }

    /** A decimal the report rounds to one decimal: equal when the report's value is this one rounded. */
    private record Approx(double value) implements Cell {
    }

    private record Blank() implements Cell {
        @Override
        public String toString() {
            return "''";
        }
    }

    private static Cell dec(BigDecimal v) {
        return v == null ? new Blank() : new Txt(v.setScale(1, RoundingMode.HALF_UP).toPlainString());
    }

    private static Cell ne() {
        return new Txt(TEXT.getString("value.notEstimable"));
    }

    /** Columns (header, group), rows of cells; flattened as the CSV writes it (n and % columns for counts). */
    private record Table(List<String[]> columns, List<List<Cell>> rows) {

        List<List<Object>> flat() {
            List<int[]> layout = new ArrayList<>(); // [source column, 1 = percent]
            List<Object> header = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                int column = c;
                boolean split = rows.stream().anyMatch(r -> r.get(column) instanceof Cnt n && n.den() > 0);
                String h = columns.get(c)[0];
                String g = columns.get(c)[1];
                String qualified = g.isEmpty() ? h : g + ": " + h;
                layout.add(new int[] {c, 0});
                header.add(split ? qualified + " n" : qualified);
                if (split) {
                    layout.add(new int[] {c, 1});
                    header.add(qualified + " %");
                }
            }
            List<List<Object>> out = new ArrayList<>();
            out.add(header);
            for (List<Cell> row : rows) {
                List<Object> flat = new ArrayList<>();
                for (int[] l : layout) {
                    Cell cell = row.get(l[0]);
                    if (cell instanceof Cnt n) {
                        flat.add(l[1] == 1 ? n.percent() : Integer.toString(n.n()));
                    } else if (l[1] == 1) {
                        flat.add("");
                    } else if (cell instanceof Txt t) {
                        flat.add(t.text());
                    } else if (cell instanceof Approx a) {
                        flat.add(a);
                    } else {
                        flat.add("");
                    }
                }
                out.add(flat);
            }
            return out;
        }
    }

    private static String text(String key, Object... args) {
        String pattern = TEXT.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    private static String textOr(String key, String fallback) {
        return TEXT.containsKey(key) ? TEXT.getString(key) : fallback;
    }

    // ------------------------------------------------------------------ the study definition as stored

    private record Phase(String id, String name, Integer cycleLengthDays, List<String> agents, List<String> courses) {
    }

    private record EndpointDef(String id, String origin, List<String> events) {
    }

    /** What the recount needs from the definition version in force at the cut-off (table study_definition). */
    private record Definition(List<String[]> arms, Map<String, List<Phase>> phases, Map<String, String> agents,
                              Map<String, String> courses, boolean byArm, int teDays, List<Integer> landmarkYears,
                              int mostFrequentTerms, BigDecimal mortalityThreshold, boolean confirmation,
                              int confirmationDays, int sdDays, List<EndpointDef> endpoints) {

        static Definition load(Connection c, long studyId, LocalDate cutOff) throws Exception {
            String yaml = null;
            try (PreparedStatement st = c.prepareStatement("SELECT content FROM study_definition WHERE study_id = ?"
                    + " ORDER BY effective_from <= ? DESC, CASE WHEN effective_from <= ? THEN effective_from END DESC,"
                    + " effective_from ASC LIMIT 1")) {
                st.setLong(1, studyId);
                st.setDate(2, java.sql.Date.valueOf(cutOff));
                st.setDate(3, java.sql.Date.valueOf(cutOff));
                ResultSet rs = st.executeQuery();
                assertTrue(rs.next());
                yaml = rs.getString(1);
            }
            JsonNode d = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            List<String[]> arms = new ArrayList<>();
            Map<String, List<Phase>> phases = new HashMap<>();
            for (JsonNode a : d.path("arms")) {
                String id = a.get("id").asText();
                String name = a.path("name").asText("");
                arms.add(new String[] {id, name.isBlank() || name.length() > 40 ? id : name});
                List<Phase> list = new ArrayList<>();
                for (JsonNode p : a.path("phases")) {
                    List<String> agents = new ArrayList<>();
                    p.path("administrations").forEach(x -> agents.add(x.get("agent").asText()));
                    List<String> courses = new ArrayList<>();
                    p.path("radiotherapyCourses").forEach(x -> courses.add(x.asText()));
                    list.add(new Phase(p.get("id").asText(), p.path("name").asText(p.get("id").asText()),
                            p.has("cycleLengthDays") ? p.get("cycleLengthDays").asInt() : null, agents, courses));
                }
                phases.put(id, list);
            }
            Map<String, String> agents = new LinkedHashMap<>();
            d.path("agents").forEach(a -> agents.put(a.get("id").asText(), a.path("name").asText(a.get("id").asText())));
            Map<String, String> courses = new LinkedHashMap<>();
            d.path("radiotherapyCourses").forEach(a -> courses.put(a.get("id").asText(),
                    a.path("name").asText(a.get("id").asText())));
            JsonNode dmc = d.path("dmc");
            List<EndpointDef> endpoints = new ArrayList<>();
            List<Integer> years = new ArrayList<>();
            dmc.path("landmarkYears").forEach(y -> years.add(y.asInt()));
            TreeSet<Integer> fromEndpoints = new TreeSet<>();
            for (JsonNode e : d.path("endpoints")) {
                if (!"TIME_TO_EVENT".equals(e.path("type").asText())) {
                    continue;
                }
                if (e.has("landmarkMonths") && e.get("landmarkMonths").asInt() >= 12) {
                    fromEndpoints.add(e.get("landmarkMonths").asInt() / 12);
                }
                List<String> events = new ArrayList<>();
                e.path("events").forEach(x -> events.add(x.asText()));
                endpoints.add(new EndpointDef(e.get("id").asText().toUpperCase(Locale.ROOT), e.path("origin").asText(null),
                        events));
            }
            if (years.isEmpty()) {
                years.addAll(fromEndpoints.isEmpty() ? List.of(1, 2) : fromEndpoints);
            }
            BigDecimal threshold = null;
            for (JsonNode r : dmc.path("stoppingRules")) {
                if ("TREATMENT_RELATED_MORTALITY".equals(r.path("metric").asText()) && "GE".equals(r.path("operator").asText())
                        && r.has("threshold")) {
                    BigDecimal t = r.get("threshold").decimalValue();
                    threshold = "%".equals(r.path("unit").asText()) ? t.movePointLeft(2) : t;
                }
            }
            JsonNode ra = d.path("responseAssessment");
            return new Definition(arms, phases, agents, courses, dmc.path("safetySummariesByArm").asBoolean(true),
                    dmc.path("treatmentEmergentDays").asInt(30), years, dmc.path("mostFrequentTerms").asInt(10),
                    threshold, ra.path("confirmationRequired").asBoolean(false), ra.path("confirmationMinDays").asInt(28),
                    ra.path("stableDiseaseMinDays").asInt(42), endpoints);
        }

        Set<String> armAgents(String arm) {
            Set<String> s = new java.util.HashSet<>();
            phases.getOrDefault(arm, List.of()).forEach(p -> s.addAll(p.agents()));
            return s;
        }

        Set<String> armCourses(String arm) {
            Set<String> s = new java.util.HashSet<>();
            phases.getOrDefault(arm, List.of()).forEach(p -> s.addAll(p.courses()));
            return s;
        }

        int armIndex(String arm) {
            for (int i = 0; i < arms.size(); i++) {
                if (arms.get(i)[0].equals(arm)) {
                    return i;
                }
            }
            return Integer.MAX_VALUE;
        }

        String armLabel(String arm) {
            return arms.stream().filter(a -> a[0].equals(arm)).map(a -> a[1]).findFirst().orElse(arm == null ? "" : arm);
        }

        /**
         * The label of an agent in the report (exposure block, causality by agent): its name, made unique with the names
         * of the phases that give it when another agent of the study has the same name (NCT07041788: induction and
         * concurrent cisplatin).
         */
        String agentLabel(String agentId) {
            String name = agents.getOrDefault(agentId, agentId);
            long sameName = agents.values().stream().filter(name::equals).count();
            if (sameName < 2) {
                return name;
            }
            TreeSet<String> phaseNames = new TreeSet<>();
            phases.values().forEach(list -> list.stream().filter(p -> p.agents().contains(agentId))
                    .forEach(p -> phaseNames.add(p.name())));
            return phaseNames.isEmpty() ? name + " (" + agentId + ")" : name + " (" + String.join(", ", phaseNames) + ")";
        }

        /** Cycle length of the phase of the first administration line of an agent in the subject's arm (21 if none). */
        int cycleLength(String arm, String phaseId) {
            Integer days = phases.getOrDefault(arm, List.of()).stream().filter(p -> p.id().equals(phaseId)).findFirst()
                    .map(Phase::cycleLengthDays).orElse(null);
            return days == null ? 21 : days;
        }
    }

    // ------------------------------------------------------------------ the recount

    private record Subject(long id, String number, String sex, int birthYear, String status, String arm,
                           LocalDate enrolledOn, boolean enrolled, boolean screenFailure) {
    }

    /** One subject's treatment, follow-up and response facts at the cut-off. */
    private static final class Facts {
        LocalDate first;
        LocalDate last;
        LocalDate discontinuedOn;
        String discontinuationReason;
        LocalDate deathDate;
        String deathCause;
        String deathCauseText;
        LocalDate lostOn;
        boolean relatedDeath;
        LocalDate lastKnownAlive;
        final Map<String, LocalDate> events = new HashMap<>();
        String bor;
        LocalDate progression;
        LocalDate lastEvaluable;
        Integer durationOfResponse;
        boolean responseProgressed;

        boolean treated() {
            return first != null;
        }
    }

    private record Ae(long id, long subjectId, String soc, String term, int grade, boolean serious, boolean immune,
                      boolean related, boolean withdrawn, boolean fatal, String criteria, String outcome,
                      LocalDate earliest, String attribution) {
    }

    /** One subject's exposure to one agent (or radiotherapy course: cycles = fractions, dose in Gy). */
    private record Exposure(String label, boolean radiotherapy, int cycles, BigDecimal dose, BigDecimal rdi, int holds,
                            int reductions, String stopReason, int deviations) {
    }

    private record Tte(String endpoint, int days, boolean event) {
    }

    private static final class Recount {
        private final Definition def;
        private final LocalDate cutOff;
        private final List<Subject> subjects = new ArrayList<>();
        private final Map<Long, Facts> facts = new HashMap<>();
        private final List<Ae> events = new ArrayList<>();
        /** subject id → exposure label → exposure (treated subjects only). */
        private final Map<Long, Map<String, Exposure>> exposures = new HashMap<>();
        private final Map<Long, List<Tte>> times = new HashMap<>();
        private final List<String[]> groups = new ArrayList<>(); // label, arm code (null: total)

        private Recount(Definition def, LocalDate cutOff) {
            this.def = def;
            this.cutOff = cutOff;
        }

        static Recount of(long studyId, LocalDate cutOff) throws Exception {
            try (Connection c = TestDatabase.connect()) {
                Recount r = new Recount(Definition.load(c, studyId, cutOff), cutOff);
                r.load(c, studyId);
                return r;
            }
        }

        int treated() {
            return (int) subjects.stream().filter(s -> facts.get(s.id()).treated()).count();
        }

        int treatmentEmergentEvents() {
            return events.size();
        }

        int responsePopulation() {
            return (int) subjects.stream().filter(s -> facts.get(s.id()).bor != null).count();
        }

        int exposureAgents() {
            return (int) exposures.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();
        }

        String summary() {
            long enrolled = subjects.stream().filter(Subject::enrolled).count();
            long deaths = subjects.stream().filter(s -> facts.get(s.id()).deathDate != null).count();
            long related = subjects.stream().filter(s -> facts.get(s.id()).deathDate != null && facts.get(s.id()).relatedDeath)
                    .count();
            long serious = events.stream().filter(Ae::serious).count();
            long discontinued = subjects.stream().filter(s -> facts.get(s.id()).discontinuedOn != null).count();
            return "screened " + subjects.size() + ", enrolled " + enrolled + ", treated " + treated()
                    + ", discontinued " + discontinued + ", deaths " + deaths + " (related " + related + "), TEAEs "
                    + events.size() + " (serious " + serious + "), response population " + responsePopulation()
                    + ", exposure blocks " + exposureAgents() + ", time-to-event rows "
                    + times.values().stream().mapToInt(List::size).sum();
        }

        private void load(Connection c, long studyId) throws Exception {
            java.sql.Date cut = java.sql.Date.valueOf(cutOff);
            query(c, "SELECT id, subject_number, sex, birth_year, status, arm_id, enrolled_on FROM subject"
                    + " WHERE study_id = ? AND screened_on <= ? ORDER BY id", List.of(studyId, cut), rs -> {
                LocalDate enrolledOn = rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate();
                boolean enrolled = rs.getString(2) != null && enrolledOn != null && !enrolledOn.isAfter(cutOff);
                subjects.add(new Subject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        enrolled ? rs.getString(6) : null, enrolled ? enrolledOn : null, enrolled,
                        !enrolled && "SCREEN_FAILED".equals(rs.getString(5))));
                facts.put(rs.getLong(1), new Facts());
            });
            Map<Long, Subject> byId = new HashMap<>();
            subjects.forEach(s -> byId.put(s.id(), s));
            if (def.byArm()) {
                def.arms().forEach(a -> groups.add(new String[] {a[1], a[0]}));
            }
            groups.add(new String[] {TEXT.getString("column.total"), null});

            // treatment: first and last administration given (dose > 0) of an agent of the arm, fraction of a course of the arm
            query(c, "SELECT d.subject_id, d.agent_id, MIN(d.administered_on), MAX(d.administered_on) FROM dose_administration d"
                    + " JOIN subject s ON s.id = d.subject_id WHERE s.study_id = ? AND d.status = 'GIVEN'"
                    + " AND d.administered_mg > 0 AND d.administered_on <= ? GROUP BY d.subject_id, d.agent_id",
                    List.of(studyId, cut), rs -> treatment(byId.get(rs.getLong(1)), def.armAgents(arm(byId, rs.getLong(1)))
                            .contains(rs.getString(2)), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));
            query(c, "SELECT f.subject_id, f.course_id, MIN(f.delivered_on), MAX(f.delivered_on) FROM radiotherapy_fraction f"
                    + " JOIN subject s ON s.id = f.subject_id WHERE s.study_id = ? AND f.delivered_on <= ? AND f.dose_gy > 0"
                    + " GROUP BY f.subject_id, f.course_id",
                    List.of(studyId, cut), rs -> treatment(byId.get(rs.getLong(1)), def.armCourses(arm(byId, rs.getLong(1)))
                            .contains(rs.getString(2)), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));

            // follow-up: first discontinuation, first death, the latest contact when it says lost to follow-up
            query(c, "SELECT t.subject_id, t.event_date, t.reason FROM treatment_end t JOIN subject s ON s.id = t.subject_id"
                    + " WHERE s.study_id = ? AND t.kind = 'DISCONTINUATION' AND t.event_date <= ?"
                    + " ORDER BY t.subject_id, t.event_date DESC, t.id DESC", List.of(studyId, cut), rs -> {
                Facts f = facts.get(rs.getLong(1));
                if (f != null) { // the last row of a subject is its first discontinuation
                    f.discontinuedOn = rs.getDate(2).toLocalDate();
                    f.discontinuationReason = rs.getString(3);
                }
            });
            String contactsUpToCutOff = " FROM follow_up_contact c JOIN subject s ON s.id = c.subject_id WHERE s.study_id = ?"
                    + " AND c.contact_date <= ? AND (c.death_date IS NULL OR c.death_date <= ?)";
            query(c, "SELECT c.subject_id, c.death_date, c.death_cause, c.death_cause_text" + contactsUpToCutOff
                    + " AND c.survival_status = 'DEAD' ORDER BY c.subject_id, c.death_date DESC, c.id DESC",
                    List.of(studyId, cut, cut), rs -> {
                Facts f = facts.get(rs.getLong(1));
                if (f != null) {
                    f.deathDate = rs.getDate(2).toLocalDate();
                    f.deathCause = rs.getString(3);
                    f.deathCauseText = rs.getString(4);
                }
            });
            query(c, "SELECT c.subject_id, c.contact_date, c.survival_status" + contactsUpToCutOff
                    + " ORDER BY c.subject_id, c.contact_date, c.id", List.of(studyId, cut, cut), rs -> {
                Facts f = facts.get(rs.getLong(1));
                if (f != null) { // the last row of a subject is its latest contact
                    f.lostOn = "LOST_TO_FOLLOW_UP".equals(rs.getString(3)) ? rs.getDate(2).toLocalDate() : null;
                }
            });
            for (Subject s : subjects) {
                Facts f = facts.get(s.id());
                if (!s.enrolled()) {
                    f.first = null;
                    f.last = null;
                    f.deathDate = null;
                    f.lostOn = null;
                }
                if (f.deathDate != null) {
                    f.lostOn = null;
                }
                if (!f.treated()) {
                    f.discontinuedOn = null;
                }
            }

            loadAdverseEvents(c, studyId, cut, byId);
            loadExposure(c, studyId, cut, byId);
            loadResponses(c, studyId, cut, byId);
            loadTimesToEvent(c, studyId, cut, byId);
        }

        private String arm(Map<Long, Subject> byId, long subjectId) {
            Subject s = byId.get(subjectId);
            return s == null ? null : s.arm();
        }

        private void treatment(Subject s, boolean ofArm, LocalDate from, LocalDate to) {
            if (s == null || !s.enrolled() || !ofArm) {
                return;
            }
            Facts f = facts.get(s.id());
            f.first = f.first == null || from.isBefore(f.first) ? from : f.first;
            f.last = f.last == null || to.isAfter(f.last) ? to : f.last;
        }

        private void loadAdverseEvents(Connection c, long studyId, java.sql.Date cut, Map<Long, Subject> byId) throws Exception {
            // a partial date ("2026-10", "2026") spans from its first to its last possible day
            String earliest = "CASE LENGTH(%1$s) WHEN 10 THEN CAST(%1$s AS DATE) WHEN 7 THEN CAST(CONCAT(%1$s, '-01') AS DATE)"
                    + " ELSE CAST(CONCAT(%1$s, '-01-01') AS DATE) END";
            String latest = "CASE LENGTH(%1$s) WHEN 10 THEN CAST(%1$s AS DATE) WHEN 7 THEN LAST_DAY(CONCAT(%1$s, '-01'))"
                    + " ELSE CAST(CONCAT(%1$s, '-12-31') AS DATE) END";
            Map<Long, List<String>> attributions = new HashMap<>();
            query(c, "SELECT a.adverse_event_id, a.agent_id, a.agent_name, a.causality FROM adverse_event_attribution a"
                    + " JOIN adverse_event ae ON ae.id = a.adverse_event_id JOIN subject s ON s.id = ae.subject_id"
                    + " WHERE s.study_id = ? ORDER BY a.adverse_event_id, a.id", List.of(studyId), rs -> {
                String agent = "RADIOTHERAPY".equals(rs.getString(2)) ? TEXT.getString("agent.RADIOTHERAPY")
                        : def.agents().containsKey(rs.getString(2)) ? def.agentLabel(rs.getString(2)) : rs.getString(3);
                String causality = rs.getString(4) == null ? TEXT.getString("value.notAssessed")
                        : TEXT.getString("causality." + rs.getString(4));
                attributions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(agent + ": " + causality);
            });
            String sql = "SELECT ae.id, ae.subject_id, ae.soc, ae.term, ae.worst_grade, ae.serious, ae.immune_related,"
                    + " ae.outcome, ae.serious_criteria, " + earliest.formatted("ae.onset") + ", " + latest.formatted("ae.onset") + ","
                    + " (SELECT MAX(g.grade) FROM adverse_event_grade g WHERE g.adverse_event_id = ae.id"
                    + "  AND " + earliest.formatted("g.since") + " <= ?),"
                    + " EXISTS (SELECT 1 FROM adverse_event_attribution a WHERE a.adverse_event_id = ae.id"
                    + "  AND a.causality IN ('POSSIBLE', 'PROBABLE', 'DEFINITE')),"
                    + " EXISTS (SELECT 1 FROM adverse_event_attribution a WHERE a.adverse_event_id = ae.id"
                    + "  AND a.action_taken = 'DRUG_WITHDRAWN'), UPPER(ae.status)"
                    + " FROM adverse_event ae JOIN subject s ON s.id = ae.subject_id"
                    + " WHERE s.study_id = ? AND s.subject_number IS NOT NULL AND s.enrolled_on <= ?"
                    + " AND " + earliest.formatted("ae.onset") + " <= ? ORDER BY ae.id";
            query(c, sql, List.of(cut, studyId, cut, cut), rs -> {
                if (EXCLUDED_AE_STATUSES.contains(rs.getString(15))) {
                    return;
                }
                long subjectId = rs.getLong(2);
                Facts f = facts.get(subjectId);
                if (f == null) {
                    return;
                }
                boolean related = rs.getBoolean(13);
                boolean fatal = "FATAL".equalsIgnoreCase(rs.getString(8)) || rs.getInt(5) == 5;
                if (fatal && related) {
                    f.relatedDeath = true; // any fatal related AE on or before the cut-off, treatment-emergent or not
                }
                LocalDate from = rs.getDate(10).toLocalDate();
                LocalDate to = rs.getDate(11).toLocalDate();
                if (!f.treated() || to.isBefore(f.first) || from.isAfter(f.last.plusDays(def.teDays()))) {
                    return;
                }
                int grade = rs.getObject(12) == null ? rs.getInt(5) : rs.getInt(12);
                if (grade < 1 || grade > 5) {
                    return;
                }
                List<String> attr = attributions.get(rs.getLong(1));
                events.add(new Ae(rs.getLong(1), subjectId, rs.getString(3), rs.getString(4), grade, rs.getBoolean(6),
                        rs.getBoolean(7), related, rs.getBoolean(14), fatal, criteria(rs.getString(9)),
                        rs.getString(8) == null || rs.getString(8).isBlank() ? "" : TEXT.getString("outcome." + rs.getString(8)),
                        from.isBefore(f.first) ? f.first : from,
                        attr == null ? "" : String.join(TEXT.getString("note.separator"), attr)));
            });
        }

        private static String criteria(String stored) {
            if (stored == null || stored.isBlank()) {
                return "";
            }
            List<String> labels = new ArrayList<>();
            for (String code : stored.split(",")) {
                labels.add(TEXT.getString("seriousness." + code.strip()));
            }
            return String.join(TEXT.getString("note.separator"), labels);
        }

        private void loadExposure(Connection c, long studyId, java.sql.Date cut, Map<Long, Subject> byId) throws Exception {
            Map<String, Integer> deviations = new HashMap<>();
            query(c, "SELECT subject_id, agent_id, COUNT(*) FROM protocol_deviation WHERE study_id = ? AND occurred_on <= ?"
                    + " GROUP BY subject_id, agent_id", List.of(studyId, cut),
                    rs -> deviations.put(rs.getLong(1) + "|" + rs.getString(2), rs.getInt(3)));
            // per subject and agent, the records dated on or before the cut-off; a reduction is a dose level below the
            // previous given dose's (100 % before the first); RDI over the cycles given (cycle start = its first dose)
            String sql = "WITH line AS (SELECT d.*, CASE WHEN d.status = 'GIVEN' THEN COALESCE(LAG(d.dose_percent)"
                    + "   OVER (PARTITION BY d.subject_id, d.agent_id, d.status ORDER BY d.administered_on, d.id), 100) END prev,"
                    + "   ROW_NUMBER() OVER (PARTITION BY d.subject_id, d.agent_id ORDER BY d.administered_on, d.id) nr,"
                    + "   ROW_NUMBER() OVER (PARTITION BY d.subject_id, d.agent_id, d.status ORDER BY d.administered_on, d.id) sr"
                    + "   FROM dose_administration d JOIN subject s ON s.id = d.subject_id"
                    + "   WHERE s.study_id = ? AND d.administered_on <= ?),"
                    + " cyc AS (SELECT subject_id, agent_id, phase_id, cycle, MIN(administered_on) start FROM line"
                    + "   WHERE status = 'GIVEN' GROUP BY subject_id, agent_id, phase_id, cycle),"
                    + " span AS (SELECT subject_id, agent_id, COUNT(*) cycles, MIN(start) first_start, MAX(start) last_start"
                    + "   FROM cyc GROUP BY subject_id, agent_id)"
                    + " SELECT l.subject_id, l.agent_id,"
                    + "  SUM(l.status = 'GIVEN' AND l.administered_mg > 0),"
                    + "  COALESCE(MAX(sp.cycles), 0),"
                    + "  COALESCE(SUM(CASE WHEN l.status = 'GIVEN' THEN l.administered_mg END), 0),"
                    + "  COALESCE(SUM(CASE WHEN l.status = 'GIVEN' THEN l.planned_full_mg END), 0),"
                    + "  SUM(l.status = 'NOT_GIVEN'),"
                    + "  SUM(l.status = 'GIVEN' AND l.dose_percent < l.prev),"
                    + "  SUM(l.status = 'DISCONTINUED'),"
                    + "  MAX(CASE WHEN l.status = 'DISCONTINUED' AND l.sr = 1 THEN COALESCE(l.not_given_reason, '') END),"
                    + "  MAX(CASE WHEN l.nr = 1 THEN l.phase_id END),"
                    + "  MAX(DATEDIFF(sp.last_start, sp.first_start))"
                    + " FROM line l LEFT JOIN span sp ON sp.subject_id = l.subject_id AND sp.agent_id = l.agent_id"
                    + " GROUP BY l.subject_id, l.agent_id";
            query(c, sql, List.of(studyId, cut), rs -> {
                Subject s = byId.get(rs.getLong(1));
                if (s == null || !s.enrolled() || !facts.get(s.id()).treated() || rs.getInt(3) == 0) {
                    return; // the exposure of treated subjects to the agents they were given
                }
                String agent = rs.getString(2);
                if (!def.agents().containsKey(agent)) {
                    return; // not an agent of the study
                }
                int cycles = rs.getInt(4);
                BigDecimal delivered = rs.getBigDecimal(5);
                BigDecimal planned = rs.getBigDecimal(6);
                int length = def.cycleLength(s.arm(), rs.getString(11));
                BigDecimal rdi = null;
                if (delivered.signum() > 0) {
                    long actualDays = rs.getLong(12) + length;
                    long plannedDays = (long) cycles * length;
                    rdi = delivered.multiply(BigDecimal.valueOf(plannedDays)).multiply(BigDecimal.valueOf(100))
                            .divide(planned.multiply(BigDecimal.valueOf(actualDays)), 1, RoundingMode.HALF_UP);
                }
                String stop = rs.getInt(9) == 0 ? null
                        : rs.getString(10) == null || rs.getString(10).isBlank() ? TEXT.getString("value.notRecorded")
                        : rs.getString(10);
                String label = def.agentLabel(agent);
                exposures.computeIfAbsent(s.id(), k -> new HashMap<>()).put(label, new Exposure(label, false, cycles,
                        delivered, rdi, rs.getInt(7), rs.getInt(8), stop, deviations.getOrDefault(s.id() + "|" + agent, 0)));
            });
            query(c, "SELECT f.subject_id, f.course_id, COUNT(*), SUM(f.dose_gy) FROM radiotherapy_fraction f"
                    + " JOIN subject s ON s.id = f.subject_id WHERE s.study_id = ? AND f.delivered_on <= ?"
                    + " GROUP BY f.subject_id, f.course_id", List.of(studyId, cut), rs -> {
                Subject s = byId.get(rs.getLong(1));
                if (s == null || !s.enrolled() || !facts.get(s.id()).treated()) {
                    return;
                }
                String label = text("exposure.radiotherapy", def.courses().getOrDefault(rs.getString(2), rs.getString(2)));
                exposures.computeIfAbsent(s.id(), k -> new HashMap<>()).put(label, new Exposure(label, true, rs.getInt(3),
                        rs.getBigDecimal(4), null, 0, 0, null, 0));
            });
        }

        /**
         * RECIST 1.1 best overall response of the response population (enrolled on or before the cut-off, baseline on or
         * before it), from the follow-ups dated on or before the cut-off; a subject whose baseline has no lesion or a
         * target lesion without a diameter has no evaluable time point.
         */
        private void loadResponses(Connection c, long studyId, java.sql.Date cut, Map<Long, Subject> byId) throws Exception {
            Set<Long> population = new java.util.HashSet<>();
            Set<Long> complete = new java.util.HashSet<>();
            query(c, "SELECT b.subject_id, MIN(b.assessed_on) <= ?, COUNT(l.id),"
                    + " SUM(l.role = 'TARGET' AND (l.diameter_mm IS NULL OR l.diameter_mm <= 0))"
                    + " FROM tumour_assessment b LEFT JOIN tumour_lesion l ON l.assessment_id = b.id"
                    + " WHERE b.study_id = ? AND b.kind = 'BASELINE' GROUP BY b.subject_id", List.of(cut, studyId), rs -> {
                if (rs.getBoolean(2)) {
                    population.add(rs.getLong(1));
                }
                if (rs.getLong(3) > 0 && rs.getLong(4) == 0) {
                    complete.add(rs.getLong(1));
                }
            });
            Map<Long, List<Object[]>> points = new HashMap<>();
            query(c, "SELECT subject_id, assessed_on, COALESCE(override_response, computed_response) FROM tumour_assessment"
                    + " WHERE study_id = ? AND kind = 'FOLLOW_UP' AND assessed_on <= ? ORDER BY subject_id, assessed_on, id",
                    List.of(studyId, cut), rs -> points.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Object[] {rs.getDate(2).toLocalDate(), rs.getString(3) == null ? "NE" : rs.getString(3)}));
            for (Subject s : subjects) {
                if (!s.enrolled() || !population.contains(s.id())) {
                    continue;
                }
                List<Object[]> tp = complete.contains(s.id()) ? points.getOrDefault(s.id(), List.of()) : List.of();
                bestOverallResponse(s, facts.get(s.id()), tp);
            }
        }

        private void bestOverallResponse(Subject s, Facts f, List<Object[]> timePoints) {
            List<Integer> days = new ArrayList<>();
            List<String> resp = new ArrayList<>();
            for (Object[] p : timePoints) { // up to and including the first PD
                days.add((int) ChronoUnit.DAYS.between(s.enrolledOn(), (LocalDate) p[0]) + 1);
                resp.add((String) p[1]);
                if ("PD".equals(p[1])) {
                    break;
                }
            }
            int n = days.size();
            Integer pd = n > 0 && "PD".equals(resp.get(n - 1)) ? days.get(n - 1) : null;
            Integer lastEvaluable = null;
            for (int i = 0; i < n; i++) {
                if (!"NE".equals(resp.get(i))) {
                    lastEvaluable = days.get(i);
                }
            }
            String best = null;
            Integer firstResponse = null;
            if (def.confirmation()) {
                int cr = confirmed(days, resp, Set.of("CR"));
                int pr = confirmed(days, resp, Set.of("CR", "PR"));
                best = cr >= 0 ? "CR" : pr >= 0 ? "PR" : null;
                firstResponse = pr >= 0 ? days.get(pr) : null;
            } else {
                best = resp.contains("CR") ? "CR" : resp.contains("PR") ? "PR" : null;
                for (int i = 0; i < n && best != null && firstResponse == null; i++) {
                    if (resp.get(i).equals("CR") || resp.get(i).equals("PR")) {
                        firstResponse = days.get(i);
                    }
                }
            }
            if (best == null) {
                for (int i = 0; i < n && best == null; i++) {
                    if (Set.of("CR", "PR", "SD").contains(resp.get(i)) && days.get(i) - 1 >= def.sdDays()) {
                        best = "SD";
                    }
                }
                for (int i = 0; i < n && best == null; i++) {
                    if ("NON_CR_NON_PD".equals(resp.get(i)) && days.get(i) - 1 >= def.sdDays()) {
                        best = "NON_CR_NON_PD";
                    }
                }
                if (best == null) {
                    best = pd != null ? "PD" : "NE";
                }
            }
            f.bor = best;
            f.progression = pd == null ? null : s.enrolledOn().plusDays(pd - 1L);
            f.lastEvaluable = lastEvaluable == null ? null : s.enrolledOn().plusDays(lastEvaluable - 1L);
            if (firstResponse != null) {
                f.responseProgressed = pd != null;
                f.durationOfResponse = (pd != null ? pd : lastEvaluable) - firstResponse;
            }
        }

        /** First time point of the level confirmed by a later one of the same level at least the minimum days later. */
        private int confirmed(List<Integer> days, List<String> resp, Set<String> level) {
            for (int i = 0; i < days.size(); i++) {
                if (!level.contains(resp.get(i))) {
                    continue;
                }
                for (int j = i + 1; j < days.size(); j++) {
                    if ("NE".equals(resp.get(j))) {
                        continue;
                    }
                    if (!level.contains(resp.get(j))) {
                        break;
                    }
                    if (days.get(j) - days.get(i) >= def.confirmationDays()) {
                        return i;
                    }
                }
            }
            return -1;
        }

        /**
         * Event dates of the endpoints (first of each kind of disease event, merged for PROGRESSION with a RECIST PD time
         * point; death), censoring at the last date known alive (contacts, disease events, last treatment, enrolment, the
         * last evaluable tumour assessment while alive), at the cut-off at the latest.
         */
        private void loadTimesToEvent(Connection c, long studyId, java.sql.Date cut, Map<Long, Subject> byId) throws Exception {
            query(c, "SELECT e.subject_id, MIN(CASE WHEN e.kind = 'PROGRESSION' THEN e.event_date END),"
                    + " MIN(CASE WHEN e.kind = 'PROGRESSION' AND e.extent <> 'DISTANT' THEN e.event_date END),"
                    + " MIN(CASE WHEN e.kind = 'RECURRENCE' AND e.extent <> 'DISTANT' THEN e.event_date END),"
                    + " MIN(CASE WHEN e.extent = 'DISTANT' THEN e.event_date END),"
                    + " MIN(CASE WHEN e.kind = 'RECURRENCE' THEN e.event_date END), MAX(e.event_date)"
                    + " FROM disease_event e JOIN subject s ON s.id = e.subject_id WHERE s.study_id = ? AND e.event_date <= ?"
                    + " GROUP BY e.subject_id", List.of(studyId, cut), rs -> {
                Facts f = facts.get(rs.getLong(1));
                if (f == null) {
                    return;
                }
                String[] codes = {"PROGRESSION", "LOCOREGIONAL_PROGRESSION", "LOCOREGIONAL_RECURRENCE", "DISTANT_METASTASIS",
                        "RECURRENCE"};
                for (int i = 0; i < codes.length; i++) {
                    if (rs.getDate(i + 2) != null) {
                        f.events.put(codes[i], rs.getDate(i + 2).toLocalDate());
                    }
                }
                f.lastKnownAlive = rs.getDate(7).toLocalDate();
            });
            query(c, "SELECT c.subject_id, MAX(c.last_known_alive) FROM follow_up_contact c JOIN subject s ON s.id = c.subject_id"
                    + " WHERE s.study_id = ? AND c.contact_date <= ? AND (c.death_date IS NULL OR c.death_date <= ?)"
                    + " GROUP BY c.subject_id", List.of(studyId, cut, cut), rs -> {
                Facts f = facts.get(rs.getLong(1));
                if (f != null && rs.getDate(2) != null) {
                    f.lastKnownAlive = max(f.lastKnownAlive, rs.getDate(2).toLocalDate());
                }
            });
            for (Subject s : subjects) {
                if (!s.enrolled()) {
                    continue;
                }
                Facts f = facts.get(s.id());
                if (f.progression != null) {
                    f.events.merge("PROGRESSION", f.progression, (a, b) -> a.isBefore(b) ? a : b);
                }
                if (f.deathDate != null) {
                    f.events.put("DEATH_ANY_CAUSE", f.deathDate);
                }
                LocalDate alive = max(max(f.lastKnownAlive, f.last), s.enrolledOn());
                if (f.deathDate != null) {
                    alive = f.deathDate;
                } else if (f.lastEvaluable != null) {
                    alive = max(alive, f.lastEvaluable);
                }
                LocalDate censor = alive.isAfter(cutOff) ? cutOff : alive;
                List<Tte> list = new ArrayList<>();
                for (EndpointDef e : def.endpoints()) {
                    if (!Set.of("OS", "PFS", "EFS", "DMFS", "LRRFS").contains(e.id())) {
                        continue;
                    }
                    LocalDate origin = "FIRST_DOSE".equals(e.origin()) ? f.first : s.enrolledOn();
                    if (origin == null) {
                        continue;
                    }
                    LocalDate event = e.events().stream().map(f.events::get).filter(Objects::nonNull)
                            .min(Comparator.naturalOrder()).orElse(null);
                    long d = ChronoUnit.DAYS.between(origin, event != null ? event : censor);
                    list.add(new Tte(e.id(), (int) Math.max(0, d), event != null));
                }
                if (f.durationOfResponse != null) {
                    list.add(new Tte("DOR", Math.max(0, f.durationOfResponse), f.responseProgressed));
                }
                times.put(s.id(), list);
            }
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
        }

        // -------------------------------------------------------------- the tables

        private boolean member(int g, Subject s) {
            String arm = groups.get(g)[1];
            return arm == null || arm.equals(s.arm());
        }

        private List<String[]> summaryColumns(String firstKey) {
            List<String[]> columns = new ArrayList<>();
            columns.add(new String[] {TEXT.getString(firstKey), ""});
            groups.forEach(g -> columns.add(new String[] {g[0], ""}));
            return columns;
        }

        /** Per column: subjects matching {@code numerator} among those matching {@code denominator} (null: plain count). */
        private List<Cell> countRow(String label, Predicate<Subject> numerator, Predicate<Subject> denominator) {
            List<Cell> row = new ArrayList<>();
            row.add(new Txt(label));
            for (int g = 0; g < groups.size(); g++) {
                int n = 0;
                int d = 0;
                for (Subject s : subjects) {
                    if (!member(g, s) || denominator != null && !denominator.test(s)) {
                        continue;
                    }
                    d++;
                    if (numerator.test(s)) {
                        n++;
                    }
                }
                row.add(new Cnt(n, denominator == null ? 0 : d));
            }
            return row;
        }

        private List<Cell> heading(String label) {
            List<Cell> row = new ArrayList<>();
            row.add(new Txt(label));
            groups.forEach(g -> row.add(new Blank()));
            return row;
        }

        private Facts f(Subject s) {
            return facts.get(s.id());
        }

        private boolean treated(Subject s) {
            return s.enrolled() && f(s).treated();
        }

        private boolean dead(Subject s) {
            return s.enrolled() && f(s).deathDate != null;
        }

        private String discontinuationReason(Subject s) {
            String r = f(s).discontinuationReason;
            return TEXT.getString("reason." + (r == null ? "OTHER" : r));
        }

        Map<String, Table> tables() {
            Map<String, Table> t = new LinkedHashMap<>();
            t.put("disposition", disposition());
            t.put("exposure", exposure());
            t.put("ae-overview", overview());
            t.put("ae-worst-grade", worstGrade());
            t.put("ae-soc-term", socTerm());
            t.put("ae-grade3-term", gradeThreeByTerm());
            t.put("ae-most-frequent", mostFrequent());
            t.put("sae-listing", saeListing());
            t.put("death-listing", deathListing());
            t.put("stopping-rules", stoppingRules());
            t.put("response", response());
            t.put("km-summary", kaplanMeier());
            return t;
        }

        Table disposition() {
            List<List<Cell>> rows = new ArrayList<>();
            Predicate<Subject> all = s -> true;
            Predicate<Subject> enrolled = Subject::enrolled;
            rows.add(countRow(TEXT.getString("disposition.screened"), all, null));
            rows.add(countRow(TEXT.getString("disposition.screenFailures"), Subject::screenFailure, all));
            rows.add(countRow(TEXT.getString("disposition.enrolled"), enrolled, null));
            rows.add(countRow(TEXT.getString("disposition.treated"), this::treated, enrolled));
            rows.add(countRow(TEXT.getString("disposition.onTreatment"),
                    s -> treated(s) && f(s).discontinuedOn == null && !dead(s), enrolled));
            Predicate<Subject> discontinued = s -> treated(s) && f(s).discontinuedOn != null;
            rows.add(countRow(TEXT.getString("disposition.discontinued"), discontinued, enrolled));
            for (String reason : new TreeSet<>(subjects.stream().filter(discontinued).map(this::discontinuationReason).toList())) {
                rows.add(countRow(reason, s -> discontinued.test(s) && discontinuationReason(s).equals(reason), enrolled));
            }
            rows.add(countRow(TEXT.getString("disposition.inFollowUp"),
                    s -> discontinued.test(s) && !dead(s) && f(s).lostOn == null, enrolled));
            Predicate<Subject> left = s -> s.enrolled() && f(s).lostOn != null && !dead(s);
            rows.add(countRow(TEXT.getString("disposition.leftStudy"), left, enrolled));
            if (subjects.stream().anyMatch(left)) {
                rows.add(countRow(TEXT.getString("reason.LOST_TO_FOLLOW_UP"), left, enrolled));
            }
            rows.add(countRow(TEXT.getString("disposition.deaths"), this::dead, enrolled));
            return new Table(summaryColumns("column.category"), rows);
        }

        Table exposure() {
            List<List<Cell>> rows = new ArrayList<>();
            TreeSet<String> labels = new TreeSet<>();
            exposures.values().forEach(m -> labels.addAll(m.keySet()));
            for (String label : labels) {
                rows.add(heading(label));
                Predicate<Subject> exposed = s -> treated(s) && exposures.getOrDefault(s.id(), Map.of()).containsKey(label);
                java.util.function.Function<Subject, Exposure> e = s -> exposures.get(s.id()).get(label);
                boolean rt = subjects.stream().filter(exposed).anyMatch(s -> e.apply(s).radiotherapy());
                rows.add(countRow(TEXT.getString("exposure.exposed"), exposed, this::treated));
                String unit = rt ? "exposure.fractions" : "exposure.cycles";
                rows.addAll(statRows(unit, exposed, s -> BigDecimal.valueOf(e.apply(s).cycles()), null));
                rows.addAll(statRows("exposure.dose", exposed, s -> e.apply(s).dose(), rt ? "Gy" : "mg"));
                if (rt) {
                    continue;
                }
                rows.addAll(statRows("exposure.rdi", exposed, s -> e.apply(s).rdi(), null));
                rows.add(countRow(TEXT.getString("exposure.holds"), s -> e.apply(s).holds() > 0, exposed));
                rows.add(countRow(TEXT.getString("exposure.reductions"), s -> e.apply(s).reductions() > 0, exposed));
                Predicate<Subject> stopped = s -> exposed.test(s) && e.apply(s).stopReason() != null;
                rows.add(countRow(TEXT.getString("exposure.discontinued"), stopped, exposed));
                for (String reason : new TreeSet<>(subjects.stream().filter(stopped).map(s -> e.apply(s).stopReason()).toList())) {
                    rows.add(countRow(reason, s -> stopped.test(s) && e.apply(s).stopReason().equals(reason), exposed));
                }
                rows.add(countRow(TEXT.getString("exposure.subjectsWithDeviation"), s -> e.apply(s).deviations() > 0, exposed));
                List<Cell> number = new ArrayList<>();
                number.add(new Txt(TEXT.getString("exposure.deviations")));
                for (int g = 0; g < groups.size(); g++) {
                    int gg = g;
                    number.add(Cnt.of(subjects.stream().filter(s -> member(gg, s) && exposed.test(s))
                            .mapToInt(s -> e.apply(s).deviations()).sum()));
                }
                rows.add(number);
            }
            return new Table(summaryColumns("column.category"), rows);
        }

        /** Median, minimum and maximum rows ({@code <prefix>Median} ...), per column over the exposed subjects. */
        private List<List<Cell>> statRows(String prefix, Predicate<Subject> exposed,
                                          java.util.function.Function<Subject, BigDecimal> value, String unit) {
            List<List<BigDecimal>> perGroup = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                int gg = g;
                perGroup.add(subjects.stream().filter(s -> member(gg, s) && exposed.test(s)).map(value)
                        .filter(Objects::nonNull).sorted().toList());
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (String stat : List.of("Median", "Min", "Max")) {
                List<Cell> row = new ArrayList<>();
                row.add(new Txt(unit == null ? TEXT.getString(prefix + stat) : text(prefix + stat, unit)));
                for (List<BigDecimal> v : perGroup) {
                    if (v.isEmpty()) {
                        row.add(new Blank());
                        continue;
                    }
                    int n = v.size();
                    row.add(dec(switch (stat) {
                        case "Min" -> v.get(0);
                        case "Max" -> v.get(n - 1);
                        default -> n % 2 == 1 ? v.get(n / 2) : v.get(n / 2 - 1).add(v.get(n / 2)).divide(BigDecimal.valueOf(2));
                    }));
                }
                rows.add(row);
            }
            return rows;
        }

        /** Worst grade per subject over the treatment-emergent events matching {@code filter} (absent: none). */
        private Map<Long, Integer> worst(Predicate<Ae> filter) {
            Map<Long, Integer> w = new HashMap<>();
            events.stream().filter(filter).forEach(a -> w.merge(a.subjectId(), a.grade(), Math::max));
            return w;
        }

        private List<Cell> aeRow(String label, Map<Long, Integer> worst) {
            return countRow(label, s -> worst.containsKey(s.id()), this::treated);
        }

        Table overview() {
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(aeRow(TEXT.getString("ae.any"), worst(a -> true)));
            rows.add(aeRow(TEXT.getString("ae.grade3"), worst(a -> a.grade() >= 3)));
            rows.add(aeRow(TEXT.getString("ae.serious"), worst(Ae::serious)));
            rows.add(aeRow(TEXT.getString("ae.related"), worst(Ae::related)));
            rows.add(aeRow(TEXT.getString("ae.relatedGrade3"), worst(a -> a.related() && a.grade() >= 3)));
            rows.add(aeRow(TEXT.getString("ae.immune"), worst(Ae::immune)));
            rows.add(aeRow(TEXT.getString("ae.discontinuation"), worst(Ae::withdrawn)));
            rows.add(aeRow(TEXT.getString("ae.fatal"), worst(Ae::fatal)));
            return new Table(summaryColumns("column.category"), rows);
        }

        Table worstGrade() {
            Map<Long, Integer> w = worst(a -> true);
            List<List<Cell>> rows = new ArrayList<>();
            for (int grade = 1; grade <= 5; grade++) {
                int g = grade;
                rows.add(countRow(text("grade.n", Integer.toString(grade)), s -> Objects.equals(w.get(s.id()), g),
                        this::treated));
            }
            rows.add(countRow(TEXT.getString("ae.none"), s -> !w.containsKey(s.id()), this::treated));
            return new Table(summaryColumns("column.worstGrade"), rows);
        }

        /** Keys by descending number of subjects with an event, then alphabetically. */
        private static List<String> byIncidence(Map<String, Map<Long, Integer>> worstByKey) {
            return worstByKey.keySet().stream().sorted(Comparator.<String>comparingInt(k -> -worstByKey.get(k).size())
                    .thenComparing(Comparator.naturalOrder())).toList();
        }

        private List<Cell> gradeRow(String label, Map<Long, Integer> worst) {
            List<Cell> row = new ArrayList<>();
            row.add(new Txt(label));
            for (int g = 0; g < groups.size(); g++) {
                int gg = g;
                List<Subject> in = subjects.stream().filter(s -> member(gg, s) && treated(s)).toList();
                row.add(new Cnt((int) in.stream().filter(s -> worst.containsKey(s.id())).count(), in.size()));
                for (int grade = 1; grade <= 5; grade++) {
                    int gr = grade;
                    row.add(new Cnt((int) in.stream().filter(s -> Objects.equals(worst.get(s.id()), gr)).count(), in.size()));
                }
            }
            return row;
        }

        Table socTerm() {
            List<String[]> columns = new ArrayList<>();
            columns.add(new String[] {TEXT.getString("column.socTerm"), ""});
            for (String[] g : groups) {
                columns.add(new String[] {TEXT.getString("column.anyGrade"), g[0]});
                for (int grade = 1; grade <= 5; grade++) {
                    columns.add(new String[] {text("grade.n", Integer.toString(grade)), g[0]});
                }
            }
            Map<String, Map<Long, Integer>> bySoc = new HashMap<>();
            Map<String, Map<String, Map<Long, Integer>>> byTerm = new HashMap<>();
            for (Ae a : events) {
                bySoc.computeIfAbsent(a.soc(), k -> new HashMap<>()).merge(a.subjectId(), a.grade(), Math::max);
                byTerm.computeIfAbsent(a.soc(), k -> new HashMap<>()).computeIfAbsent(a.term(), k -> new HashMap<>())
                        .merge(a.subjectId(), a.grade(), Math::max);
            }
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(gradeRow(TEXT.getString("ae.anySubjects"), worst(a -> true)));
            for (String soc : byIncidence(bySoc)) {
                rows.add(gradeRow(soc, bySoc.get(soc)));
                for (String term : byIncidence(byTerm.get(soc))) {
                    rows.add(gradeRow(term, byTerm.get(soc).get(term)));
                }
            }
            return new Table(columns, rows);
        }

        Table gradeThreeByTerm() {
            Map<String, Map<Long, Integer>> byTerm = new HashMap<>();
            events.stream().filter(a -> a.grade() >= 3)
                    .forEach(a -> byTerm.computeIfAbsent(a.term(), k -> new HashMap<>()).merge(a.subjectId(), a.grade(), Math::max));
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(aeRow(TEXT.getString("ae.grade3Subjects"), worst(a -> a.grade() >= 3)));
            for (String term : byIncidence(byTerm)) {
                rows.add(aeRow(term, byTerm.get(term)));
            }
            return new Table(summaryColumns("column.term"), rows);
        }

        Table mostFrequent() {
            Map<String, Map<Long, Integer>> byTerm = new HashMap<>();
            events.forEach(a -> byTerm.computeIfAbsent(a.term(), k -> new HashMap<>()).merge(a.subjectId(), a.grade(), Math::max));
            List<String> kept = new ArrayList<>();
            int last = 0;
            for (String term : byIncidence(byTerm)) {
                int incidence = byTerm.get(term).size();
                if (kept.size() < def.mostFrequentTerms() || incidence == last) {
                    kept.add(term);
                    last = incidence;
                } else {
                    break;
                }
            }
            List<String[]> columns = new ArrayList<>();
            columns.add(new String[] {TEXT.getString("column.term"), ""});
            for (String[] g : groups) {
                columns.add(new String[] {TEXT.getString("column.anyGrade"), g[0]});
                columns.add(new String[] {TEXT.getString("column.grade3"), g[0]});
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (String term : kept) {
                Map<Long, Integer> w = byTerm.get(term);
                List<Cell> any = aeRow(term, w);
                List<Cell> severe = countRow(term, s -> w.getOrDefault(s.id(), 0) >= 3, this::treated);
                List<Cell> row = new ArrayList<>();
                row.add(any.get(0));
                for (int i = 1; i < any.size(); i++) {
                    row.add(any.get(i));
                    row.add(severe.get(i));
                }
                rows.add(row);
            }
            return new Table(columns, rows);
        }

        private static List<String[]> listingColumns(String... keys) {
            List<String[]> columns = new ArrayList<>();
            for (String k : keys) {
                columns.add(new String[] {TEXT.getString(k), ""});
            }
            return columns;
        }

        private List<Cell> subjectCells(Subject s) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Txt(s.number()));
            cells.add(new Txt(def.armLabel(s.arm())));
            int age = s.enrolledOn().getYear() - s.birthYear() - 1;
            cells.add(new Txt(age >= 80 ? "\u226580" : age < 18 ? "<18" : age < 20 ? "18-19" : age / 10 * 10 + "-" + (age / 10 * 10 + 9)));
            cells.add(new Txt(TEXT.getString("sex." + ("F".equals(s.sex()) ? "FEMALE" : "M".equals(s.sex()) ? "MALE" : "UNKNOWN"))));
            return cells;
        }

        private String yesNo(boolean v) {
            return TEXT.getString(v ? "value.yes" : "value.no");
        }

        private static int studyDay(LocalDate day1, LocalDate date) {
            long d = ChronoUnit.DAYS.between(day1, date);
            return (int) (d >= 0 ? d + 1 : d);
        }

        Table saeListing() {
            Map<Long, Subject> byId = new HashMap<>();
            subjects.forEach(s -> byId.put(s.id(), s));
            List<Ae> serious = events.stream().filter(Ae::serious).sorted(Comparator
                    .comparingInt((Ae a) -> def.armIndex(byId.get(a.subjectId()).arm()))
                    .thenComparing(a -> byId.get(a.subjectId()).number())
                    .thenComparingInt(a -> studyDay(facts.get(a.subjectId()).first, a.earliest()))
                    .thenComparing(Ae::soc).thenComparing(Ae::term).thenComparingInt(Ae::grade)
                    .thenComparing(Ae::related).thenComparing(Ae::immune).thenComparing(Ae::criteria)
                    .thenComparing(Ae::outcome)).toList();
            List<List<Cell>> rows = new ArrayList<>();
            for (Ae a : serious) {
                Subject s = byId.get(a.subjectId());
                List<Cell> row = subjectCells(s);
                row.add(new Txt(a.soc()));
                row.add(new Txt(a.term()));
                row.add(Cnt.of(a.grade()));
                row.add(Cnt.of(studyDay(f(s).first, a.earliest())));
                row.add(new Txt(yesNo(a.related())));
                row.add(new Txt(a.attribution()));
                row.add(new Txt(yesNo(a.immune())));
                row.add(new Txt(a.criteria()));
                row.add(new Txt(a.outcome()));
                rows.add(row);
            }
            return new Table(listingColumns("column.subject", "column.arm", "column.ageBand", "column.sex", "column.soc",
                    "column.term", "column.grade", "column.onsetDay", "column.related", "column.attribution",
                    "column.immune", "column.seriousness", "column.outcome"), rows);
        }

        Table deathListing() {
            List<List<Cell>> rows = new ArrayList<>();
            subjects.stream().filter(this::dead).sorted(Comparator.comparingInt((Subject s) -> def.armIndex(s.arm()))
                    .thenComparing(Subject::number)).forEach(s -> {
                Facts f = f(s);
                List<Cell> row = subjectCells(s);
                row.add(f.treated() ? Cnt.of(studyDay(f.first, f.deathDate)) : new Blank());
                row.add(Cnt.of((int) ChronoUnit.DAYS.between(s.enrolledOn(), f.deathDate)));
                row.add(f.treated() ? Cnt.of((int) ChronoUnit.DAYS.between(f.last, f.deathDate)) : new Blank());
                String cause = f.deathCause == null ? TEXT.getString("value.notRecorded") : TEXT.getString("deathCause." + f.deathCause);
                row.add(new Txt(f.deathCauseText == null || f.deathCauseText.isBlank() ? cause
                        : cause + ": " + f.deathCauseText.strip()));
                row.add(new Txt(yesNo(f.relatedDeath)));
                rows.add(row);
            });
            return new Table(listingColumns("column.subject", "column.arm", "column.ageBand", "column.sex",
                    "column.deathStudyDay", "column.daysFromEnrolment", "column.daysSinceLastDose", "column.cause",
                    "column.related"), rows);
        }

        Table stoppingRules() {
            List<List<Cell>> rows = new ArrayList<>();
            BigDecimal threshold = def.mortalityThreshold();
            if (threshold != null) {
                rows.add(heading(text("stopping.TREATMENT_RELATED_MORTALITY",
                        threshold.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString())));
                Predicate<Subject> relatedDeath = s -> treated(s) && dead(s) && f(s).relatedDeath;
                rows.add(countRow(TEXT.getString("stopping.events"), relatedDeath, null));
                rows.add(countRow(TEXT.getString("stopping.treated"), this::treated, null));
                List<List<Cell>> rate = new ArrayList<>();
                for (String key : List.of("stopping.rate", "stopping.ciLower", "stopping.ciUpper", "stopping.threshold",
                        "stopping.reached")) {
                    List<Cell> row = new ArrayList<>();
                    row.add(new Txt(TEXT.getString(key)));
                    rate.add(row);
                }
                for (int g = 0; g < groups.size(); g++) {
                    int gg = g;
                    int x = (int) subjects.stream().filter(s -> member(gg, s) && relatedDeath.test(s)).count();
                    int n = (int) subjects.stream().filter(s -> member(gg, s) && treated(s)).count();
                    rate.get(3).add(dec(threshold.multiply(BigDecimal.valueOf(100))));
                    if (n == 0) {
                        rate.get(0).add(ne());
                        rate.get(1).add(ne());
                        rate.get(2).add(ne());
                        rate.get(4).add(new Txt(yesNo(false)));
                        continue;
                    }
                    double[] ci = clopperPearson(x, n);
                    rate.get(0).add(new Approx(100.0 * x / n));
                    rate.get(1).add(new Approx(100.0 * ci[0]));
                    rate.get(2).add(new Approx(100.0 * ci[1]));
                    rate.get(4).add(new Txt(yesNo(BigDecimal.valueOf(x).compareTo(threshold.multiply(BigDecimal.valueOf(n))) >= 0)));
                }
                rows.addAll(rate);
            }
            return new Table(summaryColumns("column.category"), rows);
        }

        Table response() {
            Predicate<Subject> enrolled = Subject::enrolled;
            Predicate<Subject> population = s -> s.enrolled() && f(s).bor != null;
            List<List<Cell>> rows = new ArrayList<>();
            rows.add(countRow(TEXT.getString("response.enrolled"), enrolled, null));
            rows.add(countRow(TEXT.getString("response.notAssessed"), s -> s.enrolled() && f(s).bor == null, enrolled));
            rows.add(countRow(TEXT.getString("response.population"), population, null));
            for (String r : List.of("CR", "PR", "SD", "NON_CR_NON_PD", "PD", "NE")) {
                rows.add(countRow(TEXT.getString("response." + r), s -> r.equals(f(s).bor), population));
            }
            rateRows(rows, "response.orr", population, s -> Set.of("CR", "PR").contains(f(s).bor));
            rateRows(rows, "response.dcr", population, s -> Set.of("CR", "PR", "SD", "NON_CR_NON_PD").contains(f(s).bor));
            return new Table(summaryColumns("column.category"), rows);
        }

        private void rateRows(List<List<Cell>> rows, String key, Predicate<Subject> population, Predicate<Subject> responder) {
            rows.add(countRow(TEXT.getString(key), s -> population.test(s) && responder.test(s), population));
            List<Cell> lower = new ArrayList<>(List.of(new Txt(TEXT.getString("response.ciLower"))));
            List<Cell> upper = new ArrayList<>(List.of(new Txt(TEXT.getString("response.ciUpper"))));
            for (int g = 0; g < groups.size(); g++) {
                int gg = g;
                int n = (int) subjects.stream().filter(s -> member(gg, s) && population.test(s)).count();
                int x = (int) subjects.stream().filter(s -> member(gg, s) && population.test(s) && responder.test(s)).count();
                if (n == 0) {
                    lower.add(ne());
                    upper.add(ne());
                    continue;
                }
                double[] ci = clopperPearson(x, n);
                lower.add(new Approx(100 * ci[0]));
                upper.add(new Approx(100 * ci[1]));
            }
            rows.add(lower);
            rows.add(upper);
        }

        Table kaplanMeier() {
            List<List<Cell>> rows = new ArrayList<>();
            for (String endpoint : List.of("OS", "PFS", "EFS", "DMFS", "LRRFS", "DOR")) {
                if (times.values().stream().flatMap(List::stream).noneMatch(t -> t.endpoint().equals(endpoint))) {
                    continue;
                }
                rows.add(heading(TEXT.getString("endpoint." + endpoint)));
                List<Km> curves = new ArrayList<>();
                for (int g = 0; g < groups.size(); g++) {
                    int gg = g;
                    List<Tte> obs = subjects.stream().filter(s -> member(gg, s) && s.enrolled())
                            .flatMap(s -> times.getOrDefault(s.id(), List.of()).stream())
                            .filter(t -> t.endpoint().equals(endpoint)).toList();
                    curves.add(obs.isEmpty() ? null : new Km(obs));
                }
                rows.add(kmRow(TEXT.getString("km.subjects"), curves, km -> Cnt.of(km.subjects)));
                rows.add(kmRow(TEXT.getString("km.events"), curves, km -> Cnt.of(km.events)));
                rows.add(kmRow(TEXT.getString("km.censored"), curves, km -> Cnt.of(km.subjects - km.events)));
                rows.add(kmRow(TEXT.getString("km.median"), curves, km -> orNe(km.median())));
                rows.add(kmRow(TEXT.getString("km.medianLower"), curves, km -> orNe(km.medianLimit(true))));
                rows.add(kmRow(TEXT.getString("km.medianUpper"), curves, km -> orNe(km.medianLimit(false))));
                for (int years : def.landmarkYears()) {
                    double t = years * 365.25;
                    String y = Integer.toString(years);
                    rows.add(kmRow(text("km.rate", y), curves, km -> km.at(t) == null ? ne() : new Approx(100 * km.at(t)[0])));
                    rows.add(kmRow(text("km.rateLower", y), curves, km -> km.at(t) == null || Double.isNaN(km.at(t)[1]) ? ne()
                            : new Approx(100 * km.at(t)[1])));
                    rows.add(kmRow(text("km.rateUpper", y), curves, km -> km.at(t) == null || Double.isNaN(km.at(t)[2]) ? ne()
                            : new Approx(100 * km.at(t)[2])));
                }
            }
            return new Table(summaryColumns("column.category"), rows);
        }

        private static Cell orNe(Double v) {
            return v == null ? ne() : new Approx(v);
        }

        private List<Cell> kmRow(String label, List<Km> curves, java.util.function.Function<Km, Cell> cell) {
            List<Cell> row = new ArrayList<>();
            row.add(new Txt(label));
            curves.forEach(k -> row.add(k == null ? new Blank() : cell.apply(k)));
            return row;
        }
    }

    /**
     * A plain product-limit estimate: at each distinct time, S ×= 1 − d/n (a censored time tied with an event stays at
     * risk for it); Greenwood variance; log-log limits S^exp(±zσ), σ = √Σd/(n(n−d)) / |log S|; median = first event time
     * with S &lt; 0.5 (the midpoint to the next event time when S is exactly 0.5); its limits = first event time whose
     * lower (upper) limit is at or below (below) 0.5.
     */
    private static final class Km {
        final int subjects;
        final int events;
        final List<double[]> steps = new ArrayList<>(); // time, S, lower (NaN: none), upper, events at the time

        Km(List<Tte> observations) {
            subjects = observations.size();
            events = (int) observations.stream().filter(Tte::event).count();
            TreeMap<Integer, int[]> byTime = new TreeMap<>();
            observations.forEach(o -> byTime.computeIfAbsent(o.days(), k -> new int[2])[o.event() ? 0 : 1]++);
            int atRisk = subjects;
            double s = 1.0;
            double sum = 0.0;
            for (Map.Entry<Integer, int[]> e : byTime.entrySet()) {
                int d = e.getValue()[0];
                if (d > 0) {
                    s *= 1.0 - (double) d / atRisk;
                    sum = atRisk == d ? Double.POSITIVE_INFINITY : sum + (double) d / ((double) atRisk * (atRisk - d));
                }
                double lo = Double.NaN;
                double hi = Double.NaN;
                if (s > 0 && s < 1 && !Double.isInfinite(sum)) {
                    double sigma = Math.sqrt(sum) / Math.abs(Math.log(s));
                    lo = Math.pow(s, Math.exp(Z_95 * sigma));
                    hi = Math.pow(s, Math.exp(-Z_95 * sigma));
                }
                steps.add(new double[] {e.getKey(), s, lo, hi, d});
                atRisk -= d + e.getValue()[1];
            }
        }

        /** S, lower, upper at {@code t}; null beyond the last observed time. */
        double[] at(double t) {
            if (steps.isEmpty() || t > steps.get(steps.size() - 1)[0]) {
                return null;
            }
            double[] found = null;
            for (double[] st : steps) {
                if (st[0] <= t) {
                    found = st;
                }
            }
            return found == null ? new double[] {1.0, Double.NaN, Double.NaN} : new double[] {found[1], found[2], found[3]};
        }

        private List<double[]> eventSteps() {
            return steps.stream().filter(st -> st[4] > 0).toList();
        }

        Double median() {
            List<double[]> ev = eventSteps();
            for (int i = 0; i < ev.size(); i++) {
                if (Math.abs(ev.get(i)[1] - 0.5) < 1e-12) {
                    return i + 1 < ev.size() ? (ev.get(i)[0] + ev.get(i + 1)[0]) / 2.0 : null;
                }
                if (ev.get(i)[1] < 0.5) {
                    return ev.get(i)[0];
                }
            }
            return null;
        }

        Double medianLimit(boolean lower) {
            for (double[] st : eventSteps()) {
                double limit = Double.isNaN(lower ? st[2] : st[3]) ? (st[1] <= 0 ? 0.0 : 1.0) : lower ? st[2] : st[3];
                if (lower ? limit <= 0.5 : limit < 0.5) {
                    return st[0];
                }
            }
            return null;
        }
    }

    /** Exact (Clopper–Pearson) 95% limits of x / n from the Beta quantiles. */
    private static double[] clopperPearson(int x, int n) {
        double lower = x == 0 ? 0.0 : new BetaDistribution(x, n - x + 1.0).inverseCumulativeProbability(0.025);
        double upper = x == n ? 1.0 : new BetaDistribution(x + 1.0, n - x).inverseCumulativeProbability(0.975);
        return new double[] {lower, upper};
    }

    // ------------------------------------------------------------------ JDBC

    private interface RowAction {
        void accept(ResultSet rs) throws Exception;
    }

    private static void query(Connection c, String sql, List<Object> args, RowAction action) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                st.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    action.accept(rs);
                }
            }
        }
    }
}
