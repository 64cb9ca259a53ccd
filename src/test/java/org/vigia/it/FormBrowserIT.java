package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The generic form screen (issue 16): a site coordinator opens the ECG form at the subject's screening visit from the
 * subject page, a QTcF outside the hard range is refused at the item with everything typed kept, a value outside the
 * soft range shows its warning, is confirmed and saved (status shown, the value stored flagged); the concomitant
 * medication log gets two rows (the stop date shown only for a medication no longer taken; the antiemetic names the
 * subject's nausea it treats, offered by term, grade and onset); a save over a version someone
 * else saved meanwhile shows the conflict and keeps what was typed; a data manager sees the
 * item-level rows in the audit trail. The subject is the test's own (CN01 of NCT07041788).
 */
@ExtendWith(ArquillianExtension.class)
class FormBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String STUDY = "NCT07041788";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aCoordinatorFillsTheEcgAndTheMedicationLogAndTheAuditShowsEachItem() throws Exception {
        long id = subject(new ApiClient(base, "coordinator", PW));
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW);
            open(b, id, "SCR", "EG");
            assertEquals("Not saved yet", b.text("fform:status"));
            type(b, "EG[0].EGDAT", "2026-01-03");
            type(b, "EG[0].QTCF", "900");
            choose(b, "EG[0].EGINTP", "Normal");
            assertTrue(input(b, "EG[0].QTCF").findElements(By.xpath("./ancestor::div[contains(@class,'field')][1]//*[@data-warning]")).isEmpty(),
                    "a hard-range value is no warning");
            b.click("fform:save");
            b.waitForText("outside 200–800 ms");
            assertTrue(field(b, "EG[0].QTCF").getText().contains("QTcF interval: 900 is outside 200–800 ms"),
                    "the refusal is at the item: " + field(b, "EG[0].QTCF").getText());
            assertEquals("900", input(b, "EG[0].QTCF").getAttribute("value"));
            assertEquals("2026-01-03", input(b, "EG[0].EGDAT").getAttribute("value"));
            assertEquals("NORMAL", input(b, "EG[0].EGINTP").getAttribute("value"));
            assertEquals(0, count("select count(*) from form_record where subject_id = ?", id), "nothing stored");

            type(b, "EG[0].QTCF", "520");
            WebElement confirm = new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(
                    ExpectedConditions.elementToBeClickable(By.cssSelector("[data-confirm='EG[0].QTCF']")));
            String item = field(b, "EG[0].QTCF").getText();
            assertTrue(item.contains("QTcF outside 300-500 ms") && !item.contains("900"), "the warning, the refusal gone: " + item);
            confirm.click();
            b.click("fform:save");
            b.waitForText("Saved.");
            assertEquals("Complete", b.text("fform:status"));
            assertEquals("1", b.text("fform:version"));
            try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(
                    "select v.value_text, v.warning_confirmed from form_item_value v join form_record r on r.id = v.form_record_id"
                            + " where r.subject_id = ? and r.form_oid = 'EG' and v.item_oid = 'QTCF'")) {
                st.setLong(1, id);
                ResultSet rs = st.executeQuery();
                assertTrue(rs.next());
                assertEquals("520", rs.getString(1));
                assertTrue(rs.getBoolean(2), "stored flagged");
            }

            ApiClient api = new ApiClient(base, "coordinator", PW);
            String ecgPath = "/api/v1/studies/" + STUDY + "/subjects/" + id + "/visits/SCR/forms/EG";
            ApiClient.Reply other = api.put(ecgPath, Map.of("version", 1, "values", Map.of("EG[0].EGDAT", "2026-01-03",
                    "EG[0].QTCF", "520", "EG[0].EGINTP", "NORMAL", "EG[0].EGHR", "72"), "confirmedWarnings", java.util.List.of()));
            assertEquals(200, other.status(), "someone else saves meanwhile: " + other.body());
            type(b, "EG[0].EGHR", "80");
            b.type("fform:reason", "re-read the ECG");
            b.click("fform:save");
            b.waitForText("was changed by someone else since you opened it");
            assertEquals("80", input(b, "EG[0].EGHR").getAttribute("value"), "what was typed stays");
            assertEquals("1", b.text("fform:version"));

            long nausea = DosingFixtures.adverseEventThroughApi(base, STUDY, id, "Nausea", 2, "2026-01-02").get("id").asLong();
            open(b, id, "SCR", "CM");
            choose(b, "CMANY[0].CMYN", "Yes");
            row(b, 0, "Paracetamol", "Pain", "Analgesic", "Oral", "2026-01", "Yes");
            b.click(b.driver().findElement(By.xpath("//button[contains(@id,':addRow')]")).getAttribute("id"));
            row(b, 1, "Ondansetron", "Nausea", "Antiemetic", "Intravenous", "2026-01-02", "No");
            Select treated = new Select(input(b, "CM[1].CMAENO"));
            assertEquals(java.util.List.of("", "Nausea grade 2 from 2026-01-02"),
                    treated.getOptions().stream().map(WebElement::getText).toList(), "the subject's AEs by label, never the id");
            choose(b, "CM[1].CMAENO", "Nausea grade 2 from 2026-01-02");
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(
                    ExpectedConditions.elementToBeClickable(By.cssSelector("[data-path='CM[1].CMENDAT']")));
            assertTrue(b.driver().findElements(By.cssSelector("[data-path='CM[0].CMENDAT']")).isEmpty(),
                    "no stop date for an ongoing medication");
            type(b, "CM[1].CMENDAT", "2026-01-04");
            b.click("fform:save");
            b.waitForText("Saved.");
            assertEquals("Complete", b.text("fform:status"));
            assertEquals(2, count("select count(*) from form_item_value v join form_record r on r.id = v.form_record_id"
                    + " where r.subject_id = ? and r.form_oid = 'CM' and v.item_oid = 'CMTRT'", id));
            assertEquals(nausea, count("select v.value_text from form_item_value v join form_record r on r.id = v.form_record_id"
                    + " where r.subject_id = ? and r.form_oid = 'CM' and v.item_oid = 'CMAENO'", id), "the AE it treats");

            java.util.List<String> console = b.consoleMessages();
            assertTrue(console.stream().noneMatch(m -> m.contains("Content Security Policy")),
                    "every ajax request carries the nonce: " + console);

            b.go("subject/view.xhtml?id=" + id);
            Casebook.section(b, "forms");
            String records = b.text("formsForm:formRecords");
            assertTrue(records.contains("Electrocardiogram (12-lead)") && records.contains("Concomitant medications")
                    && records.contains("Complete"), records);
            b.signOut();

            long ecg = count("select id from form_record where subject_id = ? and form_oid = 'EG'", id);
            b.signIn("datamanager", PW).go("audit/index.xhtml");
            b.type("auditForm:entityType", "FormRecord");
            b.type("auditForm:entityId", Long.toString(ecg));
            b.click("auditForm:search");
            b.waitForText("EG[0].QTCF");
            String audit = b.text("auditForm:rows");
            assertTrue(audit.contains("QTcF interval · EG[0].QTCF") && audit.contains("520")
                    && audit.contains("Interpretation · EG[0].EGINTP") && audit.contains("Normal"), audit);
            assertFalse(audit.contains("900"), "the refused value was never stored: " + audit);
        }
    }

    /**
     * The licensed questionnaire wording (issue 16): the ITs' server loads made-up test text for the QLQ-C30 in English
     * ({@code src/test/resources/eortc-wording}, named in arquillian.xml); the QOL form screen shows it with the note
     * that it is loaded, the H&amp;N35 (no file) keeps its neutral labels with the other note, and the API's form
     * definition keeps the neutral labels (the licensed text is not redistributed).
     */
    @Test
    void theQuestionnaireShowsTheLicensedWordingLoadedAndTheApiKeepsTheNeutralLabels() throws Exception {
        ApiClient api = new ApiClient(base, "coordinator", PW);
        long id = subject(api);
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW);
            b.go("subject/form.xhtml?subject=" + id + "&visit=SCR&form=QOL");
            b.waitForText("Test wording 30");
            String c30 = field(b, "C30[0].C30Q01").getText();
            assertTrue(c30.contains("1. Test wording 1") && !c30.contains("Strenuous"), c30);
            String hn = field(b, "HN[0].HNQ01").getText();
            assertTrue(hn.contains("1. Pain in the mouth"), hn);
            String page = b.pageText();
            assertTrue(page.contains("Questions in the licensed EORTC wording") && page.contains("Test instructions"), page);
            assertTrue(page.contains("The licensed EORTC wording is not loaded in this language"), "H&N35: " + page);
        }
        String form = api.get("/api/v1/forms/QOL").body();
        assertTrue(form.contains("1. Strenuous activities") && !form.contains("Test wording"), form);
    }

    private static void open(Browser b, long id, String visit, String form) {
        b.go("subject/view.xhtml?id=" + id);
        Casebook.section(b, "forms");
        new Select(b.element("formsForm:pickedVisit")).selectByValue(visit);
        new Select(b.element("formsForm:pickedForm")).selectByValue(form);
        b.click("formsForm:openPicked");
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("subject/form.xhtml"));
        b.waitForAjax();
    }

    private static void row(Browser b, int row, String name, String indication, String category, String route,
                            String start, String ongoing) {
        type(b, "CM[" + row + "].CMTRT", name);
        type(b, "CM[" + row + "].CMINDC", indication);
        choose(b, "CM[" + row + "].CMCAT", category);
        choose(b, "CM[" + row + "].CMROUTE", route);
        type(b, "CM[" + row + "].CMSTDAT", start);
        choose(b, "CM[" + row + "].CMONGO", ongoing);
    }

    private static WebElement input(Browser b, String path) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-path='" + path + "']")));
    }

    /** The item's block: label, input, warning, message. */
    private static WebElement field(Browser b, String path) {
        b.waitForAjax();
        return input(b, path).findElement(By.xpath("./ancestor::div[contains(@class,'field')][1]"));
    }

    /** Types a value and leaves the field (its change goes to the server). */
    private static void type(Browser b, String path, String value) {
        WebElement e = input(b, path);
        e.clear();
        e.sendKeys(value, Keys.TAB);
        b.waitForAjax();
    }

    private static void choose(Browser b, String path, String label) {
        new Select(input(b, path)).selectByVisibleText(label);
        b.waitForAjax();
    }

    private static long count(String sql, long id) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(sql)) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private long siteId(String code) {
        for (JsonNode s : new ApiClient(base, "admin", PW).get("/api/v1/sites").json()) {
            if (code.equals(s.get("code").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    /** A subject of CN01 in screening: consent 2026-01-01, screened 2026-01-02. */
    private long subject(ApiClient c) {
        ApiClient.Reply r = c.post("/api/v1/studies/" + STUDY + "/subjects", Map.of("siteId", siteId("CN01"),
                "screeningNumber", "W" + ThreadLocalRandom.current().nextInt(100000, 999999), "sex", "F", "birthYear", 1962,
                "consentDate", "2026-01-01", "screenedOn", "2026-01-02"));
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }
}
