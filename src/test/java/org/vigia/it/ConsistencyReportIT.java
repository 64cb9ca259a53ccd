package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data-consistency report over records written with SQL (the services will refuse some of them once the rules
 * are in the services): a subject who died with an AE after death, an administration after death, a day 2 before
 * day 1, a causality to an agent never given and two overlapping AEs of one term; a second subject whose records
 * hold together. The report lists exactly the first subject's violations (the IT database is shared: only this
 * test's subjects are counted).
 */
@ExtendWith(ArquillianExtension.class)
class ConsistencyReportIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String HNSCC = "NCT07041788";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theReportListsExactlyTheRecordsThatBreakARule() throws Exception {
        JsonNode bad = DosingFixtures.enrolledSubject(base, HNSCC);
        JsonNode good = DosingFixtures.enrolledSubject(base, HNSCC);
        long b = bad.get("id").asLong();
        long g = good.get("id").asLong();

        // a death as the follow-up form records it (a cause is required): only the records around it break rules
        insert("insert into follow_up_contact (subject_id, contact_date, survival_status, death_date, death_cause,"
                + " recorded_by, created_at) values (?, '2026-11-20', 'DEAD', '2026-11-15', 'DISEASE', 'it', now(6))", b);
        long afterDeath = insert(ae("?, 'Nausea', '2026-11-18', null, true"), b);
        long overlapFirst = insert(ae("?, 'Rash', '2026-10-01', '2026-10-20', false"), b);
        long overlapSecond = insert(ae("?, 'Rash', '2026-10-15', '2026-10-25', false"), b);
        long beforeConsent = insert(ae("?, 'Cough', '2026-08-20', '2026-08-25', false"), b); // consent 2026-09-01
        insert(dose("?, 'cisplatin', 'CRT', 1, 1, '2026-09-10'"), b);
        long day2 = insert(dose("?, 'cisplatin', 'CRT', 1, 2, '2026-09-08'"), b);
        long afterDeathDose = insert(dose("?, 'cisplatin', 'CRT', 3, 1, '2026-11-16'"), b);
        long neverGiven = insert("insert into adverse_event_attribution (adverse_event_id, agent_id, agent_name,"
                + " causality) values (?, 'pembrolizumab', 'Pembrolizumab', 'POSSIBLE')", overlapFirst);
        insert("insert into adverse_event_attribution (adverse_event_id, agent_id, agent_name, causality)"
                + " values (?, 'cisplatin', 'Cisplatin', 'PROBABLE')", overlapFirst);

        insert(ae("?, 'Rash', '2026-10-01', '2026-10-20', false"), g);
        insert(dose("?, 'cisplatin', 'CRT', 1, 1, '2026-09-10'"), g);
        insert(dose("?, 'cisplatin', 'CRT', 1, 8, '2026-09-17'"), g);
        insert("insert into adverse_event_attribution (adverse_event_id, agent_id, agent_name, causality)"
                + " values ((select max(id) from adverse_event where subject_id = ?), 'cisplatin', 'Cisplatin',"
                + " 'POSSIBLE')", g);

        ApiClient.Reply r = new ApiClient(base, "admin", PW).get("/api/v1/studies/" + HNSCC + "/consistency");
        assertEquals(200, r.status(), r.body());
        JsonNode report = r.json();
        assertEquals(HNSCC, report.get("study").asText());
        assertEquals(report.get("findings").size(), report.get("total").asInt());
        TreeSet<String> found = new TreeSet<>();
        for (JsonNode f : report.get("findings")) {
            String subject = f.get("subject").asText();
            if (subject.equals(good.get("subjectNumber").asText())) {
                found.add("GOOD " + f);
            } else if (subject.equals(bad.get("subjectNumber").asText())) {
                found.add(f.get("rule").asText() + " " + f.get("recordId").asLong());
            }
        }
        assertEquals(new TreeSet<>(List.of(
                "AE_AFTER_DEATH " + afterDeath,
                "AE_ONGOING_AFTER_DEATH " + afterDeath,
                "DOSE_AFTER_END " + afterDeathDose,
                "DAY_BEFORE_DAY_ONE " + day2,
                "CAUSALITY_BEFORE_EXPOSURE " + neverGiven,
                "AE_OVERLAP " + overlapSecond,
                "AE_BEFORE_CONSENT " + beforeConsent)), found);
        long byRuleSum = 0;
        for (JsonNode n : report.get("byRule")) {
            byRuleSum += n.asLong();
        }
        assertEquals(report.get("total").asLong(), byRuleSum);
        for (JsonNode f : report.get("findings")) {
            if (f.get("recordId").asLong() == afterDeath && "AE_AFTER_DEATH".equals(f.get("rule").asText())) {
                assertEquals("Nausea: onset after the subject's death on 2026-11-15", f.get("detail").asText());
                assertEquals("AdverseEvent", f.get("recordType").asText());
                assertEquals("2026-11-18", f.get("date").asText());
            }
        }

        assertEquals(200, new ApiClient(base, "datamanager", PW).get("/api/v1/studies/" + HNSCC + "/consistency")
                .status());
        assertEquals(403, new ApiClient(base, "investigator", PW).get("/api/v1/studies/" + HNSCC + "/consistency")
                .status());
    }

    private static String ae(String values) {
        return "insert into adverse_event (subject_id, term, onset, end_date, ongoing, meddra_code, soc, grade,"
                + " worst_grade, serious, immune_related, status, created_at, version) values (" + values
                + ", '10028813', 'Gastrointestinal disorders', 1, 1, false, false, 'SUBMITTED', now(6), 0)";
    }

    private static String dose(String values) {
        return "insert into dose_administration (subject_id, agent_id, phase_id, cycle, cycle_day, administered_on,"
                + " status, dose_percent, recommendation, gate, recorded_by, created_at) values (" + values
                + ", 'GIVEN', 100, 'CONTINUE', 'NOT_GATED', 'it', now(6))";
    }

    private static long insert(String sql, long id) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement st = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, id);
            st.executeUpdate();
            ResultSet keys = st.getGeneratedKeys();
            return keys.next() ? keys.getLong(1) : -1;
        }
    }
}
