package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The synthetic trial generator entering NCT07041788 (radiotherapy + chemotherapy + immunotherapy) through the
 * application's services: every kind of record a site enters is there, made by the rules' own code and audited
 * under the generator's name.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataApiIT {

    private static final String STUDY = "NCT07041788";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, Deployments.DEMO_PASSWORD);
    }

    @Test
    void theGeneratorFillsAStudyThroughTheServicesWithEveryKindOfRecord() throws Exception {
        ApiClient admin = as("admin");
        assertEquals(403, as("coordinator").post("/api/v1/admin/demo-data", Map.of("study", STUDY, "subjects", 2)).status(),
                "administrators only");
        ApiClient.Reply missing = admin.post("/api/v1/admin/demo-data", Map.of("study", STUDY));
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.body().contains("subjects"), missing.body());
        assertEquals(400, admin.post("/api/v1/admin/demo-data", Map.of("study", STUDY, "subjects", 0)).status());
        assertEquals(404, admin.post("/api/v1/admin/demo-data", Map.of("study", "NCT00000000", "subjects", 2)).status());

        // other ITs of the same run may have generated subjects of this study before: count only this run's
        long before;
        try (Connection c = TestDatabase.connect()) {
            before = count(c, "select coalesce(max(id), 0) from subject", null);
        }
        String mine = " and s.id > " + before;
        ApiClient.Reply accepted = admin.post("/api/v1/admin/demo-data", Map.of("study", STUDY, "subjects", 12));
        assertEquals(202, accepted.status(), accepted.body());
        JsonNode status = admin.get("/api/v1/admin/demo-data").json();
        long deadline = System.currentTimeMillis() + 240_000;
        while (status.get("running").asBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            status = admin.get("/api/v1/admin/demo-data").json();
        }
        assertFalse(status.get("running").asBoolean(), "the generator finishes: " + status);
        JsonNode result = null;
        for (JsonNode s : status.get("studies")) {
            if (STUDY.equals(s.get("registryId").asText())) {
                result = s;
            }
        }
        assertTrue(result != null, status.toString());
        // 12 planned; a generated subject whose eligibility form the rules find not met is a screen failure instead
        int enrolled = result.get("enrolled").asInt();
        assertTrue(enrolled >= 10 && enrolled <= 12, result.toString());
        assertTrue(result.get("screened").asInt() > enrolled, "screen failures too: " + result);
        String refusals = result.get("refusals").toString();
        assertFalse(refusals.contains("radiotherapy fraction"), "fractions are recorded: " + refusals);
        assertFalse(refusals.contains("is not given in phase"), "doses follow the allocated arm: " + refusals);

        String generated = "SCR-07041788-%";
        try (Connection c = TestDatabase.connect()) {
            assertEquals(enrolled, count(c, "select count(*) from subject s where s.screening_number like ?"
                    + " and s.enrolled_on is not null" + mine, generated));
            assertTrue(count(c, "select count(*) from dose_administration d join subject s on s.id = d.subject_id"
                    + " where s.screening_number like ?" + mine + " and d.status = 'GIVEN'", generated) > 12, "doses given");
            assertTrue(count(c, "select count(*) from radiotherapy_fraction f join subject s on s.id = f.subject_id"
                    + " where s.screening_number like ?" + mine, generated) > 12, "radiotherapy fractions delivered");
            assertTrue(count(c, "select count(*) from lab_result l join subject s on s.id = l.subject_id"
                    + " where s.screening_number like ?" + mine + " and l.ctcae_grade is not null", generated) > 0, "labs graded");
            assertTrue(count(c, "select count(*) from adverse_event e join subject s on s.id = e.subject_id"
                    + " where s.screening_number like ?" + mine, generated) > 12, "adverse events");
            assertTrue(count(c, "select count(*) from tumour_assessment a join subject s on s.id = a.subject_id"
                    + " where s.screening_number like ?" + mine, generated) >= 12, "tumour assessments");
            // AEs are entered ongoing at onset and updated when they resolve: the update is audited with its reason
            assertTrue(count(c, "select count(*) from audit_log where username = 'system:demo-generator'"
                    + " and entity_type = 'AdverseEvent' and action = 'UPDATE' and reason = 'Resolved'", null) > 0,
                    "resolutions audited");
            assertTrue(count(c, "select count(*) from audit_log where username = 'system:demo-generator'"
                    + " and entity_type = 'TreatmentAdministration'", null) > 0, "doses audited under the generator's name");
            // one-row and multi-row audit writes both store UTC: every row of this run is within minutes of the
            // database's UTC clock
            assertEquals(0, count(c, "select count(*) from audit_log where username = 'system:demo-generator'"
                    + " and abs(timestampdiff(SECOND, at_utc, utc_timestamp())) > 900", null), "audit times in UTC");
            assertTrue(count(c, "select count(*) from audit_log where username = 'system:demo-generator'"
                    + " and entity_type = 'Subject' and action = 'CREATE'", null) >= 12, "subject creations audited");
        }
        // the generated records date their visits (through the services), and the matrix shows a mix of statuses (the
        // generator records no weekly blood counts or RT checks and types no visit dates, so those visits are overdue)
        try (Connection c = TestDatabase.connect()) {
            Map<String, String> byProcedure = new java.util.TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("select v.procedure_code, sum(v.visit_code is not null), count(*)"
                    + " from visit_record v join subject s on s.id = v.subject_id where s.screening_number like ?" + mine
                    + " group by v.procedure_code")) {
                ps.setString(1, generated);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byProcedure.put(rs.getString(1), rs.getLong(2) + "/" + rs.getLong(3));
                    }
                }
            }
            // attached/all by record procedure; daily CRT fractions have no visit of their own (the RT weeks list
            // the weekly checks, not the fractions), so they stay unscheduled
            System.out.println("DemoDataApiIT: visit records attached by procedure " + byProcedure);
            long doses = count(c, "select count(*) from dose_administration d join subject s on s.id = d.subject_id"
                    + " where s.screening_number like ?" + mine, generated);
            assertEquals(doses + "/" + doses, byProcedure.get("DOSING"), "every administration belongs to its cycle's visit");
            assertTrue(byProcedure.containsKey("LABS") && byProcedure.containsKey("TUMOUR_ASSESSMENT"), byProcedure.toString());
        }
        Map<String, Integer> mix = new java.util.TreeMap<>();
        Map<String, Integer> byColumn = new java.util.TreeMap<>();
        JsonNode matrix = admin.get("/api/v1/studies/" + STUDY + "/subjects/matrix?number=SCR-07041788&max=200").json();
        for (JsonNode row : matrix.get("rows")) {
            if (row.path("enrolledOn").isMissingNode() || row.path("enrolledOn").isNull()) {
                continue;
            }
            row.get("cells").fields().forEachRemaining(e -> {
                mix.merge(e.getValue().asText(), 1, Integer::sum);
                byColumn.merge(e.getKey() + "=" + e.getValue().asText(), 1, Integer::sum);
            });
        }
        System.out.println("DemoDataApiIT: matrix cells of the enrolled generated subjects " + mix);
        System.out.println("DemoDataApiIT: by visit " + byColumn);
        assertTrue(mix.getOrDefault("COMPLETE", 0) > 0, "complete visits: " + mix);
        assertTrue(mix.size() >= 3, "a mix of statuses: " + mix);
        assertTrue(mix.getOrDefault("NOT_STARTED", 0) + mix.getOrDefault("IN_PROGRESS", 0) > 0, "visits ahead: " + mix);
    }

    private static long count(Connection c, String sql, String parameter) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
