package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * NCT07041788's stopping rule ("A predefined stopping rule triggers early termination if treatment-related
 * mortality ≥2%") on data entered through the API: a treated subject dies of a fatal adverse event the investigator
 * judges possibly related to iparomlimab/tuvonralimab. The DMC report at today's date shows the death and the rule
 * reached; the DMC members and the study's safety contacts are alerted once for the crossing (audited), and a
 * second report raises no second alert.
 */
@ExtendWith(ArquillianExtension.class)
class DmcStoppingRuleIT {

    private static final String STUDY = "NCT07041788";
    private static final String PW = Deployments.DEMO_PASSWORD;

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
    void aRelatedDeathReachesTheRuleAndAlertsOncePerCrossing() throws Exception {
        long id = DosingFixtures.enrolledSubject(base, STUDY).get("id").asLong();
        String subject = "/api/v1/studies/" + STUDY + "/subjects/" + id;
        Map<String, Object> dose = new HashMap<>(Map.of("agent", "IPAROMLIMAB_TUVONRALIMAB", "phase", "INDUCTION",
                "cycle", 1, "day", 1, "on", "2026-09-10", "status", "GIVEN", "administeredMg", 350, "heightCm", 170,
                "weightKg", 70));
        dose.put("infusionStart", "2026-09-10T02:00:00Z");
        dose.put("infusionStop", "2026-09-10T03:00:00Z");
        ApiClient.Reply given = as("coordinator").post(subject + "/administrations", dose);
        assertEquals(201, given.status(), given.body());

        Map<String, Object> ae = new HashMap<>();
        ae.put("meddraCode", "10035742"); // Pneumonitis
        ae.put("onset", "2026-10-01");
        ae.put("ongoing", false);
        ae.put("end", "2026-10-12");
        ae.put("grade", 5);
        ae.put("outcome", "FATAL");
        ae.put("serious", true);
        ae.put("seriousnessCriteria", List.of("DEATH"));
        ae.put("awareness", "2026-10-12T08:00:00Z");
        ApiClient.Reply created = as("investigator").post(subject + "/adverse-events", ae);
        assertEquals(201, created.status(), created.body());
        JsonNode stored = created.json();
        List<Map<String, Object>> attributions = new ArrayList<>();
        for (JsonNode a : as("investigator").get(subject + "/adverse-events/agents").json()) {
            String agent = a.get("agentId").asText();
            attributions.add(Map.of("agentId", agent, "causality",
                    agent.equals("IPAROMLIMAB_TUVONRALIMAB") ? "POSSIBLE" : "UNRELATED", "actionTaken", "NOT_APPLICABLE"));
        }
        ae.put("version", stored.get("version").asLong());
        ae.put("reason", "causality assessed");
        ae.put("attributions", attributions);
        ApiClient.Reply assessed = as("investigator").put(subject + "/adverse-events/" + stored.get("id").asLong(), ae);
        assertEquals(200, assessed.status(), assessed.body());
        assertEquals(201, as("coordinator").post(subject + "/follow-up-contacts", Map.of("contactDate", "2026-10-13",
                "survivalStatus", "DEAD", "deathDate", "2026-10-12", "deathCause", "ADVERSE_EVENT")).status());

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        ApiClient dmc = as("dmc");
        ApiClient.Reply report = dmc.post("/api/v1/studies/" + STUDY + "/dmc-reports",
                Map.of("cutoff", today, "format", "csv-zip", "language", "en"));
        assertEquals(200, report.status(), report.body());

        // one alert per recipient for crossing 1: the DMC members with a role in the study, then the safety contacts
        List<String> recipients = alerts();
        assertTrue(recipients.contains("USER:dmc|1"), recipients.toString());
        assertTrue(recipients.contains("SAFETY_CONTACT:SPONSOR_SAFETY_DESK: To be completed before go-live|1"),
                recipients.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE action = 'STOPPING_RULE_REACHED'"
                + " AND field_name = 'crossing'"), "the crossing is audited once");

        // the rule stays reached: a second report alerts nobody again
        assertEquals(200, dmc.post("/api/v1/studies/" + STUDY + "/dmc-reports",
                Map.of("cutoff", today, "format", "csv-zip", "language", "en")).status());
        assertEquals(recipients, alerts());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE action = 'STOPPING_RULE_REACHED'"
                + " AND field_name = 'crossing'"));
        assertEquals(1, count("SELECT COUNT(*) FROM dmc_stopping_rule_state s JOIN study st ON st.id = s.study_id"
                + " WHERE st.registry_id = 'NCT07041788' AND s.reached = TRUE AND s.crossings = 1"));
    }

    private static List<String> alerts() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT a.recipient_kind, a.recipient, a.crossing FROM dmc_stopping_rule_alert a JOIN study s"
                        + " ON s.id = a.study_id WHERE s.registry_id = ? ORDER BY a.id")) {
            st.setString(1, STUDY);
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                rows.add(rs.getString(1) + ":" + rs.getString(2) + "|" + rs.getInt(3));
            }
        }
        return rows;
    }

    private static int count(String sql) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }
}
