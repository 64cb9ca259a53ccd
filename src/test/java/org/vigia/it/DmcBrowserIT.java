package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The DMC journey in headless Chromium: a DMC member picks a study and a cut-off, sees the aggregate tables,
 * downloads the PDF and the XLSX (in English and in Chinese) and finds subject numbers but no screening
 * numbers in them; a coordinator cannot open the page. Downloads are kept in {@code target/dmc-it-downloads}
 * for looking at.
 */
@ExtendWith(ArquillianExtension.class)
class DmcBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String STUDY = "NCT07277764";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aDmcMemberDownloadsThePdfAndTheXlsxAndSeesNoIdentifyingData() throws Exception {
        // two subjects enrolled in 2016, one with a serious adverse event (so the SAE listing names a subject)
        JsonNode s1 = register("M", 1958, "2016-01-05");
        JsonNode s2 = register("F", 1972, "2016-02-01");
        String n1 = enrol(s1, "2016-01-15");
        enrol(s2, "2016-02-10");
        // a serious pneumonitis, entered through the AE API as a coordinator records it
        Map<String, Object> ae = new HashMap<>();
        ae.put("meddraCode", "10035742");
        ae.put("onset", "2016-02-01"); // within 30 days of the only dose (2016-01-15): treatment-emergent
        ae.put("ongoing", true);
        ae.put("grade", 3);
        ae.put("serious", true);
        ae.put("seriousnessCriteria", List.of("HOSPITALISATION"));
        ae.put("awareness", "2016-02-02T08:00:00Z");
        ae.put("immuneRelated", true);
        ae.put("immuneCategory", "PNEUMONITIS");
        ApiClient.Reply created = new ApiClient(base, "coordinator", PW).post("/api/v1/studies/" + STUDY + "/subjects/"
                + s1.get("id").asLong() + "/adverse-events", ae);
        assertEquals(201, created.status(), created.body());
        List<String> screeningNumbers = List.of(s1.get("screeningNumber").asText(), s2.get("screeningNumber").asText());

