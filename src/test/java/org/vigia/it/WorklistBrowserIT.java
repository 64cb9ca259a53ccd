package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The work lists on the home page: an SAE whose 24-hour deadline passed an hour ago (entered through the API) is on
 * the investigator's home page with a link to its form; the data manager sees counts per study and site with a link
 * to the list; a monitor sees neither, and a DMC member (sent to the DMC dashboard) sees no subject of it and is
 * refused the list. The roles table names the site by code and name, not by id.
 */
@ExtendWith(ArquillianExtension.class)
class WorklistBrowserIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String STUDY = AdverseEventApiIT.STUDY;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void investigatorsSeeTheirItemsDataManagersTheCountsDmcMembersNothing() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        String number = subject.get("subjectNumber").asText();
        long subjectId = subject.get("id").asLong();
        Map<String, Object> sae = new HashMap<>();
        sae.put("meddraCode", "10016288"); // Febrile neutropenia
        sae.put("onset", LocalDate.now().minusDays(2).toString());
        sae.put("ongoing", true);
        sae.put("grade", 3);
        sae.put("serious", true);
        sae.put("seriousnessCriteria", List.of("HOSPITALISATION"));
        sae.put("awareness", Instant.now().minus(Duration.ofHours(25)).truncatedTo(ChronoUnit.SECONDS).toString());
        ApiClient.Reply r = new ApiClient(base, "coordinator", PW).post("/api/v1/studies/" + STUDY + "/subjects/"
                + subjectId + "/adverse-events", sae);
        assertEquals(201, r.status(), r.body());
        long aeId = r.json().get("id").asLong();

        try (Browser b = Browser.open(base)) {
            b.signIn("investigator", PW);
            String mine = b.text("worklistForm:worklist");
            assertTrue(mine.contains(number) && mine.contains("SAE initial report past its deadline")
                    && mine.contains("Febrile neutropenia"), mine);
            assertTrue(b.all(By.id("counts")).isEmpty(), "an investigator gets no counts");
            WebElement resolve = rowLink(b, "worklistForm:worklist", "resolve", number);
            assertTrue(resolve.getAttribute("href").endsWith("/ae/edit.xhtml?subject=" + subjectId + "&id=" + aeId),
                    resolve.getAttribute("href"));
            resolve.click();
            b.waitForAjax();
            assertTrue(b.driver().getCurrentUrl().contains("ae/edit.xhtml"), b.driver().getCurrentUrl());
            b.signOut();

            b.signIn("coordinator", PW);
            assertTrue(b.text("worklistForm:worklist").contains(number), "the site's coordinator sees it too");
            String roles = b.text("roles");
            assertTrue(roles.contains("CN01 "), "the site by code and name: " + roles);
            b.signOut();

            b.signIn("datamanager", PW);
            assertTrue(b.all(By.id("worklistForm:worklist")).isEmpty(), "a data manager gets the counts, not the list");
            String counts = b.text("counts");
            assertTrue(counts.contains(STUDY) && counts.contains("CN01"), counts);
            WebElement open = rowLink(b, "counts", "openList", STUDY, "CN01"); // other studies have CN01 rows too
            assertTrue(open.getAttribute("href").contains("study=" + STUDY) && open.getAttribute("href").contains("site=CN01"),
                    open.getAttribute("href"));
            open.click();
            b.waitForAjax();
            assertTrue(b.driver().getCurrentUrl().contains("worklist/index.xhtml"), b.driver().getCurrentUrl());
            assertTrue(b.text("worklistForm:worklist").contains(number), b.pageText());
            b.signOut();

            b.signIn("monitor", PW);
            assertTrue(b.all(By.id("worklistForm:worklist")).isEmpty() && b.all(By.id("counts")).isEmpty(),
                    "a monitor sees none of it");
            b.signOut();

            b.signIn("dmc", PW);
            assertTrue(b.driver().getCurrentUrl().contains("dmc/index.xhtml"), b.driver().getCurrentUrl());
            assertFalse(b.pageText().contains(number), "no subject on the DMC dashboard");
            b.go("worklist/index.xhtml");
            assertTrue(b.all(By.id("worklistForm:worklist")).isEmpty(), "a DMC member is refused the list");
            assertFalse(b.pageText().contains(number), b.pageText());
            b.go("index.xhtml");
            assertTrue(b.driver().getCurrentUrl().contains("dmc/index.xhtml"), b.driver().getCurrentUrl());
        }
    }

    /** The link {@code linkId} in the first row of table {@code table} whose text contains every one of {@code rowTexts}. */
    private static WebElement rowLink(Browser b, String table, String linkId, String... rowTexts) {
        for (WebElement row : b.all(By.cssSelector("[id='" + table + "'] tbody tr"))) {
            String text = row.getText();
            if (java.util.Arrays.stream(rowTexts).allMatch(text::contains)) {
                return row.findElement(By.cssSelector("a[id$=':" + linkId + "']"));
            }
        }
        throw new AssertionError("no row with " + String.join(" and ", rowTexts) + " in " + table + ": " + b.pageText());
    }
}
