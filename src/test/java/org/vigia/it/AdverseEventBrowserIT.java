package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The AE journey in headless Chromium: lab entered, AE proposed, confirmed and signed, SAE on the list. */
@ExtendWith(ArquillianExtension.class)
class AdverseEventBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void labProposesAnAeTheInvestigatorConfirmsAndSignsAndTheSaeIsListedWithItsDeadline() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        long id = subject.get("id").asLong();
        try (Browser b = Browser.open(base)) {
            b.signIn("investigator", PW).go("ae/labs.xhtml?subject=" + id);
            b.type("labForm:value", "0.9");
            b.click("labForm:record");
            b.waitForText("<1.0 - 0.5 x 10e9 /L");
            assertEquals("Neutrophil count decreased", b.text("proposalsForm:proposals:0:term"));
            assertEquals("3", b.text("proposalsForm:proposals:0:grade"));

            b.click("proposalsForm:proposals:0:confirm");
            b.element("aeForm:term_input");
            assertTrue(b.value("aeForm:term_input").contains("10029366"), b.value("aeForm:term_input"));
            // CTCAE text beside each grade; Grade 5 is '-' for neutrophils and cannot be chosen
            assertTrue(b.pageText().contains("<1000 - 500/mm3; <1.0 - 0.5 x 10e9 /L"), b.pageText());
            assertFalse(b.element("aeForm:grade:4").isEnabled(), "Grade 5 is undefined for the term");

            b.driver().findElement(By.cssSelector("[id='aeForm:serious'] .ui-chkbox-box")).click();
            b.driver().findElement(By.cssSelector("label[for='aeForm:seriousnessCriteria:2']")).click(); // hospitalisation
            int agents = b.all(By.cssSelector("[id$=':causality_label']")).size();
            assertTrue(agents >= 4, "one causality per agent of arm A and radiotherapy: " + agents);
            for (int i = 0; i < agents; i++) {
                String menu = "aeForm:attributions:" + i + ":causality";
                String wanted = i == 0 ? "Possible" : "Unrelated";
                try {
                    b.select(menu, wanted);
                } catch (RuntimeException e) {
                    // the panel of the previous menu can still be closing and swallow the click
                }
                if (!wanted.equals(b.text(menu + "_label"))) {
                    ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("PF(arguments[0]).selectValue(arguments[1]);",
                            "widget_" + menu.replace(':', '_'), wanted.toUpperCase());
                }
                assertEquals(wanted, b.text(menu + "_label"));
            }
            b.type("aeForm:reason", "investigator review");
            b.click("aeForm:save");
            // nothing has been given yet: a causality other than unrelated is refused, naming the agent
            waitFor(b, "only 'Unrelated' fits an agent not yet given");
            String first = "aeForm:attributions:0:causality";
            ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("PF(arguments[0]).selectValue(arguments[1]);",
                    "widget_" + first.replace(':', '_'), "UNRELATED");
            assertEquals("Unrelated", b.text(first + "_label"));
            b.click("aeForm:save");
            waitFor(b, "Adverse event saved.");

            b.click("aeForm:openSign");
            assertTrue(b.text("signForm:meaning").contains("I confirm the grade, causality and seriousness"));
            b.type("signForm:password", PW);
            b.click("signForm:sign");
            waitFor(b, "Signed");
            assertTrue(b.text("signature").contains("UTC"), b.text("signature"));

            b.go("ae/sae.xhtml?study=NCT07041788");
            waitFor(b, subject.get("subjectNumber").asText());
            String page = b.pageText();
            int row = -1;
            for (int i = 0; i < 200 && row < 0; i++) {
                if (b.all(By.id("saeForm:saes:" + i + ":subject")).isEmpty()) {
                    break;
                }
                if (b.text("saeForm:saes:" + i + ":subject").equals(subject.get("subjectNumber").asText())) {
                    row = i;
                }
            }
            assertTrue(row >= 0, page);
            assertEquals("Due", b.text("saeForm:saes:" + row + ":state"));
            assertEquals("Hospitalisation or prolonged hospitalisation (AESHOSP)", b.text("saeForm:saes:" + row + ":criteria"),
                    "the criterion by its label, not its CDASH code alone");
            String due = b.text("saeForm:saes:" + row + ":due");
            // awareness defaulted to the save time: the deadline is 24 h later (same minute or the next)
            Instant expected = Instant.now().plus(24, ChronoUnit.HOURS);
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:").withZone(ZoneOffset.UTC);
            assertTrue(due.startsWith(f.format(expected)) || due.startsWith(f.format(expected.minus(5, ChronoUnit.MINUTES))),
                    "deadline " + due + " is awareness + 24 h");
        }
    }

    @Test
    void aCoordinatorCodesAnAeWithTheTermPickerAndCannotSign() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW).go("ae/edit.xhtml?subject=" + subject.get("id").asLong());
            b.type("aeForm:term_input", "10028130");
            org.openqa.selenium.WebElement item = new org.openqa.selenium.support.ui.WebDriverWait(b.driver(),
                    java.time.Duration.ofSeconds(20)).until(org.openqa.selenium.support.ui.ExpectedConditions
                    .elementToBeClickable(By.cssSelector("[id='aeForm:term_panel'] li.ui-autocomplete-item")));
            assertTrue(item.getText().startsWith("Mucositis oral"), item.getText());
            item.click();
            b.waitForAjax();
            waitFor(b, "2: Moderate pain or ulcer that does not interfere with oral intake; modified diet indicated");
            b.driver().findElement(By.cssSelector("label[for='aeForm:grade:1']")).click();
            b.type("aeForm:onset", java.time.LocalDate.now().minusDays(2).toString());
            b.click("aeForm:save");
            waitFor(b, "Adverse event saved.");
            assertTrue(b.driver().getCurrentUrl().contains("id="), b.driver().getCurrentUrl());
            assertEquals("Not signed", b.text("status"));
            assertTrue(b.all(By.id("aeForm:openSign")).isEmpty(), "no Sign button for a coordinator");
        }
    }

    @Test
    void aTooLongOrTooPreciseValueIsRefusedAtItsFieldKeepingWhatWasTyped() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        long id = subject.get("id").asLong();
        String onset = java.time.LocalDate.now().minusDays(2).toString();
        String verbatim = "v".repeat(501);
        try (Browser b = Browser.open(base)) {
            b.signIn("coordinator", PW).go("ae/edit.xhtml?subject=" + id);
            b.type("aeForm:term_input", "10028130");
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                            By.cssSelector("[id='aeForm:term_panel'] li.ui-autocomplete-item"))).click();
            b.waitForAjax();
            b.driver().findElement(By.cssSelector("label[for='aeForm:grade:1']")).click();
            b.type("aeForm:onset", onset);
            ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                    "document.getElementById('aeForm:verbatimTerm').value = arguments[0];", verbatim);
            b.type("aeForm:treatmentGiven", "mouthwash");
            b.click("aeForm:save");
            waitFor(b, "must be at most 500 characters long.");
            assertEquals(verbatim, b.value("aeForm:verbatimTerm"), "the typed text is kept");
            assertEquals(onset, b.value("aeForm:onset"));
            assertEquals("mouthwash", b.value("aeForm:treatmentGiven"));
            assertTrue(b.driver().findElement(By.cssSelector("[id='aeForm:verbatimTerm'] + .ui-message-error, "
                    + "[id='aeForm:verbatimTerm'] ~ .ui-message")).getText().contains("500"), "message at the field");
            assertEquals(0, new ApiClient(base, "coordinator", PW).get("/api/v1/studies/" + AdverseEventApiIT.STUDY
                    + "/subjects/" + id + "/adverse-events").json().size(), "nothing saved");

            int labsBefore = new ApiClient(base, "coordinator", PW).get("/api/v1/studies/" + AdverseEventApiIT.STUDY
                    + "/subjects/" + id + "/labs").json().size(); // the screening labs of the enrolment
            b.go("ae/labs.xhtml?subject=" + id);
            b.type("labForm:value", "0.1234567");
            b.click("labForm:record");
            waitFor(b, "6 after it");
            assertEquals("0.1234567", b.value("labForm:value"));
            b.type("labForm:value", "100000");
            b.click("labForm:record");
            waitFor(b, "plausible range");
            assertEquals(labsBefore, new ApiClient(base, "coordinator", PW).get("/api/v1/studies/" + AdverseEventApiIT.STUDY
                    + "/subjects/" + id + "/labs").json().size(), "no lab saved");
        }
    }

    private static void waitFor(Browser b, String text) {
        try {
            b.waitForText(text);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' not shown on " + b.driver().getCurrentUrl() + ":\n" + b.pageText(), e);
        }
    }
}