        Path downloads = Files.createTempDirectory("vigia-dmc-downloads");
        Path kept = Path.of("target", "dmc-it-downloads");
        Files.createDirectories(kept);
        try (Browser b = Browser.open(base)) {
            ((ChromeDriver) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            b.signIn("dmc", PW);
            b.go("dmc/index.xhtml");
            chooseStudyAndCutOff(b, "2016-12-31");
            b.click("dmcForm:show");
            b.waitForText("Subject disposition");
            String page = b.pageText();
            assertTrue(page.contains("Overview of adverse events") && page.contains("Most frequent adverse events")
                    && page.contains("Stopping rules"), page);
            assertTrue(page.contains("Pneumonitis"), "the most frequent terms by arm: " + page);
            screeningNumbers.forEach(sn -> assertFalse(page.contains(sn), "no screening number on the page"));
            assertEquals(64, b.text("dmcForm:checksum").length());

            String stem = "dmc-report-" + STUDY + "-2016-12-31";
            b.click("dmcForm:downloadPdf");
            Path pdf = waitForFile(downloads.resolve(stem + ".pdf"));
            b.click("dmcForm:downloadXlsx");
            Path xlsx = waitForFile(downloads.resolve(stem + ".xlsx"));

            String pdfText = pdfText(Files.readAllBytes(pdf));
            assertTrue(pdfText.contains("DMC safety report"), "English PDF");
            assertTrue(pdfText.contains(n1), "the SAE listing shows the subject number " + n1);
            String xlsxText = xlsxText(Files.readAllBytes(xlsx));
            assertTrue(xlsxText.contains(n1));
            for (String sn : screeningNumbers) {
                assertFalse(pdfText.contains(sn), "no screening number in the PDF");
                assertFalse(xlsxText.contains(sn), "no screening number in the XLSX");
            }
            assertFalse(xlsxText.contains("2016-01-05"), "no screening/consent date in the XLSX");
            Files.copy(pdf, kept.resolve(stem + "-en.pdf"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(xlsx, kept.resolve(stem + "-en.xlsx"), StandardCopyOption.REPLACE_EXISTING);

            // the same in Chinese: the report follows the screen language
            try {
                b.click("navForm:langZh");
                b.go("dmc/index.xhtml");
                chooseStudyAndCutOff(b, "2016-12-31");
                b.click("dmcForm:show");
                b.waitForText("受试者分布");
                Files.delete(pdf);
                b.click("dmcForm:downloadPdf");
                Path zhPdf = waitForFile(downloads.resolve(stem + ".pdf"));
                assertTrue(pdfText(Files.readAllBytes(zhPdf)).contains(n1));
                Files.copy(zhPdf, kept.resolve(stem + "-zh.pdf"), StandardCopyOption.REPLACE_EXISTING);
            } finally {
                b.click("navForm:langEn"); // the language is kept on the account: leave the demo user in English
            }
        }
        JsonNode list = new ApiClient(base, "dmc", PW).get("/api/v1/studies/" + STUDY + "/dmc-reports").json();
        assertTrue(list.size() >= 3, "each download is recorded: " + list);
    }

    @Test
    void aCoordinatorCannotOpenTheDmcPage() {
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW);
            assertFalse(b.pageText().contains("DMC safety report"), "no DMC menu entry");
            b.go("dmc/index.xhtml");
            assertEquals("Not allowed", b.text("errorTitle"));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void chooseStudyAndCutOff(Browser b, String cutOff) {
        b.element("dmcForm:study"); // names the page on failure
        // through the widget's API: clicking an item of the overlay is flaky while it animates under load
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "PrimeFaces.getWidgetById('dmcForm:study').selectValue(arguments[0]);", STUDY);
        assertTrue(b.text("dmcForm:study_label").startsWith(STUDY), b.text("dmcForm:study_label"));
        var input = b.element("dmcForm:cutoff_input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(cutOff, Keys.ESCAPE);
        b.element("dmcForm:cutoff_input").sendKeys(Keys.TAB);
        assertEquals(cutOff, b.value("dmcForm:cutoff_input"));
    }

    private static Path waitForFile(Path file) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            try {
                if (Files.isRegularFile(file) && Files.size(file) > 0
                        && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload"))) {
                    return file;
                }
            } catch (java.io.IOException ignored) {
                // still being written
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no download " + file);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell).append('\t');
                    }
                }
            }
        }
        return text.toString();
    }

    private long siteId(String code) {
        for (JsonNode s : new ApiClient(base, "admin", PW).get("/api/v1/sites").json()) {
            if (code.equals(s.get("code").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    private JsonNode register(String sex, int birthYear, String screenedOn) {
        String number = "BDMC" + ThreadLocalRandom.current().nextInt(1000000, 9999999);
        ApiClient.Reply r = new ApiClient(base, "coordinator", PW).post("/api/v1/studies/" + STUDY + "/subjects",
                Map.of("siteId", siteId("CN01"), "screeningNumber", number, "sex", sex, "birthYear", birthYear,
                        "consentDate", screenedOn, "screenedOn", screenedOn));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private String enrol(JsonNode subject, String on) {
        EligibilityFill.fillEligible(new ApiClient(base, "coordinator", PW), STUDY, subject.get("id").asLong());
        Map<String, Object> body = new HashMap<>();
        body.put("version", subject.get("version").asLong());
        body.put("enrolledOn", on);
        ApiClient.Reply r = new ApiClient(base, "coordinator", PW)
                .post("/api/v1/studies/" + STUDY + "/subjects/" + subject.get("id").asLong() + "/enrolment", body);
        assertEquals(200, r.status(), r.body());
        // treated: the first anti-PD-1 dose on the enrolment day, recorded through the dosing API after the
        // pre-cycle labs the study definition asks for (drawn the day before, all normal)
        ApiClient coordinator = new ApiClient(base, "coordinator", PW);
        String labs = "/api/v1/studies/" + STUDY + "/subjects/" + subject.get("id").asLong() + "/lab-results";
        String drawn = java.time.LocalDate.parse(on).minusDays(1).toString();
        for (Map<String, Object> lab : List.<Map<String, Object>>of(
                Map.of("test", "ANC", "value", 3.1, "unit", "10^9/L"), Map.of("test", "PLT", "value", 210, "unit", "10^9/L"),
                Map.of("test", "ALT", "value", 22, "unit", "U/L"), Map.of("test", "AST", "value", 25, "unit", "U/L"),
                Map.of("test", "BILI", "value", 10, "unit", "umol/L"))) {
            Map<String, Object> labBody = new HashMap<>(lab);
            labBody.put("collectedOn", drawn);
            ApiClient.Reply stored = coordinator.post(labs, labBody);
            assertEquals(201, stored.status(), stored.body());
        }
        Map<String, Object> dose = new HashMap<>(Map.of("agent", "ANTI_PD1", "phase", "INDUCTION", "cycle", 1, "day", 1,
                "on", on, "status", "GIVEN", "administeredMg", 240, "heightCm", 170, "weightKg", 70));
        ApiClient.Reply given = new ApiClient(base, "coordinator", PW).post("/api/v1/studies/" + STUDY + "/subjects/"
                + subject.get("id").asLong() + "/administrations", dose);
        assertEquals(201, given.status(), given.body());
        return r.json().get("subjectNumber").asText();
    }
}
