package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one-off attachment of records stored before V071: a subject's fraction and administration are recorded through
 * the API and a lab result as the lab fixture stores it; their attachments and the done-mark are then removed (the
 * state of a database migrated to V071 before its first start). After a restart the records are attached to their
 * visits, the visits dated from them, and the clinical rows unchanged.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VisitRecordBackfillIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String STUDY = "NCT07041788";
    private static final String NAME = "vigia";
    private static long subjectId;
    private static String labBefore;

    @Deployment(name = NAME, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private Deployer deployer;

    private static Map<String, JsonNode> schedule(URL base) {
        ApiClient.Reply r = new ApiClient(base, "coordinator", PW).get("/api/v1/studies/" + STUDY + "/subjects/"
                + subjectId + "/schedule");
        assertEquals(200, r.status(), r.body());
        Map<String, JsonNode> out = new HashMap<>();
        r.json().forEach(v -> out.put(v.get("code").asText(), v));
        return out;
    }

    private static String query(String sql) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, subjectId);
            try (ResultSet rs = ps.executeQuery()) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        out.append(rs.getString(i)).append(i == rs.getMetaData().getColumnCount() ? "\n" : " ");
                    }
                }
                return out.toString();
            }
        }
    }

    private static void update(String sql, Long parameter) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setLong(1, parameter);
            }
            ps.executeUpdate();
        }
    }

    @Test
    @Order(1)
    void start() {
        deployer.deploy(NAME);
    }

    @Test
    @Order(2)
    void recordsStoredBeforeTheMigration(@ArquillianResource @OperateOnDeployment(NAME) URL base) throws Exception {
        JsonNode subject = DosingFixtures.enrolledSubject(base, STUDY);
        subjectId = subject.get("id").asLong();
        ApiClient api = new ApiClient(base, "coordinator", PW);
        String path = "/api/v1/studies/" + STUDY + "/subjects/" + subjectId;
        assertEquals(201, api.post(path + "/radiotherapy", Map.of("course", "SFRT", "on", "2026-09-10", "doseGy", 10,
                "events", List.of())).status());
        assertEquals(201, api.post(path + "/administrations", Map.of("agent", "IPAROMLIMAB_TUVONRALIMAB", "phase",
                "INDUCTION", "cycle", 1, "day", 1, "on", "2026-09-15", "status", "GIVEN", "administeredMg", 350,
                "heightCm", 170, "weightKg", 70)).status());
        DosingFixtures.lab(subjectId, "ANC", "2026-09-14", "2.1", "10^9/L", null);
        update("delete from visit_record where subject_id = ?", subjectId);
        update("delete from visit_record_backfill", null);
        assertEquals("OVERDUE", schedule(base).get("SFRT").get("status").asText(), "no attachments");
        labBefore = query("select id, collected_on, value, version from lab_result where subject_id = ?");
        deployer.undeploy(NAME);
        deployer.deploy(NAME);
    }

    @Test
    @Order(3)
    void areAttachedAtTheNextStart(@ArquillianResource @OperateOnDeployment(NAME) URL base) throws Exception {
        try {
            Map<String, JsonNode> visits = schedule(base);
            assertEquals("COMPLETE", visits.get("SFRT").get("status").asText(), visits.get("SFRT").toString());
            assertEquals("2026-09-10", visits.get("SFRT").get("actualDate").asText());
            JsonNode c1 = visits.get("IND-C1D1");
            // the lab and the dose are attached again; the visit's vital signs and ECOG forms were never saved
            assertEquals("[\"VITALS\",\"ECOG\"]", c1.get("missing").toString(), c1.toString());
            assertEquals("2026-09-14", c1.get("actualDate").asText(), c1.toString());
            // the screening labs the enrolment recorded attach to the screening visit; the rest as placed before
            assertEquals("DeliveredFraction SFRT\nLabResult IND-C1D1\nTreatmentAdministration IND-C1D1\n",
                    query("select record_type, visit_code from visit_record where subject_id = ? and visit_code <> 'SCR'"
                            + " order by record_type"));
            assertEquals("LabResult\n", query("select distinct record_type from visit_record where subject_id = ?"
                    + " and visit_code = 'SCR'"));
            assertEquals(labBefore, query("select id, collected_on, value, version from lab_result where subject_id = ?"),
                    "clinical data unchanged");
            try (Connection c = TestDatabase.connect(); ResultSet rs = c.createStatement().executeQuery(
                    "select count(*) from visit_record_backfill where name = 'V071'")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "marked done");
            }
        } finally {
            deployer.undeploy(NAME);
        }
    }
}
