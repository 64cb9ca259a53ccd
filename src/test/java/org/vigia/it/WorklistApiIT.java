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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The work lists by API (issue 15): a lab result graded worse than baseline 12 days ago (its AE proposal is past the
 * study's 7-day limit), an SAE the site became aware of 3 days ago (past its 24-hour deadline) and an ongoing AE of a
 * subject who died, all entered through the API with past dates; and, as controls, a proposal 3 days old and an SAE
 * 1 hour old, which are not overdue. The investigator and the site's coordinator see the three items; a coordinator of
 * another site sees none of them and no counts; the data manager's counts per study and site are recounted with SQL.
 */
@ExtendWith(ArquillianExtension.class)
class WorklistApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String STUDY = AdverseEventApiIT.STUDY;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    @Test
    void overdueRecordsAreListedForTheirSiteAndCountedForDataManagers() throws Exception {
        ApiClient coordinator = as("coordinator");
        JsonNode cn01 = site("CN01");
        ZoneId zone = ZoneId.of(cn01.get("timeZone").asText());
        LocalDate today = LocalDate.now(zone);

        // (a) a lab result 12 days old, graded 3 against a grade 0 baseline: its proposal is 5 days past the limit
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        long subjectId = subject.get("id").asLong();
        String labs = "/api/v1/studies/" + STUDY + "/subjects/" + subjectId + "/lab-results";
        assertEquals(201, coordinator.post(labs, Map.of("test", "ANC", "collectedOn", today.minusDays(15).toString(),
                "value", 3.1, "unit", "10^9/L", "baseline", true)).status());
        LocalDate collected = today.minusDays(12);
        ApiClient.Reply low = coordinator.post(labs, Map.of("test", "ANC", "collectedOn", collected.toString(),
                "value", 0.9, "unit", "10^9/L"));
        assertEquals(201, low.status(), low.body());
        JsonNode proposal = proposalOf(subjectId, low.json().get("id").asLong());
        assertEquals("PENDING", proposal.get("status").asText());
        ApiClient.Reply recent = coordinator.post(labs, Map.of("test", "ANC", "collectedOn",
                today.minusDays(3).toString(), "value", 0.8, "unit", "10^9/L"));
        assertEquals(201, recent.status(), recent.body());
        long recentLab = recent.json().get("id").asLong();

        // (b) an SAE the site became aware of 3 days ago, unreported; and one of an hour ago
        Instant aware = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        long sae = adverseEvent(subjectId, "10016288", today.minusDays(5), true, aware);
        // another term: a second open febrile neutropenia would be the same episode (one AE per episode)
        long freshSae = adverseEvent(subjectId, "10047700", today.minusDays(1), true,
                Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS));

        // (c) a second subject with an ongoing AE, then died 2 days ago
        JsonNode dying = AdverseEventApiIT.enrolledSubject(base);
        long dyingId = dying.get("id").asLong();
        long ongoing = adverseEvent(dyingId, "10028813", today.minusDays(6), false, null);
        LocalDate death = today.minusDays(2);
        ApiClient.Reply died = as("investigator").post("/api/v1/studies/" + STUDY + "/subjects/" + dyingId
                + "/follow-up-contacts", Map.of("contactDate", today.minusDays(1).toString(), "survivalStatus", "DEAD",
                "deathDate", death.toString(), "deathCause", "DISEASE", "deathCauseText", "Progression"));
        assertEquals(201, died.status(), died.body());

        for (String user : List.of("investigator", "coordinator")) {
            ApiClient.Reply r = as(user).get("/api/v1/worklist");
            assertEquals(200, r.status(), user + ": " + r.body());
            JsonNode items = r.json();
            JsonNode p = item(items, "LAB_PROPOSAL", proposal.get("id").asLong());
            assertTrue(p != null, user + ": the proposal past the limit is listed: " + items);
            assertEquals(STUDY, p.get("study").asText());
            assertEquals("CN01", p.get("site").asText());
            assertEquals(subject.get("subjectNumber").asText(), p.get("subject").asText());
            assertEquals("Neutrophil count decreased", p.get("record").asText());
            assertEquals(collected.toString(), p.get("recordDate").asText());
            assertEquals(collected.plusDays(8).atStartOfDay(zone).toInstant().toString(), p.get("overdueSince").asText());
            assertEquals(4, p.get("overdueDays").asLong(), "collected 12 days ago, 7 allowed: overdue since day 8");
            assertEquals("/ae/labs.xhtml?subject=" + subjectId, p.get("link").asText());
            for (JsonNode i : items) {
                assertFalse("LAB_PROPOSAL".equals(i.get("kind").asText()) && i.get("subjectId").asLong() == subjectId
                        && i.get("recordId").asLong() != p.get("recordId").asLong(), "a 3-day-old proposal is not due: " + i);
            }
            assertTrue(recentLab > 0);

            JsonNode s = item(items, "SAE_REPORT", sae);
            assertTrue(s != null, user + ": the SAE past its deadline is listed: " + items);
            assertEquals(aware.plus(Duration.ofHours(24)).toString(), s.get("overdueSince").asText());
            assertEquals(2, s.get("overdueDays").asLong());
            assertTrue(s.get("overdueHours").asLong() >= 48 && s.get("overdueHours").asLong() < 50, s.toString());
            assertEquals("/ae/edit.xhtml?subject=" + subjectId + "&id=" + sae, s.get("link").asText());
            assertEquals(null, item(items, "SAE_REPORT", freshSae), "an SAE within its 24 hours is not listed");

            JsonNode d = item(items, "ONGOING_AE_AFTER_DEATH", ongoing);
            assertTrue(d != null, user + ": the ongoing AE of the dead subject is listed: " + items);
            assertEquals(death.toString(), d.get("recordDate").asText());
            assertEquals(dying.get("subjectNumber").asText(), d.get("subject").asText());
            assertEquals(2, d.get("overdueDays").asLong());

            for (int k = 1; k < items.size(); k++) {
                assertTrue(Instant.parse(items.get(k - 1).get("overdueSince").asText())
                        .compareTo(Instant.parse(items.get(k).get("overdueSince").asText())) >= 0,
                        "newest overdue first: " + items);
            }
        }

        // a coordinator of another site sees none of it and no counts
        String other = otherSiteCoordinator();
        ApiClient elsewhere = new ApiClient(base, other, "Worklist-pass-1");
        ApiClient.Reply theirs = elsewhere.get("/api/v1/worklist");
        assertEquals(200, theirs.status(), theirs.body());
        for (JsonNode i : theirs.json()) {
            assertFalse(i.get("subjectId").asLong() == subjectId || i.get("subjectId").asLong() == dyingId, i.toString());
            assertEquals("CN02", i.get("site").asText(), i.toString());
        }
        assertEquals(403, elsewhere.get("/api/v1/worklist/counts").status());
        assertEquals(403, as("monitor").get("/api/v1/worklist").status());
        assertEquals(403, as("dmc").get("/api/v1/worklist").status());
        assertEquals(403, as("investigator").get("/api/v1/worklist/counts").status());

        // the data manager's counts, recounted with SQL, and the list behind them
        ApiClient.Reply counts = as("datamanager").get("/api/v1/worklist/counts");
        assertEquals(200, counts.status(), counts.body());
        JsonNode row = null;
        for (JsonNode c : counts.json()) {
            if (STUDY.equals(c.get("study").asText()) && "CN01".equals(c.get("site").asText())) {
                row = c;
            }
        }
        assertTrue(row != null, counts.body());
        long studyId = studyId();
        long siteId = cn01.get("id").asLong();
        assertEquals(count("""
                select count(*) from lab_ae_proposal p join subject s on s.id = p.subject_id
                 where p.status = 'PENDING' and s.study_id = ? and s.site_id = ? and p.collected_on < ?""",
                studyId, siteId, java.sql.Date.valueOf(today.minusDays(7))), row.get("labProposals").asLong());
        assertEquals(count("""
                select count(*) from adverse_event ae join subject s on s.id = ae.subject_id
                 where ae.serious = true and ae.sae_reported_at is null and s.study_id = ? and s.site_id = ?
                   and ae.sae_due_at < utc_timestamp(6)""", studyId, siteId), row.get("saeReports").asLong());
        assertEquals(count("""
                select count(*) from adverse_event ae join subject s on s.id = ae.subject_id
                 where ae.ongoing = true and s.study_id = ? and s.site_id = ?
                   and exists (select 1 from follow_up_contact c where c.subject_id = s.id and c.death_date is not null)""",
                studyId, siteId), row.get("ongoingAfterDeath").asLong());
        assertEquals(row.get("labProposals").asLong() + row.get("saeReports").asLong()
                + row.get("ongoingAfterDeath").asLong(), row.get("total").asLong());
        JsonNode list = as("datamanager").get("/api/v1/worklist?study=" + STUDY + "&site=CN01").json();
        assertEquals(row.get("total").asLong(), list.size(), "the list behind the counts has as many items");
        assertTrue(item(list, "SAE_REPORT", sae) != null);
        assertEquals(400, as("datamanager").get("/api/v1/worklist?site=NOSUCH").status());

        // the initial report sent (late): the SAE leaves the list
        String saePath = "/api/v1/studies/" + STUDY + "/subjects/" + subjectId + "/adverse-events/" + sae;
        ApiClient.Reply sent = coordinator.post(saePath + "/sae-report-sent", Map.of("version",
                coordinator.get(saePath).json().get("version").asLong()));
        assertEquals(200, sent.status(), sent.body());
        assertEquals(null, item(as("investigator").get("/api/v1/worklist").json(), "SAE_REPORT", sae));
    }

    private JsonNode site(String code) {
        for (JsonNode s : as("admin").get("/api/v1/sites").json()) {
            if (code.equals(s.get("code").asText())) {
                return s;
            }
        }
        throw new AssertionError("no site " + code);
    }

    private JsonNode proposalOf(long subjectId, long labResultId) {
        for (JsonNode p : as("investigator").get("/api/v1/studies/" + STUDY + "/subjects/" + subjectId
                + "/ae-proposals").json()) {
            if (p.get("labResultId").asLong() == labResultId) {
                return p;
            }
        }
        throw new AssertionError("no proposal for lab result " + labResultId);
    }

    private long adverseEvent(long subjectId, String meddraCode, LocalDate onset, boolean serious, Instant awareness) {
        Map<String, Object> m = new HashMap<>();
        m.put("meddraCode", meddraCode);
        m.put("onset", onset.toString());
        m.put("ongoing", true);
        m.put("grade", serious ? 3 : 2);
        m.put("serious", serious);
        if (serious) {
            m.put("seriousnessCriteria", List.of("HOSPITALISATION"));
            m.put("awareness", awareness.toString());
        }
        ApiClient.Reply r = as("coordinator").post("/api/v1/studies/" + STUDY + "/subjects/" + subjectId
                + "/adverse-events", m);
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    private String otherSiteCoordinator() {
        String name = "wl" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ApiClient admin = as("admin");
        ApiClient.Reply u = admin.post("/api/v1/users", Map.of("username", name, "fullName", "Worklist " + name,
                "password", "Worklist-pass-1"));
        assertEquals(201, u.status(), u.body());
        ApiClient.Reply g = admin.post("/api/v1/users/" + u.json().get("id").asLong() + "/memberships", Map.of("role",
                "SITE_COORDINATOR", "studyId", studyId(), "siteId", site("CN02").get("id").asLong()));
        assertEquals(201, g.status(), g.body());
        return name;
    }

    private static JsonNode item(JsonNode items, String kind, long recordId) {
        for (JsonNode i : items) {
            if (kind.equals(i.get("kind").asText()) && i.get("recordId").asLong() == recordId) {
                return i;
            }
        }
        return null;
    }

    private static long studyId() throws RuntimeException {
        try {
            return count("select id from study where registry_id = ?", STUDY);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, Object... args) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int k = 0; k < args.length; k++) {
                st.setObject(k + 1, args[k]);
            }
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }
}
