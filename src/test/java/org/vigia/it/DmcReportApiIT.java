package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
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
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * The DMC report API on small trials entered through the API as a site enters them: subjects registered, found
 * eligible (or failed screening) and enrolled; doses recorded on the dosing form; adverse events with their causality
 * and action per agent; lab results graded by the lab feature (a result worse than baseline raises an AE proposal,
 * which is not an AE until an investigator confirms it); deaths on the follow-up form. Every number expected below is
 * counted by hand from the entered data (the comments give the subjects and the arithmetic). Each test uses its own
 * years of data so the cut-offs isolate it (other integration tests use current dates).
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
     * NCT06494995 (cohorts Hybrid RT / Metronomic, investigator-assigned, both arms cadonilimab 10 mg/kg day 1 Q3W),
     * cut-off 2012-12-31, treatment-emergent window = first dose .. last dose + 30 days:
     * <ul>
     *   <li>H1 F 1960, Hybrid RT, enrolled 2012-03-10, cadonilimab 03-10, 03-31, 04-21 (window to 05-21): nausea
     *       04-01 grade 2 (unlikely); anaemia onset "2012-05" (month only: may fall in the window) grade 3, serious
     *       (hospitalisation), unlikely; ANC flagged baseline 03-05 grade 0, then grade 3 on 04-10 and grade 1 on 05-10
     *       (each raises an AE proposal, left pending: not an AE), grade 4 on 2013-01-10 (after the cut-off);</li>
     *   <li>H2 M 1970, Hybrid RT, enrolled 04-01, cadonilimab 04-01, 04-22, 05-13, 06-03 (window to 07-03): pneumonitis
     *       06-10 grade 5, serious (death), immune-related, probably related, drug withdrawn, fatal; died 06-12 of
     *       it (follow-up contact); ANC 03-25 grade 1 (not flagged, before enrolment: the baseline), 05-01 grade 2;</li>
     *   <li>H3 M 1975, screened 2012-12-05, enrolled 2013-01-15 (after the cut-off: screened only, no arm); fatigue
     *       2012-12-10 grade 1 (not enrolled at the cut-off: not counted);</li>
     *   <li>M1 F 1955, Metronomic, enrolled 05-01, cadonilimab 05-01, 05-22, 06-12 (window to 07-12): nausea 06-01
     *       grade 1 (unlikely), nausea 07-01 grade 3 (possibly related);</li>
     *   <li>M2 M 1965, Metronomic, enrolled 06-01, cadonilimab 06-01: fatigue 2013-01-05 grade 2 (after the cut-off);</li>
     *   <li>F1 screened 2012-02-01, not eligible (platelets 99 × 10⁹/L): screen failure; F2 screened 2013-02-01 (after
     *       the cut-off: not counted).</li>
     * </ul>
     */
    @Test
    void dispositionAeOverviewDeathsAndLabShiftsMatchAHandCountedTrial() throws Exception {
        String study = "NCT06494995";
        JsonNode h1 = enrol(study, register(study, "F", 1960, "2012-03-01"), "2012-03-10", "HYBRID_RT");
        JsonNode h2 = enrol(study, register(study, "M", 1970, "2012-03-20"), "2012-04-01", "HYBRID_RT");
        JsonNode h3 = enrol(study, register(study, "M", 1975, "2012-12-05"), "2013-01-15", "HYBRID_RT");
        JsonNode m1 = enrol(study, register(study, "F", 1955, "2012-04-20"), "2012-05-01", "METRONOMIC");
        JsonNode m2 = enrol(study, register(study, "M", 1965, "2012-05-20"), "2012-06-01", "METRONOMIC");
        // NCT06494995 1.2 asks a woman's first treatment for a pregnancy test: both women are past childbearing age
        notOfChildbearingPotential(study, h1);
        notOfChildbearingPotential(study, m1);
        screenFailure(study, register(study, "M", 1950, "2012-02-01"), "INC09B_PLT", "99");
        register(study, "F", 1980, "2013-02-01");

        // labs first: the pre-enrolment ANC of H2 is its baseline
        lab(study, h1, "ANC", "2012-03-05", "3.0", true, 0);
        lab(study, h2, "ANC", "2012-03-25", "1.6", false, 1);
        String cadonilimab = "CADONILIMAB";
        // cadonilimab 10 mg/kg × 60 kg = 600 mg, as the dosing sheet plans it
        for (String on : List.of("2012-03-10", "2012-03-31", "2012-04-21")) {
            dose(study, h1, cadonilimab, "TREATMENT", on, "600", "60");
        }
        for (String on : List.of("2012-04-01", "2012-04-22", "2012-05-13", "2012-06-03")) {
            dose(study, h2, cadonilimab, "TREATMENT", on, "600", "60");
        }
        dose(study, h3, cadonilimab, "TREATMENT", "2013-01-15", "600", "60");
        for (String on : List.of("2012-05-01", "2012-05-22", "2012-06-12")) {
            dose(study, m1, cadonilimab, "TREATMENT", on, "600", "60");
        }
        dose(study, m2, cadonilimab, "TREATMENT", "2012-06-01", "600", "60");

        ae(study, h1, new Ae("Nausea", "2012-04-01", 2).end("2012-04-05"));
        ae(study, h1, new Ae("Anemia", "2012-05", 3).serious("HOSPITALISATION").end("2012-06-01"));
        ae(study, h2, new Ae("Pneumonitis", "2012-06-10", 5).serious("DEATH").related("PROBABLE", "DRUG_WITHDRAWN")
                .immune("PNEUMONITIS").end("2012-06-12").outcome("FATAL"));
        death(study, h2, "2012-06-12", "ADVERSE_EVENT", "Pneumonitis");
        ae(study, h3, new Ae("Fatigue", "2012-12-10", 1).beforeFirstDose());
        ae(study, m1, new Ae("Nausea", "2012-06-01", 1).end("2012-06-03"));
        ae(study, m1, new Ae("Nausea", "2012-07-01", 3).related("POSSIBLE", "DRUG_INTERRUPTED").end("2012-07-06"));
        ae(study, m2, new Ae("Fatigue", "2013-01-05", 2));
        // H1's ANC on treatment: grade 3 and 1 (AE proposals, not AEs), grade 4 after the cut-off; H2's worst: grade 2
        lab(study, h1, "ANC", "2012-04-10", "0.8", false, 3);
        lab(study, h1, "ANC", "2012-05-10", "1.6", false, 1);
        lab(study, h1, "ANC", "2013-01-10", "0.3", false, 4);
        lab(study, h2, "ANC", "2012-05-01", "1.2", false, 2);
        assertTrue(new ApiClient(base, "investigator", PW).get("/api/v1/studies/" + study + "/subjects/"
                + h1.get("id").asLong() + "/ae-proposals").json().size() >= 1, "H1's low ANC is proposed as an AE");

        HttpResponse<byte[]> reply = report("dmc", study, Map.of("cutoff", "2012-12-31", "format", "xlsx"), null);
        assertEquals(200, reply.statusCode(), new String(reply.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, reply.headers().firstValue("Content-Type").orElse(""));
        String hrt = "Hybrid RT";
        String met = "Metronomic chemotherapy and LDRT";
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            Map<String, Map<String, Double>> disposition = numbers(wb.getSheet("disposition"));
            // screened: H1 H2 H3 M1 M2 F1 (F2 after the cut-off); by arm only the enrolled have one
            assertRow(disposition, "Screened", hrt + " n", 2, met + " n", 2, "Total n", 6);
            assertRow(disposition, "Screen failures", hrt + " n", 0, met + " n", 0, "Total n", 1, "Total %", 16.7);
            assertRow(disposition, "Enrolled", hrt + " n", 2, met + " n", 2, "Total n", 4);
            // each enrolled subject had a dose of cadonilimab by the cut-off
            assertRow(disposition, "Treated", hrt + " n", 2, met + " n", 2, "Total n", 4, "Total %", 100.0);
            // on treatment: treated, no discontinuation recorded, alive: H1, M1, M2 (H2 died)
            assertRow(disposition, "On treatment", hrt + " n", 1, met + " n", 2, "Total n", 3, "Total %", 75.0);
            assertRow(disposition, "Discontinued treatment", "Total n", 0);
            // H2 died on 2012-06-12
            assertRow(disposition, "Deaths", hrt + " n", 1, hrt + " %", 50.0, met + " n", 0, "Total n", 1, "Total %", 25.0);

            Map<String, Map<String, Double>> overview = numbers(wb.getSheet("ae-overview"));
            // any treatment-emergent AE: H1 (nausea, anaemia), H2 (pneumonitis), M1 (nausea twice); M2's fatigue is after
            // the cut-off, H1's low ANC only proposed, H3 not enrolled at the cut-off
            assertRow(overview, "Any adverse event", hrt + " n", 2, met + " n", 1, met + " %", 50.0, "Total n", 3,
                    "Total %", 75.0);
            // grade ≥3: H1 anaemia 3, H2 pneumonitis 5, M1 nausea 3
            assertRow(overview, "Grade \u22653 adverse event", hrt + " n", 2, met + " n", 1, "Total n", 3);
            // serious: H1 anaemia, H2 pneumonitis
            assertRow(overview, "Serious adverse event", hrt + " n", 2, met + " n", 0, "Total n", 2, "Total %", 50.0);
            // related (possible, probable, definite): H2 pneumonitis (probable), M1 grade 3 nausea (possible)
            assertRow(overview, "Treatment-related adverse event", hrt + " n", 1, met + " n", 1, "Total n", 2,
                    "Total %", 50.0);
            assertRow(overview, "Treatment-related grade \u22653 adverse event", hrt + " n", 1, met + " n", 1, "Total n", 2);
            assertRow(overview, "Immune-related adverse event", hrt + " n", 1, met + " n", 0, "Total n", 1, "Total %", 25.0);
            // drug withdrawn: H2's pneumonitis
            assertRow(overview, "Adverse event leading to discontinuation", hrt + " n", 1, met + " n", 0, "Total n", 1);
            assertRow(overview, "Fatal adverse event", hrt + " n", 1, "Total n", 1, "Total %", 25.0);

            // worst grade per treated subject: H1 3, H2 5, M1 3, M2 none
            Map<String, Map<String, Double>> worst = numbers(wb.getSheet("ae-worst-grade"));
            assertRow(worst, "Grade 3", hrt + " n", 1, met + " n", 1, "Total n", 2);
            assertRow(worst, "Grade 5", hrt + " n", 1, met + " n", 0, "Total n", 1);
            assertRow(worst, "No adverse event", hrt + " n", 0, met + " n", 1, "Total n", 1);

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
        Map<String, List<List<String>>> csv = unzipTables(zip.body());
        String h2Number = h2.get("subjectNumber").asText();
        String h1Number = h1.get("subjectNumber").asText();
        // the SAE listing: H1's anaemia (onset "2012-05" counts from 05-01: study day 53 from 03-10) and H2's pneumonitis
        // (06-10 is study day 71 from 04-01)
        List<List<String>> saes = csv.get("sae-listing");
        assertEquals(3, saes.size(), saes.toString());
        // causality by agent: cadonilimab and radiotherapy (the agents of the Hybrid RT arm), in the order stored
        assertEquals(List.of(h1Number, hrt, "50-59", "Female", "Blood and lymphatic system disorders", "Anemia", "3", "53",
                "No", "No", "Hospitalisation", "Recovered/resolved"), withoutCausality(saes.get(1)));
        assertEquals(Set.of("Cadonilimab (AK104): unlikely", "Radiotherapy: unrelated"), Set.of(saes.get(1).get(9).split("; ")));
        assertEquals(List.of(h2Number, hrt, "40-49", "Male", "Respiratory, thoracic and mediastinal disorders", "Pneumonitis",
                "5", "71", "Yes", "Yes", "Death", "Fatal"), withoutCausality(saes.get(2)));
        assertEquals(Set.of("Cadonilimab (AK104): probable", "Radiotherapy: unrelated"), Set.of(saes.get(2).get(9).split("; ")));
        // the death listing: H2 died on 06-12, study day 73 from the first dose (04-01), 72 days from enrolment, 9 days
        // after the last dose (06-03), of the pneumonitis judged probably related
        List<List<String>> deaths = csv.get("death-listing");
        assertEquals(List.of(List.of("Subject", "Arm", "Age band", "Sex", "Study day of death", "Days from enrolment",
                "Days since last dose", "Cause of death", "Related"),
                List.of(h2Number, hrt, "40-49", "Male", "73", "72", "9", "Adverse event: Pneumonitis", "Yes")), deaths);
        for (JsonNode s : screened) {
            assertFalse(csv.toString().contains(s.get("screeningNumber").asText()), "no screening number in the CSV listings");
        }
    }

    /**
     * NCT07041788 in 2014: two subjects on iparomlimab/tuvonralimab (5 mg/kg × 70 kg = 350 mg), S1 on 2014-02-10
     * (induction cycle 1) and 2014-06-20 (maintenance cycle 1), so its treatment-emergent window runs to 07-20; S2 on
     * 2014-02-12. S1: an AE on 2014-05-01 and, added later, a serious one on 2014-07-15.
     */
    @Test
    void theSameDataAndCutOffGiveTheSameChecksumAndLaterDataAreLeftOut() throws Exception {
        String study = "NCT07041788";
        JsonNode s1 = enrol(study, register(study, "M", 1962, "2014-01-20"), "2014-02-01", null);
        JsonNode s2 = enrol(study, register(study, "F", 1968, "2014-01-22"), "2014-02-03", null);
        String io = "IPAROMLIMAB_TUVONRALIMAB";
        dose(study, s1, io, "INDUCTION", "2014-02-10", "350", "70");
        dose(study, s1, io, "MAINTENANCE", "2014-06-20", "350", "70");
        dose(study, s2, io, "INDUCTION", "2014-02-12", "350", "70");
        ae(study, s1, new Ae("Nausea", "2014-05-01", 2).end("2014-05-04"));

        HttpResponse<byte[]> first = report("dmc", study, Map.of("cutoff", "2014-06-30", "format", "xlsx"), null);
        HttpResponse<byte[]> second = report("admin", study, Map.of("cutoff", "2014-06-30", "format", "pdf"), null);
        String checksum = checksum(first);
        assertEquals(64, checksum.length());
        assertEquals(checksum, checksum(second), "same data and cut-off, same checksum in every format");
        double anyAe = numbers(workbook(first).getSheet("ae-overview")).get("Any adverse event").get("Total n");

        ae(study, s1, new Ae("Vomiting", "2014-07-15", 3).serious("HOSPITALISATION").end("2014-07-18"));
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
            // the definition in effect at the cut-off: 1.2 (the RTOG grades of the weekly check) took effect on the same
            // day as 1.0 and 1.1 and was loaded after them
            assertEquals(List.of("XLSX/dmc/1.2", "PDF/admin/1.2", "XLSX/dmc/1.2"), rows.subList(0, 3));
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
        // French, the same two ways
        try (XSSFWorkbook wb = workbook(report("dmc", study, Map.of("cutoff", "2015-03-31", "format", "xlsx",
                "language", "fr"), null))) {
            assertEquals("Couverture", wb.getSheetName(0));
            assertEquals("Rapport de tolérance pour le DMC", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        try (XSSFWorkbook wb = workbook(report("dmc", study, Map.of("cutoff", "2015-03-31", "format", "xlsx"),
                "fr-FR,fr;q=0.9,en;q=0.5"))) {
            assertEquals("Couverture", wb.getSheetName(0));
        }
        HttpResponse<byte[]> frenchPdf = report("dmc", study, Map.of("cutoff", "2015-03-31", "format", "pdf",
                "language", "fr"), null);
        assertEquals(200, frenchPdf.statusCode());
        assertEquals("%PDF", new String(frenchPdf.body(), 0, 4, StandardCharsets.US_ASCII));

        HttpResponse<byte[]> badFormat = report("dmc", study, Map.of("cutoff", "2027-02-30", "format", "docx"), null);
        assertEquals(400, badFormat.statusCode());
        JsonNode error = ApiClient.JSON.readTree(badFormat.body());
        assertTrue(error.get("fields").has("format"), error.toString());
        assertTrue(error.get("fields").has("cutoff"), "30 February is not a date: " + error);
        assertEquals(400, report("dmc", study, Map.of("format", "pdf"), null).statusCode(), "the cut-off is required");
        assertEquals(400, report("dmc", study, Map.of("cutoff", "2015-03-31", "format", "pdf", "language", "de"), null)
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

    /** The pregnancy test form at screening saying the woman is not of childbearing potential. */
    private void notOfChildbearingPotential(String study, JsonNode subject) {
        ApiClient.Reply r = new ApiClient(base, "coordinator", PW).put("/api/v1/studies/" + study + "/subjects/"
                + subject.get("id").asLong() + "/visits/SCR/forms/RP", Map.of("values", Map.of("RPCBP[0].RPCBP", "N")));
        assertEquals(200, r.status(), r.body());
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

    private JsonNode enrol(String study, JsonNode subject, String on, String arm) throws Exception {
        // the eligibility labs are drawn on the enrolment day (inside the screening window before it)
        EligibilityFill.fillEligible(new ApiClient(base, "coordinator", PW), study, subject.get("id").asLong(), on);
        Map<String, Object> body = new HashMap<>();
        body.put("version", subject.get("version").asLong());
        body.put("enrolledOn", on);
        if (arm != null) {
            body.put("arm", arm);
        }
        ApiClient.Reply r = new ApiClient(base, "coordinator", PW)
                .post("/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong() + "/enrolment", body);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** An eligibility form not met on one criterion, and the screen failure recorded. */
    private void screenFailure(String study, JsonNode subject, String criterion, String value) {
        ApiClient coordinator = new ApiClient(base, "coordinator", PW);
        String path = "/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong();
        JsonNode form = coordinator.get(path + "/eligibility").json();
        Map<String, Map<String, Object>> entries = EligibilityFill.eligibleEntries(form);
        entries.put(criterion, Map.of("value", value));
        EligibilityFill.recordScreeningLabs(coordinator, study, subject.get("id").asLong(), form, entries,
                subject.get("screenedOn").asText(), false);
        ApiClient.Reply saved = coordinator.put(path + "/eligibility", Map.of("entries", entries));
        assertEquals("NOT_ELIGIBLE", saved.json().get("outcome").asText(), saved.body());
        ApiClient.Reply failed = coordinator.post(path + "/eligibility/screen-failure",
                Map.of("version", subject.get("version").asLong()));
        assertEquals(200, failed.status(), failed.body());
    }

    /**
     * A dose given on day 1 of the next cycle of {@code phase} as the investigator records it (taking the cycle on labs
     * drawn elsewhere when the pre-cycle gate has none in its window), height 170 cm.
     */
    private void dose(String study, JsonNode subject, String agent, String phase, String on, String mg, String weightKg) {
        String path = "/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong() + "/administrations";
        ApiClient investigator = new ApiClient(base, "investigator", PW);
        int cycle = 1;
        for (JsonNode a : investigator.get(path).json()) {
            if (phase.equals(a.get("phase").asText()) && agent.equals(a.get("agent").asText())) {
                cycle = Math.max(cycle, a.get("cycle").asInt() + 1);
            }
        }
        ApiClient.Reply r = investigator.post(path, Map.of("agent", agent, "phase", phase, "cycle", cycle, "day", 1,
                "on", on, "status", "GIVEN", "administeredMg", new BigDecimal(mg), "heightCm", 170,
                "weightKg", new BigDecimal(weightKg), "gateOverrideReason", "Labs drawn at the referring hospital"));
        assertEquals(201, r.status(), r.body());
    }

    /**
     * An adverse event as entered on the AE form; causality and action the same for every agent of the arm the
     * subject was given by the onset (the study drug these tests dose), unrelated to the others (radiotherapy, the
     * agents never dosed here): an AE can be related only to an agent already given.
     */
    private static final class Ae {
        final Map<String, Object> body = new HashMap<>();
        String causality = "UNLIKELY";
        String action = "DOSE_NOT_CHANGED";
        Set<String> given = Set.of("CADONILIMAB", "IPAROMLIMAB_TUVONRALIMAB");

        Ae(String term, String onset, int grade) {
            body.put("term", term);
            body.put("onset", onset);
            body.put("grade", grade);
            body.put("serious", false);
            body.put("ongoing", true);
            body.put("outcome", "NOT_RECOVERED_NOT_RESOLVED");
        }

        Ae end(String end) {
            body.put("end", end);
            body.put("ongoing", false);
            body.put("outcome", "RECOVERED_RESOLVED");
            return this;
        }

        Ae serious(String criterion) {
            body.put("serious", true);
            body.put("seriousnessCriteria", List.of(criterion));
            String onset = (String) body.get("onset");
            body.put("awareness", (onset.length() == 7 ? onset + "-28" : onset) + "T10:00:00Z");
            return this;
        }

        Ae related(String causality, String action) {
            this.causality = causality;
            this.action = action;
            return this;
        }

        Ae immune(String category) {
            body.put("immuneRelated", true);
            body.put("immuneCategory", category);
            return this;
        }

        Ae outcome(String outcome) {
            body.put("outcome", outcome);
            return this;
        }

        /** Onset before the subject's first dose: unrelated to every agent. */
        Ae beforeFirstDose() {
            given = Set.of();
            return this;
        }
    }

    private void ae(String study, JsonNode subject, Ae ae) {
        String path = "/api/v1/studies/" + study + "/subjects/" + subject.get("id").asLong() + "/adverse-events";
        ApiClient investigator = new ApiClient(base, "investigator", PW);
        List<Map<String, Object>> attributions = new ArrayList<>();
        for (JsonNode agent : investigator.get(path + "/agents").json()) {
            String id = agent.get("agentId").asText();
            attributions.add(Map.of("agentId", id, "causality", ae.given.contains(id) ? ae.causality : "UNRELATED",
                    "actionTaken", ae.action));
        }
        Map<String, Object> body = new HashMap<>(ae.body);
        body.put("attributions", attributions);
        ApiClient.Reply r = investigator.post(path, body);
        assertEquals(201, r.status(), r.body());
    }

    /** A lab result through the lab API; the grade the lab feature gives it is checked. */
    private void lab(String study, JsonNode subject, String test, String collectedOn, String value, boolean baseline,
                     int expectedGrade) {
        ApiClient.Reply r = new ApiClient(base, "coordinator", PW).post("/api/v1/studies/" + study + "/subjects/"
                + subject.get("id").asLong() + "/lab-results", Map.of("test", test, "collectedOn", collectedOn,
                "value", new BigDecimal(value), "unit", "10^9/L", "baseline", baseline));
        assertEquals(201, r.status(), r.body());
        assertEquals(expectedGrade, r.json().get("ctcaeGrade").asInt(), r.body());
    }

    private void death(String study, JsonNode subject, String on, String cause, String text) {
        ApiClient.Reply r = new ApiClient(base, "investigator", PW).post("/api/v1/studies/" + study + "/subjects/"
                + subject.get("id").asLong() + "/follow-up-contacts", Map.of("contactDate", on, "survivalStatus", "DEAD",
                "deathDate", on, "deathCause", cause, "deathCauseText", text));
        assertEquals(201, r.status(), r.body());
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

    private static List<String> withoutCausality(List<String> saeRow) {
        List<String> row = new ArrayList<>(saeRow);
        row.remove(9);
        return row;
    }

    /** Table id → CSV rows of a zip of CSV files. */
    private static Map<String, List<List<String>>> unzipTables(byte[] zip) throws Exception {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("\uFEFF"), e.getName() + " starts with a UTF-8 byte order mark");
                text = text.substring(1);
                if (name.matches("\\d\\d-.*\\.csv")) {
                    List<List<String>> rows = new ArrayList<>();
                    for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
                        rows.add(r.toList());
                    }
                    tables.put(name.substring(3, name.length() - 4), rows);
                }
            }
        }
        return tables;
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
