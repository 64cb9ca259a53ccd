package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Biospecimens and the sample inventory (issue 16): the BS form saved through the API for subjects at two sites, the
 * inventory listed by the API (all sites, one site, one status; a site coordinator of site A sees site A's samples only
 * and is refused site B; a DMC member is refused), a sample ID used twice in the study refused naming the item path, a
 * destruction or shipment dated before the collection refused, and the inventory screen reached from the study page
 * (counts, the status filter, a row's link to its form record, within 1,366 px). Each test makes two sites of its own
 * and a coordinator of the first, so that it counts its own samples only (NCT07041788, consent 2026-01-01).
 * <p>
 * The refusal of a sample ID used by another record needs {@code FormService.save} to call
 * {@code StudyUniqueValues.check} (see that class).
 */
@ExtendWith(ArquillianExtension.class)
class SampleInventoryIT {

    private static final String STUDY = "NCT07041788";
    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String COORDINATOR_PASSWORD = "Samples-pass-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    /** Two new sites of the study's test and a site coordinator of the first. */
    private record World(String tag, String siteA, long siteAId, String siteB, long siteBId, String coordinator) {
    }

    @Test
    void theInventoryListsTheSamplesOfTheSitesTheCallerSeesBySiteAndStatus() {
        World w = world();
        ApiClient admin = as("admin");
        ApiClient coordinator = new ApiClient(base, w.coordinator(), COORDINATOR_PASSWORD);
        long a1 = subject(admin, w.siteAId());
        long b1 = subject(admin, w.siteBId());
        List<Map<String, Object>> rows = List.of(
                stored(w.tag() + "-A1", "2026-01-03"),
                used(w.tag() + "-A2", "2026-01-03", "IL-6 ELISA"),
                destroyed(w.tag() + "-A3", "2026-01-03", "2026-01-20", "USED_UP"));
        ApiClient.Reply savedA = coordinator.put(form(a1, "SCR"), save(null, values(rows), null));
        assertEquals(200, savedA.status(), savedA.body());
        assertEquals("COMPLETE", savedA.json().get("status").asText());
        Map<String, Object> shipped = shipped(w.tag() + "-B1", "2026-01-04", "2026-01-10", "Central lab, Shanghai");
        shipped.put("BSTEMP", "-60");
        ApiClient.Reply refusedTemp = admin.put(form(b1, "SCR"), save(null, values(List.of(shipped)), null));
        refused(refusedTemp, "BS[0].BSTEMP", "−80 °C");
        ApiClient.Reply savedB = admin.put(form(b1, "SCR"), confirming(values(List.of(shipped)), List.of("BS[0].BSTEMP")));
        assertEquals(200, savedB.status(), savedB.body());

        JsonNode siteA = list(admin, "?site=" + w.siteA());
        assertEquals(List.of(w.tag() + "-A1", w.tag() + "-A2", w.tag() + "-A3"), ids(siteA));
        JsonNode first = siteA.get(0);
        assertEquals(w.siteA(), first.get("siteCode").asText());
        assertEquals(a1, first.get("subjectId").asLong());
        assertEquals("SCR", first.get("visitCode").asText());
        assertEquals(0, first.get("row").asInt());
        assertEquals("PLASMA", first.get("type").asText());
        assertEquals("EDTA_5ML", first.get("tube").asText());
        assertEquals("2026-01-03", first.get("collectedOn").asText());
        assertEquals("08:15", first.get("collectedAt").asText());
        assertEquals("08:50", first.get("processedAt").asText());
        assertEquals(4, first.get("aliquots").asInt());
        assertEquals("F-80-1 / R2 / B7 / A4", first.get("location").asText());
        assertEquals(-80, first.get("temperature").asInt());
        assertEquals("STORED", first.get("status").asText());
        assertEquals("IL-6 ELISA", siteA.get(1).get("assay").asText());
        assertEquals("2026-01-20", siteA.get(2).get("destroyedOn").asText());
        assertEquals("USED_UP", siteA.get(2).get("destructionReason").asText());

        assertEquals(List.of(w.tag() + "-A1"), ids(list(admin, "?site=" + w.siteA() + "&status=STORED")));
        JsonNode siteB = list(admin, "?site=" + w.siteB());
        assertEquals(List.of(w.tag() + "-B1"), ids(siteB));
        assertEquals("SHIPPED", siteB.get(0).get("status").asText());
        assertEquals("2026-01-10", siteB.get(0).get("shippedOn").asText());
        assertEquals("Central lab, Shanghai", siteB.get(0).get("shippedTo").asText());
        assertTrue(siteB.get(0).get("temperatureConfirmed").asBoolean(), siteB.toString());
        assertTrue(ids(list(admin, "")).containsAll(List.of(w.tag() + "-A1", w.tag() + "-B1")));

        // a coordinator of site A: site A's samples only (the site is the test's own: exactly its three)
        JsonNode mine = list(coordinator, "");
        assertEquals(List.of(w.tag() + "-A1", w.tag() + "-A2", w.tag() + "-A3"), ids(mine));
        assertEquals(Set.of(w.siteA()), sites(mine));
        assertEquals(403, coordinator.get(path("?site=" + w.siteB())).status());
        assertEquals(1, ids(list(coordinator, "?status=USED")).size());
        refused(coordinator.get(path("?status=LOST")), "status", "STORED, USED, SHIPPED, DESTROYED");
        refused(coordinator.get(path("?site=NO" + w.tag())), "site", "NO" + w.tag());
        assertEquals(403, as("dmc").get(path("")).status());
        assertEquals(404, admin.get("/api/v1/studies/NCT00000000/samples").status());
    }

    @Test
    void aSampleIdAlreadyUsedInTheStudyIsRefusedNamingTheItemPath() {
        World w = world();
        ApiClient admin = as("admin");
        long a1 = subject(admin, w.siteAId());
        long b1 = subject(admin, w.siteBId());
        String id = w.tag() + "-X1";
        ApiClient.Reply first = admin.put(form(a1, "SCR"), save(null, values(List.of(stored(id, "2026-01-03"))), null));
        assertEquals(200, first.status(), first.body());

        // another subject, at another site: the same ID (other case, spaces around) is refused at its path
        List<Map<String, Object>> two = List.of(stored(w.tag() + "-X2", "2026-01-03"), stored(" " + id.toLowerCase() + " ", "2026-01-03"));
        refused(admin.put(form(b1, "SCR"), save(null, values(two), null)), "BS[1].BSREFID", "already used in this study");
        // twice in one save
        List<Map<String, Object>> twice = List.of(stored(w.tag() + "-X3", "2026-01-03"), stored(w.tag() + "-X3", "2026-01-03"));
        refused(admin.put(form(b1, "SCR"), save(null, values(twice), null)), "BS[1].BSREFID", "BS[0].BSREFID");
        assertEquals(0, list(admin, "?site=" + w.siteB()).size(), "nothing stored");

        // the record's own sample keeps its ID when the record is saved again
        Map<String, Object> moved = stored(id, "2026-01-03");
        moved.put("BSBOX", "B8");
        ApiClient.Reply again = admin.put(form(a1, "SCR"), save(first.json().get("version").asLong(), values(List.of(moved)),
                "moved to box 8"));
        assertEquals(200, again.status(), again.body());
        assertEquals("F-80-1 / R2 / B8 / A4", list(admin, "?site=" + w.siteA()).get(0).get("location").asText());
    }

    @Test
    void aDestructionOrShipmentBeforeTheCollectionIsRefusedAndTheFateIsAskedAsTheStatusSays() {
        World w = world();
        ApiClient admin = as("admin");
        long a1 = subject(admin, w.siteAId());
        String form = form(a1, "SCR");
        refused(admin.put(form, save(null, values(List.of(destroyed(w.tag() + "-D1", "2026-01-05", "2026-01-04",
                "QUALITY"))), null)), "BS[0].BSDSTDAT", "The destruction date is before the collection date.");
        refused(admin.put(form, save(null, values(List.of(shipped(w.tag() + "-D1", "2026-01-05", "2026-01-02",
                "Central lab"))), null)), "BS[0].BSSHPDAT", "The shipment date is before the collection date.");
        Map<String, Object> storedWithAssay = stored(w.tag() + "-D1", "2026-01-05");
        storedWithAssay.put("BSASSAY", "IL-6");
        refused(admin.put(form, save(null, values(List.of(storedWithAssay)), null)), "BS[0].BSASSAY", "Used");
        refused(admin.put(form, save(null, values(List.of(stored(w.tag() + "-D1", "2025-12-30"))), null)),
                "BS[0].BSDAT", "consent");

        Map<String, Object> destroyedNoReason = destroyed(w.tag() + "-D1", "2026-01-05", "2026-01-05", null);
        ApiClient.Reply partial = admin.put(form, save(null, values(List.of(destroyedNoReason)), null));
        assertEquals(200, partial.status(), partial.body());
        assertEquals("IN_PROGRESS", partial.json().get("status").asText());
        assertEquals(List.of("BS[0].BSDSTRSN"), texts(partial.json().get("missing")));
    }

    @Test
    void theInventoryScreenIsReachedFromTheStudyPageAndFiltersByStatus() {
        World w = world();
        ApiClient coordinator = new ApiClient(base, w.coordinator(), COORDINATOR_PASSWORD);
        long a1 = subject(coordinator, w.siteAId());
        List<Map<String, Object>> rows = List.of(
                stored(w.tag() + "-S1", "2026-01-03"),
                stored(w.tag() + "-S2", "2026-01-03"),
                destroyed(w.tag() + "-S3", "2026-01-03", "2026-01-21", "USED_UP"));
        ApiClient.Reply saved = coordinator.put(form(a1, "SCR"), save(null, values(rows), null));
        assertEquals(200, saved.status(), saved.body());
        try (Browser b = Browser.open(base)) {
            b.driver().manage().window().setSize(new Dimension(1366, 900));
            b.signIn(w.coordinator(), COORDINATOR_PASSWORD).go("study/view.xhtml?study=" + STUDY);
            b.driver().findElement(By.cssSelector("#sampleInventory a, a#sampleInventory")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("study/samples.xhtml"));
            b.waitForAjax();
            assertTrue(b.text("samplesTitle").contains("Sample inventory"), b.text("samplesTitle"));
            assertEquals("3", b.text("samplesForm:total"));
            String counts = b.text("samplesForm:counts");
            assertTrue(counts.contains("Stored 2") && counts.contains("Destroyed 1") && counts.contains("Used 0")
                    && counts.contains("Plasma 3"), counts);
            String table = b.text("samplesForm:samples");
            assertTrue(table.contains(w.tag() + "-S1") && table.contains("Plasma") && table.contains("EDTA 5 mL")
                    && table.contains("F-80-1 / R2 / B7 / A4") && table.contains("Destroyed 2026-01-21 (Used up)"), table);
            assertFalse(table.contains("PLASMA") || table.contains("USED_UP"), "codes are shown by their labels: " + table);
            assertEquals(List.of("", w.siteA()), options(b, "samplesForm:site"), "the coordinator's own site only");
            Object width = ((JavascriptExecutor) b.driver()).executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            List<?> wh = (List<?>) width;
            assertTrue(((Number) wh.get(0)).longValue() <= ((Number) wh.get(1)).longValue(), "fits 1,366 px: " + wh);

            new Select(b.element("samplesForm:status")).selectByValue("STORED");
            b.click("samplesForm:filter");
            b.waitForText(w.tag() + "-S2");
            assertEquals("2", b.text("samplesForm:total"));
            assertFalse(b.text("samplesForm:samples").contains(w.tag() + "-S3"));

            b.driver().findElement(By.cssSelector("a[data-sample='" + w.tag() + "-S1']")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("subject/form.xhtml"));
            b.waitForAjax();
            assertEquals("SCR", b.text("visitCode"));
            assertTrue(b.text("formName").contains("Biospecimens"), b.text("formName"));

            b.go("study/samples.xhtml?study=" + STUDY + "&status=DESTROYED");
            assertEquals("1", b.text("samplesForm:total"));
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    private World world() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 16, 1 << 20), 36).toUpperCase();
        ApiClient admin = as("admin");
        long a = site(admin, "SA" + tag);
        long b = site(admin, "SB" + tag);
        String name = "smp" + tag.toLowerCase();
        ApiClient.Reply u = admin.post("/api/v1/users", Map.of("username", name, "fullName", "Samples " + name,
                "password", COORDINATOR_PASSWORD));
        assertEquals(201, u.status(), u.body());
        ApiClient.Reply m = admin.post("/api/v1/users/" + u.json().get("id").asLong() + "/memberships",
                Map.of("role", "SITE_COORDINATOR", "studyId", studyId(), "siteId", a));
        assertEquals(201, m.status(), m.body());
        return new World(tag, "SA" + tag, a, "SB" + tag, b, name);
    }

    /** A new site taking part in the study (sites join studies only by set-up today: the row set-up writes). */
    private static long site(ApiClient admin, String code) {
        ApiClient.Reply r = admin.post("/api/v1/sites", Map.of("code", code, "name", "Samples " + code, "country", "CN",
                "timeZone", "Asia/Shanghai"));
        assertEquals(201, r.status(), r.body());
        long id = r.json().get("id").asLong();
        try (java.sql.Connection db = TestDatabase.connect(); java.sql.PreparedStatement st = db.prepareStatement(
                "insert into study_site (study_id, site_id) select id, ? from study where registry_id = ?")) {
            st.setLong(1, id);
            st.setString(2, STUDY);
            assertEquals(1, st.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return id;
    }

    private static long studyId() {
        try (java.sql.Connection c = TestDatabase.connect();
             java.sql.PreparedStatement st = c.prepareStatement("select id from study where registry_id = ?")) {
            st.setString(1, STUDY);
            java.sql.ResultSet rs = st.executeQuery();
            assertTrue(rs.next(), STUDY);
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A subject in screening at the site: consent 2026-01-01, screened 2026-01-02. */
    private static long subject(ApiClient client, long siteId) {
        ApiClient.Reply r = client.post("/api/v1/studies/" + STUDY + "/subjects", Map.of("siteId", siteId,
                "screeningNumber", "BS" + ThreadLocalRandom.current().nextInt(100000, 999999), "sex", "M",
                "birthYear", 1965, "consentDate", "2026-01-01", "screenedOn", "2026-01-02"));
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    private static String form(long subjectId, String visit) {
        return "/api/v1/studies/" + STUDY + "/subjects/" + subjectId + "/visits/" + visit + "/forms/BS";
    }

    private static String path(String query) {
        return "/api/v1/studies/" + STUDY + "/samples" + query;
    }

    private static JsonNode list(ApiClient c, String query) {
        ApiClient.Reply r = c.get(path(query));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> ids(JsonNode samples) {
        List<String> out = new ArrayList<>();
        samples.forEach(s -> out.add(s.get("sampleId").asText()));
        return out;
    }

    private static Set<String> sites(JsonNode samples) {
        Set<String> out = new TreeSet<>();
        samples.forEach(s -> out.add(s.get("siteCode").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> options(Browser b, String id) {
        return new Select(b.element(id)).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    /** A stored plasma sample: EDTA tube, 4 aliquots in freezer F-80-1, rack R2, box B7, position A4 at −80 °C. */
    private static Map<String, Object> stored(String id, String date) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("BSREFID", id);
        row.put("BSSPEC", "PLASMA");
        row.put("BSTUBE", "EDTA_5ML");
        row.put("BSDAT", date);
        row.put("BSTIM", "08:15");
        row.put("BSPRCTIM", "08:50");
        row.put("BSALIQ", 4);
        row.put("BSFRZR", "F-80-1");
        row.put("BSRACK", "R2");
        row.put("BSBOX", "B7");
        row.put("BSPOS", "A4");
        row.put("BSTEMP", "-80");
        row.put("BSSTAT", "STORED");
        return row;
    }

    private static Map<String, Object> used(String id, String date, String assay) {
        Map<String, Object> row = stored(id, date);
        row.put("BSSTAT", "USED");
        row.put("BSASSAY", assay);
        return row;
    }

    private static Map<String, Object> shipped(String id, String date, String on, String to) {
        Map<String, Object> row = stored(id, date);
        row.put("BSSTAT", "SHIPPED");
        row.put("BSSHPDAT", on);
        row.put("BSSHPDST", to);
        return row;
    }

    private static Map<String, Object> destroyed(String id, String date, String on, String reason) {
        Map<String, Object> row = stored(id, date);
        row.put("BSSTAT", "DESTROYED");
        row.put("BSDSTDAT", on);
        if (reason != null) {
            row.put("BSDSTRSN", reason);
        }
        return row;
    }

    /** The rows as item paths BS[n].ITEM. */
    private static Map<String, Object> values(List<Map<String, Object>> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
                out.put("BS[" + i + "]." + e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static Map<String, Object> confirming(Map<String, Object> values, List<String> confirmed) {
        return save(null, values, null, confirmed);
    }

    private static Map<String, Object> save(Long version, Map<String, Object> values, String reason) {
        return save(version, values, reason, null);
    }

    private static Map<String, Object> save(Long version, Map<String, Object> values, String reason, List<String> confirmed) {
        Map<String, Object> body = new HashMap<>();
        if (version != null) {
            body.put("version", version);
        }
        body.put("values", values);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (confirmed != null) {
            body.put("confirmedWarnings", confirmed);
        }
        return body;
    }

    /** A 400 naming {@code field} whose message holds {@code words}. */
    private static void refused(ApiClient.Reply r, String field, String words) {
        assertEquals(400, r.status(), r.body());
        JsonNode fields = r.json().get("fields");
        assertTrue(fields != null && fields.has(field), "field " + field + ": " + r.body());
        assertTrue(fields.get(field).asText().contains(words), "'" + words + "' in " + r.body());
    }
}
