package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.LocalDate;
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
 * The adverse-event rules across a subject's records (issue 15), through the API: causality only to an agent given on
 * or before the onset, one AE per episode of a term (a change of grade is a grade change of the open AE), AE dates
 * between the informed consent and the death, a fatal AE ending on the death date, and lab-based proposals under the
 * same rules. Doses and the death go in through the dosing and follow-up API. Subjects of NCT07041788 (arm A:
 * docetaxel, cisplatin, iparomlimab/tuvonralimab, radiotherapy), consent 2026-09-01, enrolled 2026-09-05.
 */
@ExtendWith(ArquillianExtension.class)
class AdverseEventRulesApiIT {

    private static final String PW = Deployments.DEMO_PASSWORD;
    private static final String HNSCC = "NCT07041788";
    private static final String MUCOSITIS = "10028130";
    private static final String IO = "IPAROMLIMAB_TUVONRALIMAB";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    private static String subjectPath(long id) {
        return "/api/v1/studies/" + HNSCC + "/subjects/" + id;
    }

    private static Map<String, Object> ae(String meddraCode, String onset, String end, int grade) {
        Map<String, Object> m = new HashMap<>();
        m.put("meddraCode", meddraCode);
        m.put("onset", onset);
        m.put("ongoing", end == null);
        m.put("end", end);
        m.put("grade", grade);
        m.put("serious", false);
        return m;
    }

    /** Iparomlimab/tuvonralimab (not gated by the pre-cycle labs) given on {@code on}, cycle 1 day 1. */
    private void giveIo(long subject, String on) {
        Map<String, Object> body = new HashMap<>(Map.of("agent", IO, "phase", "INDUCTION", "cycle", 1, "day", 1,
                "on", on, "status", "GIVEN", "administeredMg", 350, "heightCm", 170, "weightKg", 70));
        body.put("infusionStart", on + "T02:00:00Z");
        body.put("infusionStop", on + "T03:00:00Z");
        ApiClient.Reply r = as("coordinator").post(subjectPath(subject) + "/administrations", body);
        assertEquals(201, r.status(), r.body());
    }

