package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
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
 * Visits dated from their data (NCT07041788, enrolled 2026-09-05): a radiotherapy fraction, an administration and a
 * lab result recorded through the API attach to the visits whose windows hold them; the schedule and the subject
 * matrix show the visit dates and statuses; a discontinuation makes the later treatment visits not applicable; a
 * visit is marked not done with a reason (audited).
 */
@ExtendWith(ArquillianExtension.class)
class VisitStatusApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String STUDY = "NCT07041788";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    private String path(long id, String tail) {
        return "/api/v1/studies/" + STUDY + "/subjects/" + id + tail;
    }

    private Map<String, JsonNode> schedule(long id) {
        ApiClient.Reply r = as("coordinator").get(path(id, "/schedule"));
        assertEquals(200, r.status(), r.body());
        Map<String, JsonNode> out = new HashMap<>();
        r.json().forEach(v -> out.put(v.get("code").asText(), v));
        return out;
    }

    private JsonNode matrixRow(JsonNode subject) {
        JsonNode m = as("coordinator").get("/api/v1/studies/" + STUDY + "/subjects/matrix?number="
                + subject.get("screeningNumber").asText()).json();
        assertEquals(1, m.get("total").asInt(), m.toString());
        return m.get("rows").get(0).get("cells");
    }

    @Test
    void recordsDateTheirVisitsAndTheMatrixShowsTheStatus() {
        JsonNode subject = DosingFixtures.enrolledSubject(base, STUDY);
        long id = subject.get("id").asLong();
        // before any record: SFRT (projected 2026-09-12) and IND-C1D1 have passed their windows
        assertEquals("OVERDUE", schedule(id).get("SFRT").get("status").asText());
        assertFalse(schedule(id).get("SFRT").get("dateFromData").asBoolean());

        ApiClient.Reply fraction = as("coordinator").post(path(id, "/radiotherapy"),
                Map.of("course", "SFRT", "on", "2026-09-10", "doseGy", 10, "events", List.of()));
        assertEquals(201, fraction.status(), fraction.body());
        ApiClient.Reply dose = as("coordinator").post(path(id, "/administrations"), Map.of("agent",
                "IPAROMLIMAB_TUVONRALIMAB", "phase", "INDUCTION", "cycle", 1, "day", 1, "on", "2026-09-15",
                "status", "GIVEN", "administeredMg", 350, "heightCm", 170, "weightKg", 70));
        assertEquals(201, dose.status(), dose.body());

        Map<String, JsonNode> visits = schedule(id);
        JsonNode sfrt = visits.get("SFRT");
        assertEquals("2026-09-10", sfrt.get("actualDate").asText(), sfrt.toString());
        assertTrue(sfrt.get("dateFromData").asBoolean());
        assertEquals("COMPLETE", sfrt.get("status").asText(), sfrt.toString());
        JsonNode c1 = visits.get("IND-C1D1");
        // induction day 1 is the actual first dose: the window is [09-12, 09-18]
        assertEquals("2026-09-15", c1.get("targetDate").asText(), c1.toString());
        assertEquals("2026-09-15", c1.get("actualDate").asText(), c1.toString());
        assertEquals("OVERDUE", c1.get("status").asText(), "labs missing, window passed: " + c1);
        // the visit asks for labs, vital signs, weight and ECOG; the dose holds the weight, forms the vital signs and ECOG
        assertEquals("[\"PRE_CYCLE_LABS\",\"VITALS\",\"ECOG\"]", c1.get("missing").toString());

        ApiClient.Reply lab = as("coordinator").post(path(id, "/lab-results"), Map.of("test", "ANC",
                "collectedOn", "2026-09-14", "value", 2.1, "unit", "10^9/L"));
        assertEquals(201, lab.status(), lab.body());
        c1 = schedule(id).get("IND-C1D1");
        assertEquals("[\"VITALS\",\"ECOG\"]", c1.get("missing").toString());
        assertEquals("OVERDUE", c1.get("status").asText(), c1.toString());
        ApiClient.Reply vitals = as("coordinator").put(path(id, "/visits/IND-C1D1/forms/VS"), Map.of("values", Map.of(
                "VS[0].VSDAT", "2026-09-15", "VS[0].WEIGHT", "70.0", "VS[0].HEIGHT", "170.0", "VS[0].SYSBP", "124",
                "VS[0].DIABP", "78", "VS[0].PULSE", "72", "VS[0].TEMP", "36.6")));
        assertEquals(200, vitals.status(), vitals.body());
        assertEquals("COMPLETE", vitals.json().get("status").asText(), vitals.body());
        ApiClient.Reply ecog = as("coordinator").put(path(id, "/visits/IND-C1D1/forms/EC"), Map.of("values", Map.of(
                "EC[0].ECDAT", "2026-09-15", "EC[0].ECOG", "1")));
        assertEquals(200, ecog.status(), ecog.body());
        c1 = schedule(id).get("IND-C1D1");
        assertEquals("COMPLETE", c1.get("status").asText(), c1.toString());
        assertEquals("2026-09-14", c1.get("actualDate").asText(), "the earliest date of its data: " + c1);
        assertFalse(c1.get("outOfWindow").asBoolean());

        JsonNode cells = matrixRow(subject);
        assertEquals("COMPLETE", cells.get("SFRT").asText(), cells.toString());
        assertEquals("OVERDUE", cells.get("IND-C{n}D1").asText(), "cycles 2 and 3 missing: " + cells);
        assertEquals("OVERDUE", cells.get("SIM").asText(), cells.toString());

        // treatment ends: the cycles that will never happen become not applicable
        ApiClient.Reply stop = as("investigator").post(path(id, "/treatment-discontinuation"),
                Map.of("on", "2026-09-20", "reason", "ADVERSE_EVENT", "details", "pneumonitis"));
        assertEquals(201, stop.status(), stop.body());
        visits = schedule(id);
        assertEquals("NOT_APPLICABLE", visits.get("IND-C2D1").get("status").asText());
        assertEquals("NOT_APPLICABLE", visits.get("MAINT-C1D1").get("status").asText());
        assertEquals("COMPLETE", visits.get("IND-C1D1").get("status").asText());
        cells = matrixRow(subject);
        assertEquals("COMPLETE", cells.get("IND-C{n}D1").asText(), "cycle 1 complete, 2 and 3 not applicable: " + cells);
        assertEquals("NOT_APPLICABLE", cells.get("MAINT-C{n}D1").asText(), cells.toString());
        // a lab drawn after the end of treatment, in the window cycle 2 would have had, does not revive that cycle
        ApiClient.Reply late = as("coordinator").post(path(id, "/lab-results"), Map.of("test", "ANC",
                "collectedOn", "2026-10-06", "value", 2.4, "unit", "10^9/L"));
        assertEquals(201, late.status(), late.body());
        assertEquals("NOT_APPLICABLE", schedule(id).get("IND-C2D1").get("status").asText());
        assertEquals("COMPLETE", matrixRow(subject).get("IND-C{n}D1").asText());
        // the matrix's screening cell is the subject page's screening visit
        assertEquals(schedule(id).get("SCR").get("status").asText(), matrixRow(subject).get("SCR").asText());
    }

    @Test
    void aVisitIsMarkedNotDoneWithAReasonAndAudited() {
        JsonNode subject = DosingFixtures.enrolledSubject(base, STUDY);
        long id = subject.get("id").asLong();
        ApiClient.Reply noReason = as("coordinator").put(path(id, "/schedule/SIM/not-done"), Map.of());
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.json().get("fields").has("reason"), noReason.body());

        ApiClient.Reply done = as("coordinator").put(path(id, "/schedule/SIM/not-done"),
                Map.of("reason", "planning CT done at the referring hospital"));
        assertEquals(200, done.status(), done.body());
        assertEquals("NOT_DONE", done.json().get("status").asText(), done.body());
        assertEquals("planning CT done at the referring hospital", done.json().get("notDoneReason").asText());
        assertEquals("NOT_DONE", schedule(id).get("SIM").get("status").asText());
        assertEquals("NOT_DONE", matrixRow(subject).get("SIM").asText());
        JsonNode all = as("admin").get("/api/v1/audit?entityType=SubjectVisit&subject="
                + subject.get("subjectNumber").asText()).json();
        boolean found = false;
        for (JsonNode row : all.get("rows")) {
            found |= "SIM".equals(row.path("field").asText()) && "NOT_DONE".equals(row.path("newValue").asText())
                    && "planning CT done at the referring hospital".equals(row.path("reason").asText());
        }
        assertTrue(found, "audited with the reason: " + all);

        // a visit with records cannot be marked not done
        ApiClient.Reply fraction = as("coordinator").post(path(id, "/radiotherapy"),
                Map.of("course", "SFRT", "on", "2026-09-10", "doseGy", 10, "events", List.of()));
        assertEquals(201, fraction.status(), fraction.body());
        ApiClient.Reply refused = as("coordinator").put(path(id, "/schedule/SFRT/not-done"), Map.of("reason", "x"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().get("message").asText().contains("2026-09-10"), refused.body());
    }
}
