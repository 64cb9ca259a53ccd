package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The DMC report API on a small trial built through the subjects API, with adverse events and lab results
 * inserted as the AE and lab features store them; every number expected below is counted by hand from the
 * seeded data (comments give the subjects). Each test uses its own years of data so the cut-offs isolate it
 * (other integration tests use current dates).
 */
@ExtendWith(ArquillianExtension.class)
class DmcReportApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    // ------------------------------------------------------------------ the trial

    /**
     * NCT06494995 (cohorts Hybrid RT / Metronomic, investigator-assigned), cut-off 2012-12-31:
     * H1 F 1960 Hybrid RT 2012-03-10; H2 M 1970 Hybrid RT 2012-04-01; H3 M Hybrid RT enrolled 2013-01-15 (after the
     * cut-off: screened only); M1 F Metronomic 2012-05-01; M2 M Metronomic 2012-06-01; F1 screen failure (screened
     * 2012-02-01); F2 screened 2013-02-01 (after the cut-off: not counted).
     */
    @Test
    void dispositionAeOverviewAndLabShiftsMatchAHandCountedTrial() throws Exception {
        String study = "NCT06494995";
        long h1 = enrol(study, register(study, "F", 1960, "2012-03-01"), "2012-03-10", "HYBRID_RT");
        long h2 = enrol(study, register(study, "M", 1970, "2012-03-20"), "2012-04-01", "HYBRID_RT");
        long h3 = enrol(study, register(study, "M", 1975, "2012-12-05"), "2013-01-15", "HYBRID_RT");
        long m1 = enrol(study, register(study, "F", 1955, "2012-04-20"), "2012-05-01", "METRONOMIC");
        long m2 = enrol(study, register(study, "M", 1965, "2012-05-20"), "2012-06-01", "METRONOMIC");
        JsonNode f1 = register(study, "M", 1950, "2012-02-01");
        sql("UPDATE subject SET status = 'SCREEN_FAILED', screen_failure_reason = 'ECOG 3' WHERE id = ?", f1.get("id").asLong());
        register(study, "F", 1980, "2013-02-01");

        ae(h1, "10028813", "Nausea", "Gastrointestinal disorders", "2012-04-01", 2, false, false, null, "CONFIRMED");
        ae(h1, "10002272", "Anemia", "Blood and lymphatic system disorders", "2012-05", 3, true, false, null, "CONFIRMED");
        ae(h1, "10029366", "Neutrophil count decreased", "Investigations", "2012-04-15", 2, false, false, null, "PROPOSED");
        ae(h2, "10035742", "Pneumonitis", "Respiratory, thoracic and mediastinal disorders", "2012-06-10", 5, true, true,
                "FATAL", "CONFIRMED");
        ae(m1, "10028813", "Nausea", "Gastrointestinal disorders", "2012-06-01", 1, false, false, null, "CONFIRMED");
        ae(m1, "10028813", "Nausea", "Gastrointestinal disorders", "2012-07-01", 3, false, false, null, "CONFIRMED");
        ae(m2, "10016256", "Fatigue", "General disorders and administration site conditions", "2013-01-05", 2, false, false,
                null, "CONFIRMED");
        ae(h3, "10016256", "Fatigue", "General disorders and administration site conditions", "2012-12-10", 1, false, false,
                null, "CONFIRMED");
        // ANC of H1: flagged baseline grade 0, then grades 3 and 1 on treatment; grade 4 after the cut-off
        lab(h1, "ANC", "2012-03-05", true, 0);
        lab(h1, "ANC", "2012-04-10", false, 3);
        lab(h1, "ANC", "2012-05-10", false, 1);
        lab(h1, "ANC", "2013-01-10", false, 4);
        // ANC of H2: no flagged baseline, the result before enrolment is the baseline (grade 1); worst after: 2
        lab(h2, "ANC", "2012-03-25", false, 1);
        lab(h2, "ANC", "2012-05-01", false, 2);

        HttpResponse<byte[]> reply = report("dmc", study, Map.of("cutoff", "2012-12-31", "format", "xlsx"), null);
        assertEquals(200, reply.statusCode(), new String(reply.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, reply.headers().firstValue("Content-Type").orElse(""));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            Map<String, Map<String, Double>> disposition = numbers(wb.getSheet("disposition"));
            String hrt = "Hybrid RT";
            String met = "Metronomic chemotherapy and LDRT";
            // screened: H1 H2 H3 M1 M2 F1 (F2 after the cut-off); by arm only the enrolled have one
            assertRow(disposition, "Screened", hrt + " n", 2, met + " n", 2, "Total n", 6);
            assertRow(disposition, "Screen failures", hrt + " n", 0, met + " n", 0, "Total n", 1, "Total %", 16.7);
            assertRow(disposition, "Enrolled", hrt + " n", 2, met + " n", 2, "Total n", 4);
            // no dosing recorded yet: the enrolled count as treated from enrolment
            assertRow(disposition, "Treated", hrt + " n", 2, met + " n", 2, "Total n", 4, "Total %", 100.0);
            assertRow(disposition, "On treatment", "Total n", 4);
            assertRow(disposition, "Discontinued treatment", "Total n", 0);
            assertRow(disposition, "Deaths", "Total n", 0);

            Map<String, Map<String, Double>> overview = numbers(wb.getSheet("ae-overview"));
            // any AE: H1 (nausea, anaemia), H2 (pneumonitis), M1 (nausea); M2's fatigue is after the cut-off,
            // H1's neutropenia is only proposed, H3 was not enrolled at the cut-off
            assertRow(overview, "Any adverse event", hrt + " n", 2, met + " n", 1, met + " %", 50.0, "Total n", 3,
                    "Total %", 75.0);
            assertRow(overview, "Grade \u22653 adverse event", hrt + " n", 2, met + " n", 1, "Total n", 3);
            assertRow(overview, "Serious adverse event", hrt + " n", 2, met + " n", 0, "Total n", 2, "Total %", 50.0);
            assertRow(overview, "Treatment-related adverse event", "Total n", 0);
            assertRow(overview, "Immune-related adverse event", hrt + " n", 1, met + " n", 0, "Total n", 1, "Total %", 25.0);
            assertRow(overview, "Adverse event leading to discontinuation", "Total n", 0);
            assertRow(overview, "Fatal adverse event", hrt + " n", 1, "Total n", 1, "Total %", 25.0);

            // lab shifts, Hybrid RT panel: H1 baseline 0 -> worst 3; H2 baseline 1 -> worst 2
            Sheet shifts = wb.getSheet("lab-shift");
            assertEquals(1.0, shiftCell(shifts, "Absolute neutrophil count", "Baseline grade 0", hrt, "Grade 3"));
            assertEquals(1.0, shiftCell(shifts, "Absolute neutrophil count", "Baseline grade 1", hrt, "Grade 2"));
            assertEquals(0.0, shiftCell(shifts, "Absolute neutrophil count", "Baseline grade 0", hrt, "Grade 4"),
                    "the grade 4 after the cut-off is excluded");

            String texts = allText(wb);
            for (JsonNode s : screened) {
                assertFalse(texts.contains(s.get("screeningNumber").asText()), "no screening number in the XLSX");
            }
            assertFalse(texts.contains("2012-03-01"), "no screening or consent date in the XLSX");
        }
        HttpResponse<byte[]> zip = report("dmc", study, Map.of("cutoff", "2012-12-31", "format", "csv-zip"), null);
        String csv = unzipText(zip.body());
        assertTrue(csv.contains("Pneumonitis"), "the SAE listing names the term");
        for (JsonNode s : screened) {
            assertFalse(csv.contains(s.get("screeningNumber").asText()), "no screening number in the CSV listings");
        }
    }

    /** NCT07041788 in 2014: two subjects; an AE on 2014-05-01 and, added later, one on 2014-07-15. */
    @Test
    void theSameDataAndCutOffGiveTheSameChecksumAndLaterDataAreLeftOut() throws Exception {
        String study = "NCT07041788";
        long s1 = enrol(study, register(study, "M", 1962, "2014-01-20"), "2014-02-01", null);
        enrol(study, register(study, "F", 1968, "2014-01-22"), "2014-02-03", null);
        ae(s1, "10028813", "Nausea", "Gastrointestinal disorders", "2014-05-01", 2, false, false, null, "CONFIRMED");

        HttpResponse<byte[]> first = report("dmc", study, Map.of("cutoff", "2014-06-30", "format", "xlsx"), null);
        HttpResponse<byte[]> second = report("admin", study, Map.of("cutoff", "2014-06-30", "format", "pdf"), null);
        String checksum = checksum(first);
        assertEquals(64, checksum.length());
        assertEquals(checksum, checksum(second), "same data and cut-off, same checksum in every format");
        double anyAe = numbers(workbook(first).getSheet("ae-overview")).get("Any adverse event").get("Total n");

        ae(s1, "10047700", "Vomiting", "Gastrointestinal disorders", "2014-07-15", 3, true, false, null, "CONFIRMED");
        HttpResponse<byte[]> again = report("dmc", study, Map.of("cutoff", "2014-06-30", "format", "xlsx"), null);
        assertEquals(checksum, checksum(again), "an AE with onset after the cut-off does not change the data");
        try (XSSFWorkbook wb = workbook(again)) {
            assertEquals(anyAe, numbers(wb.getSheet("ae-overview")).get("Any adverse event").get("Total n"));
            assertFalse(allText(wb).contains("Vomiting"), "the AE after the cut-off is in no table");
            assertTrue(allText(wb).contains(checksum), "the cover states the checksum");
        }
        HttpResponse<byte[]> later = report("dmc", study, Map.of("cutoff", "2014-07-31", "format", "xlsx"), null);
        assertNotEquals(checksum, checksum(later));
        try (XSSFWorkbook wb = workbook(later)) {
            assertTrue(allText(wb).contains("Vomiting"), "a later cut-off includes it");
            // s1 has a grade 3 serious AE now: one more subject with a serious AE than at the earlier cut-off
            assertEquals(1.0, numbers(wb.getSheet("ae-overview")).get("Serious adverse event").get("Total n")
                    - seriousAt(study, "2014-06-30"));
        }

        // every generation is recorded and audited
        try (Connection c = TestDatabase.connect();
             PreparedStatement st = c.prepareStatement("SELECT r.id, r.format, r.generated_by, r.definition_version"
                     + " FROM dmc_report r JOIN study s ON s.id = r.study_id WHERE s.registry_id = ? AND r.cut_off = ?"
                     + " AND r.data_sha256 = ? ORDER BY r.id")) {
            st.setString(1, study);
            st.setDate(2, java.sql.Date.valueOf("2014-06-30"));
            st.setString(3, checksum);
            ResultSet rs = st.executeQuery();
            List<String> rows = new ArrayList<>();
            long lastId = 0;
            while (rs.next()) {
                rows.add(rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4));
                lastId = rs.getLong(1);
            }
            assertEquals(List.of("XLSX/dmc/1.0", "PDF/admin/1.0", "XLSX/dmc/1.0"), rows.subList(0, 3));
            JsonNode audit = new ApiClient(base, "admin", PW)
                    .get("/api/v1/audit?action=DMC_REPORT_GENERATE&entityType=DmcReport&entityId=" + lastId).json();
            assertTrue(audit.get("total").asInt() >= 1, audit.toString());
        }
        JsonNode list = new ApiClient(base, "dmc", PW).get("/api/v1/studies/" + study + "/dmc-reports").json();
        assertTrue(list.size() >= 4, list.toString());
        assertEquals(64, list.get(0).get("dataSha256").asText().length());
    }

    @Test
    void formatsLanguagesAndRefusals() throws Exception {
        String study = "NCT07041788";
        HttpResponse<byte[]> pdf = report("dmc", study, Map.of("cutoff", "2015-03-31", "format", "pdf"), null);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"dmc-report-NCT07041788-2015-03-31.pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        HttpResponse<byte[]> xlsx = report("admin", study, Map.of("cutoff", "2015-03-31", "format", "XLSX"), null);
        assertEquals(XLSX, xlsx.headers().firstValue("Content-Type").orElse(""));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").endsWith(".xlsx\""));

        HttpResponse<byte[]> zip = report("dmc", study, Map.of("cutoff", "2015-03-31", "format", "csv-zip"), null);
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        assertTrue(zip.headers().firstValue("Content-Disposition").orElse("").endsWith("-csv.zip\""));
        assertTrue(unzipText(zip.body()).contains("data_sha256"));

        // Chinese: from the body's language, or from Accept-Language
        try (XSSFWorkbook wb = workbook(report("dmc", study, Map.of("cutoff", "2015-03-31", "format", "xlsx",
                "language", "zh-CN"), null))) {
            assertEquals("封面", wb.getSheetName(0));
            assertEquals("数据监查委员会（DMC）安全性报告", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        try (XSSFWorkbook wb = workbook(report("dmc", study, Map.of("cutoff", "2015-03-31", "format", "xlsx"),
                "zh-CN,zh;q=0.9,en;q=0.5"))) {
            assertEquals("封面", wb.getSheetName(0));
        }
        try (XSSFWorkbook wb = workbook(report("dmc", study, Map.of("cutoff", "2015-03-31", "format", "xlsx"), "en-GB"))) {
            assertEquals("Cover", wb.getSheetName(0));
        }

        HttpResponse<byte[]> badFormat = report("dmc", study, Map.of("cutoff", "2027-02-30", "format", "docx"), null);
        assertEquals(400, badFormat.statusCode());
        JsonNode error = ApiClient.JSON.readTree(badFormat.body());
        assertTrue(error.get("fields").has("format"), error.toString());
        assertTrue(error.get("fields").has("cutoff"), "30 February is not a date: " + error);
        assertEquals(400, report("dmc", study, Map.of("format", "pdf"), null).statusCode(), "the cut-off is required");
        assertEquals(400, report("dmc", study, Map.of("cutoff", "2015-03-31", "format", "pdf", "language", "fr"), null)
                .statusCode());
        assertEquals(404, report("dmc", "NCT00000000", Map.of("cutoff", "2015-03-31", "format", "pdf"), null).statusCode());
        HttpResponse<byte[]> coordinator = report("coordinator", study, Map.of("cutoff", "2015-03-31", "format", "pdf"), null);
        assertEquals(403, coordinator.statusCode(), "a coordinator may not generate DMC reports");
        assertEquals("forbidden", ApiClient.JSON.readTree(coordinator.body()).get("error").asText());
        assertEquals(403, new ApiClient(base, "coordinator", PW).get("/api/v1/studies/" + study + "/dmc-reports").status());
        assertEquals(403, report("investigator", study, Map.of("cutoff", "2015-03-31", "format", "xlsx"), null).statusCode());
    }

    // ------------------------------------------------------------------ helpers: seeding

    private final List<JsonNode> screened = new ArrayList<>();

    private long siteId(String code) {
        for (JsonNode s : new ApiClient(base, "admin", PW).get("/api/v1/sites").json()) {
            if (code.equals(s.get("code").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    private JsonNode register(String study, String sex, int birthYear, String screenedOn) {
        String number = "DMC" + ThreadLocalRandom.current().nextInt(10000000, 99999999);
        ApiClient.Reply r = new ApiClient(base, "coordinator", PW).post("/api/v1/studies/" + study + "/subjects",
                Map.of("siteId", siteId("CN01"), "screeningNumber", number, "sex", sex, "birthYear", birthYear,
                        "consentDate", screenedOn, "screenedOn", screenedOn));
        assertEquals(201, r.status(), r.body());
        screened.add(r.json());
        return r.json();
    }

    private long enrol(String study, JsonNode subject, String on, String arm) throws Exception {
        EligibilityFill.fillEligible(new ApiClient(base, "coordinator", PW), study, subject.get("id").asLong());
        Map<String, Object> body = new HashMap<>();
        body.put("version", subject.get("version").asLong());
        body.put("enrolledOn", on);
        if (arm != null) {
            body.put("arm", arm);
        }
        ApiClient.Reply r = new ApiClient(base, "coordinator", PW)
                .post("/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong() + "/enrolment", body);
        assertEquals(200, r.status(), r.body());
        // every enrolled subject of this hand-counted trial is treated: a first dose on the enrolment day
        sql("INSERT INTO dose_administration (subject_id, agent_id, phase_id, cycle, cycle_day, administered_on, status,"
                + " dose_percent, administered_mg, planned_full_mg, recommendation, gate, recorded_by, created_at)"
                + " VALUES (?, 'CADONILIMAB', 'TREATMENT', 1, 1, ?, 'GIVEN', 100, 600, 600, 'CONTINUE', 'NOT_GATED', 'test', NOW(6))",
                subject.get("id").asLong(), on);
        return subject.get("id").asLong();
    }

    private static void ae(long subjectId, String meddra, String term, String soc, String onset, int grade, boolean serious,
                           boolean immune, String outcome, String status) throws Exception {
        sql("INSERT INTO adverse_event (subject_id, meddra_code, term, soc, onset, ongoing, grade, worst_grade, serious,"
                + " immune_related, outcome, status, created_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, NOW(6))",
                subjectId, meddra, term, soc, onset, grade, grade, serious, immune, outcome, status);
    }

    private static void lab(long subjectId, String test, String collectedOn, boolean baseline, int grade) throws Exception {
        sql("INSERT INTO lab_result (subject_id, test_code, collected_on, value, unit, canonical_value, baseline,"
                + " ctcae_grade, created_at) VALUES (?, ?, ?, 1, '10^9/L', 1, ?, ?, NOW(6))",
                subjectId, test, java.sql.Date.valueOf(collectedOn), baseline, grade);
    }

    private static void sql(String statement, Object... args) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
        }
    }

    // ------------------------------------------------------------------ helpers: the API and the files

    private HttpResponse<byte[]> report(String user, String study, Map<String, String> body, String acceptLanguage)
            throws Exception {
        String b = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(b + "api/v1/studies/" + study + "/dmc-reports"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PW)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(body)));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private double seriousAt(String study, String cutOff) throws Exception {
        try (XSSFWorkbook wb = workbook(report("dmc", study, Map.of("cutoff", cutOff, "format", "xlsx"), null))) {
            return numbers(wb.getSheet("ae-overview")).get("Serious adverse event").get("Total n");
        }
    }

    private static String checksum(HttpResponse<byte[]> reply) {
        assertEquals(200, reply.statusCode(), new String(reply.body(), StandardCharsets.UTF_8));
        return reply.headers().firstValue("X-Vigia-Data-Checksum").orElseThrow();
    }

    private static XSSFWorkbook workbook(HttpResponse<byte[]> reply) throws Exception {
        assertEquals(200, reply.statusCode(), new String(reply.body(), StandardCharsets.UTF_8));
        return new XSSFWorkbook(new ByteArrayInputStream(reply.body()));
    }

    /** Row label → column header (row 3 of the sheet) → number, for a summary sheet. */
    private static Map<String, Map<String, Double>> numbers(Sheet sheet) {
        Row header = sheet.getRow(2);
        Map<String, Map<String, Double>> table = new LinkedHashMap<>();
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING) {
                continue;
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (int c = 1; c < header.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    values.put(header.getCell(c).getStringCellValue(), cell.getNumericCellValue());
                }
            }
            table.putIfAbsent(row.getCell(0).getStringCellValue(), values);
        }
        return table;
    }

    private static void assertRow(Map<String, Map<String, Double>> table, String label, Object... expected) {
        Map<String, Double> row = table.get(label);
        assertTrue(row != null, "no row '" + label + "' in " + table.keySet());
        for (int i = 0; i < expected.length; i += 2) {
            double want = ((Number) expected[i + 1]).doubleValue();
            assertEquals(want, row.getOrDefault((String) expected[i], 0.0), 1e-9, label + " / " + expected[i] + ": " + row);
        }
    }

    /** A cell of the lab shift sheet: test heading, then the baseline row; column by arm (row 2, merged) and header. */
    private static double shiftCell(Sheet sheet, String test, String baselineRow, String arm, String worst) {
        Row groups = sheet.getRow(1);
        Row headers = sheet.getRow(2);
        int column = -1;
        String group = "";
        for (int c = 1; c < headers.getLastCellNum(); c++) {
            Cell g = groups.getCell(c);
            if (g != null && !g.getStringCellValue().isEmpty()) {
                group = g.getStringCellValue();
            }
            if (group.equals(arm) && headers.getCell(c).getStringCellValue().equals(worst)) {
                column = c;
            }
        }
        assertTrue(column > 0, "no column " + arm + " / " + worst);
        boolean inTest = false;
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null) {
                continue;
            }
            String label = row.getCell(0).getStringCellValue();
            if (label.equals(test)) {
                inTest = true;
            } else if (inTest && label.equals(baselineRow)) {
                return row.getCell(column).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + test + " / " + baselineRow);
    }

    private static String allText(XSSFWorkbook wb) {
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('\t');
                }
            }
        }
        return text.toString();
    }

    private static String unzipText(byte[] zip) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                text.append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