    /** The attributions: {@code causality} to {@code agent}, unrelated to every other agent of the arm. */
    private List<Map<String, Object>> attributions(long subject, String agent, String causality) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (JsonNode a : as("investigator").get(subjectPath(subject) + "/adverse-events/agents").json()) {
            String id = a.get("agentId").asText();
            list.add(Map.of("agentId", id, "causality", id.equals(agent) ? causality : "UNRELATED"));
        }
        return list;
    }

    private static int index(List<Map<String, Object>> attributions, String agent) {
        for (int i = 0; i < attributions.size(); i++) {
            if (agent.equals(attributions.get(i).get("agentId"))) {
                return i;
            }
        }
        throw new AssertionError(agent + " not among " + attributions);
    }

    private static String field(ApiClient.Reply r, String field) {
        assertEquals(400, r.status(), r.body());
        JsonNode fields = r.json().get("fields");
        assertTrue(fields != null && fields.has(field), "refusal at '" + field + "': " + r.body());
        return fields.get(field).asText();
    }

    @Test
    void causalityOnlyToAnAgentGivenOnOrBeforeTheOnset() {
        long s = DosingFixtures.enrolledSubject(base, HNSCC).get("id").asLong();
        giveIo(s, "2026-09-10");
        ApiClient investigator = as("investigator");
        String path = subjectPath(s) + "/adverse-events";

        Map<String, Object> before = ae(MUCOSITIS, "2026-09-09", "2026-09-09", 1);
        List<Map<String, Object>> toIo = attributions(s, IO, "POSSIBLE");
        before.put("attributions", toIo);
        String message = field(investigator.post(path, before), "attributions[" + index(toIo, IO) + "].causality");
        assertTrue(message.contains("first given on 2026-09-10, after the onset 2026-09-09"), message);

        Map<String, Object> neverGiven = ae(MUCOSITIS, "2026-09-12", null, 2);
        List<Map<String, Object>> toDocetaxel = attributions(s, "DOCETAXEL", "PROBABLE");
        neverGiven.put("attributions", toDocetaxel);
        message = field(investigator.post(path, neverGiven), "attributions[" + index(toDocetaxel, "DOCETAXEL")
                + "].causality");
        assertTrue(message.contains("Docetaxel") && message.contains("not given"), message);

        Map<String, Object> radiotherapy = ae(MUCOSITIS, "2026-09-12", null, 2);
        List<Map<String, Object>> toRt = attributions(s, "RADIOTHERAPY", "UNLIKELY");
        radiotherapy.put("attributions", toRt);
        field(investigator.post(path, radiotherapy), "attributions[" + index(toRt, "RADIOTHERAPY") + "].causality");

        Map<String, Object> sameDay = ae(MUCOSITIS, "2026-09-10", null, 2);
        sameDay.put("attributions", toIo);
        ApiClient.Reply ok = investigator.post(path, sameDay);
        assertEquals(201, ok.status(), "the day of the first dose: " + ok.body());
        boolean possible = false;
        for (JsonNode a : ok.json().get("attributions")) {
            possible |= IO.equals(a.get("agentId").asText()) && "POSSIBLE".equals(a.get("causality").asText());
        }
        assertTrue(possible, ok.body());

        // an edit that moves the onset before the first dose is refused likewise
        Map<String, Object> earlier = new HashMap<>(sameDay);
        earlier.put("onset", "2026-09-08");
        earlier.put("version", ok.json().get("version").asLong());
        earlier.put("reason", "onset corrected");
        field(investigator.put(path + "/" + ok.json().get("id").asLong(), earlier),
                "attributions[" + index(toIo, IO) + "].causality");
    }

    @Test
    void oneAePerEpisodeAGradeChangeIsAChangeOfTheOpenAe() {
        long s = DosingFixtures.enrolledSubject(base, HNSCC).get("id").asLong();
        ApiClient coordinator = as("coordinator");
        String path = subjectPath(s) + "/adverse-events";
        ApiClient.Reply first = coordinator.post(path, ae(MUCOSITIS, "2026-09-12", null, 2));
        assertEquals(201, first.status(), first.body());
        long firstId = first.json().get("id").asLong();

        String message = field(coordinator.post(path, ae(MUCOSITIS, "2026-09-20", null, 3)), "term");
        assertTrue(message.contains("AE " + firstId) && message.contains("2026-09-12"), message);
        assertEquals(201, coordinator.post(path, ae("10013963", "2026-09-20", null, 1)).status(), "another term");

        // the worsening is a grade change of the open AE, then it ends
        Map<String, Object> worse = ae(MUCOSITIS, "2026-09-12", null, 3);
        worse.put("gradeSince", "2026-09-20");
        worse.put("version", first.json().get("version").asLong());
        worse.put("reason", "grade 3 from 20 September");
        ApiClient.Reply changed = coordinator.put(path + "/" + firstId, worse);
        assertEquals(200, changed.status(), changed.body());
        assertEquals(2, changed.json().get("gradeHistory").size(), changed.body());
        Map<String, Object> ended = ae(MUCOSITIS, "2026-09-12", "2026-09-25", 3);
        ended.put("outcome", "RECOVERED_RESOLVED");
        ended.put("version", changed.json().get("version").asLong());
        ended.put("reason", "resolved");
        assertEquals(200, coordinator.put(path + "/" + firstId, ended).status());

        // a closed episode: a new AE of the term inside it is refused, after it accepted
        message = field(coordinator.post(path, ae(MUCOSITIS, "2026-09-22", "2026-09-23", 1)), "term");
        assertTrue(message.contains("AE " + firstId) && message.contains("2026-09-12 to 2026-09-25"), message);
        ApiClient.Reply next = coordinator.post(path, ae(MUCOSITIS, "2026-09-26", null, 1));
        assertEquals(201, next.status(), "the same term after the previous episode ended: " + next.body());

        // moving the new episode's onset back into the first is refused
        Map<String, Object> moved = ae(MUCOSITIS, "2026-09-24", null, 1);
        moved.put("version", next.json().get("version").asLong());
        moved.put("reason", "onset corrected");
        message = field(coordinator.put(path + "/" + next.json().get("id").asLong(), moved), "term");
        assertTrue(message.contains("AE " + firstId), message);
    }

    @Test
    void aeDatesLieBetweenConsentAndDeathAndAFatalAeEndsOnTheDeathDate() {
        long s = DosingFixtures.enrolledSubject(base, HNSCC).get("id").asLong();
        ApiClient coordinator = as("coordinator");
        String path = subjectPath(s) + "/adverse-events";
        String message = field(coordinator.post(path, ae(MUCOSITIS, "2026-08-30", "2026-09-03", 1)), "onset");
        assertTrue(message.contains("2026-08-30") && message.contains("consent on 2026-09-01"), message);
        ApiClient.Reply open = coordinator.post(path, ae(MUCOSITIS, "2026-10-20", null, 2));
        assertEquals(201, open.status(), open.body());

        String subject = subjectPath(s);
        assertEquals(201, coordinator.post(subject + "/treatment-discontinuation",
                Map.of("on", "2026-10-01", "reason", "ADVERSE_EVENT", "details", "mucositis")).status());
        assertEquals(201, coordinator.post(subject + "/end-of-treatment", Map.of("on", "2026-10-08")).status());
        ApiClient.Reply died = coordinator.post(subject + "/follow-up-contacts", Map.of("contactDate", "2026-11-02",
                "survivalStatus", "DEAD", "deathDate", "2026-10-30", "deathCause", "ADVERSE_EVENT"));
        assertEquals(201, died.status(), died.body());

        message = field(coordinator.post(path, ae("10013963", "2026-10-31", null, 1)), "onset");
        assertTrue(message.contains("2026-10-31") && message.contains("death on 2026-10-30"), message);
        Map<String, Object> endAfterDeath = ae(MUCOSITIS, "2026-10-20", "2026-11-01", 2);
        endAfterDeath.put("version", open.json().get("version").asLong());
        endAfterDeath.put("reason", "end entered");
        message = field(coordinator.put(path + "/" + open.json().get("id").asLong(), endAfterDeath), "end");
        assertTrue(message.contains("death on 2026-10-30"), message);
        Map<String, Object> worseAfterDeath = ae(MUCOSITIS, "2026-10-20", null, 3);
        worseAfterDeath.put("gradeSince", "2026-11-01");
        worseAfterDeath.put("version", open.json().get("version").asLong());
        worseAfterDeath.put("reason", "grade 3");
        message = field(coordinator.put(path + "/" + open.json().get("id").asLong(), worseAfterDeath), "gradeSince");
        assertTrue(message.contains("2026-11-01") && message.contains("death on 2026-10-30"), message);
        worseAfterDeath.remove("gradeSince"); // a new grade without a date applies from today, after the death too
        field(coordinator.put(path + "/" + open.json().get("id").asLong(), worseAfterDeath), "gradeSince");

        Map<String, Object> fatal = ae("10016288", "2026-10-25", "2026-10-28", 5); // Febrile neutropenia
        fatal.put("outcome", "FATAL");
        fatal.put("serious", true);
        fatal.put("seriousnessCriteria", List.of("DEATH"));
        fatal.put("awareness", "2026-10-30T10:00:00Z");
        message = field(coordinator.post(path, fatal), "end");
        assertTrue(message.contains("2026-10-28") && message.contains("2026-10-30"), message);
        fatal.put("ongoing", true);
        fatal.put("end", null);
        field(coordinator.post(path, fatal), "end");
        fatal.put("ongoing", false);
        fatal.put("end", "2026-10-30");
        ApiClient.Reply ok = coordinator.post(path, fatal);
        assertEquals(201, ok.status(), "a fatal AE ending on the death date: " + ok.body());
    }

    @Test
    void aLabProposalIsConfirmedUnderTheSameRules() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base); // consent 20 days ago, ANC range at CN01
        long s = subject.get("id").asLong();
        ApiClient coordinator = as("coordinator");
        ApiClient investigator = as("investigator");
        LocalDate today = LocalDate.now();
        ApiClient.Reply open = coordinator.post(subjectPath(s) + "/adverse-events",
                ae(AdverseEventApiIT.NEUTROPHILS, today.minusDays(6).toString(), null, 2));
        assertEquals(201, open.status(), open.body());
        String labs = subjectPath(s) + "/lab-results";
        assertEquals(201, coordinator.post(labs, Map.of("test", "ANC", "collectedOn", today.minusDays(15).toString(),
                "value", 3.1, "unit", "10^9/L", "baseline", true)).status());
        assertEquals(201, coordinator.post(labs, Map.of("test", "ANC", "collectedOn", today.minusDays(2).toString(),
                "value", 0.9, "unit", "10^9/L")).status());
        JsonNode p = investigator.get(subjectPath(s) + "/ae-proposals").json().get(0);
        assertEquals("PENDING", p.get("status").asText(), p.toString());
        ApiClient.Reply confirmed = investigator.post("/api/v1/ae-proposals/" + p.get("id").asLong()
                + "/confirmation", Map.of("version", p.get("version").asLong()));
        String message = field(confirmed, "term");
        assertTrue(message.contains("AE " + open.json().get("id").asLong()), message);
        assertEquals(1, coordinator.get(subjectPath(s) + "/adverse-events").json().size(), "no second AE");
        assertEquals("PENDING", investigator.get(subjectPath(s) + "/ae-proposals").json().get(0).get("status").asText());
    }
}
