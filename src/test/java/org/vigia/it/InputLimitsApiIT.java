package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input limits through the API, as a client would send them: text longer than its documented maximum, wrong JSON
 * types, unknown enum values and properties, numbers beyond their digits, implausible lab values, dates in the future
 * at the site's time zone, and the Idempotency-Key (sequential and parallel repeats). Every refusal is a 400 naming
 * the field, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
class InputLimitsApiIT {

    static final String PW = Deployments.DEMO_PASSWORD;
    static final String STUDY = AdverseEventApiIT.STUDY;
    static final String NEUTROPHILS = AdverseEventApiIT.NEUTROPHILS;
    static final String HUGE = "x".repeat(100_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String user) {
        return new ApiClient(base, user, PW);
    }

    private static String aes(JsonNode subject) {
        return "/api/v1/studies/" + STUDY + "/subjects/" + subject.get("id").asLong() + "/adverse-events";
    }

    private static String labs(JsonNode subject) {
        return "/api/v1/studies/" + STUDY + "/subjects/" + subject.get("id").asLong() + "/labs";
    }

    private static Map<String, Object> ae(String verbatim) {
        Map<String, Object> m = new HashMap<>();
        m.put("meddraCode", NEUTROPHILS);
        m.put("verbatim", verbatim);
        // an episode within one month, its days unknown: several of one subject need not overlap (one AE per episode
        // refuses a second AE of the term while one is open)
        String month = LocalDate.now().minusDays(3).toString().substring(0, 7);
        m.put("onset", month);
        m.put("ongoing", false);
        m.put("end", month);
        m.put("grade", 2);
        m.put("serious", false);
        return m;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> m = new HashMap<>(body);
        m.put(field, value);
        return m;
    }

    /** 400 invalid_input naming {@code field}, its message containing {@code says}; returns the field's message. */
    private static String refused(ApiClient.Reply r, String field, String says) {
        assertEquals(400, r.status(), r.body());
        JsonNode json = r.json();
        assertEquals("invalid_input", json.get("error").asText(), r.body());
        JsonNode message = json.get("fields") == null ? null : json.get("fields").get(field);
        assertTrue(message != null, "field " + field + " named: " + r.body());
        assertTrue(message.asText().contains(says), field + " says '" + says + "': " + r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("at org."), "no stack trace: " + r.body());
        assertTrue(r.body().length() < 2000, "the refusal does not echo the whole value: " + r.body().length());
        return message.asText();
    }

    private static long count(String sql, Object... args) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- text lengths

    @Test
    void everyLongTextIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        long subjectId = subject.get("id").asLong();
        long labsBefore = count("select count(*) from lab_result where subject_id = ?", subjectId); // screening labs of the enrolment
        ApiClient coordinator = as("coordinator");
        ApiClient admin = as("admin");

        for (String field : List.of("verbatim", "treatmentGiven", "baselineCondition")) {
            refused(coordinator.post(aes(subject), with(ae("ok"), field, HUGE)), field, "at most");
        }
        assertEquals(0, count("select count(*) from adverse_event where subject_id = ?", subjectId));
        refused(coordinator.post(aes(subject), ae("v".repeat(501))), "verbatim", "at most 500 characters");
        ApiClient.Reply atLimit = coordinator.post(aes(subject), ae("v".repeat(500)));
        assertEquals(201, atLimit.status(), atLimit.body());
        JsonNode saved = atLimit.json();

        Map<String, Object> change = with(with(ae("v".repeat(500)), "version", saved.get("version").asLong()),
                "reason", HUGE);
        refused(coordinator.put(aes(subject) + "/" + saved.get("id").asLong(), change), "reason", "at most 1000");

        refused(coordinator.post(labs(subject), Map.of("test", "ANC", "collectedOn", LocalDate.now().minusDays(1)
                .toString(), "value", 2.5, "unit", "10^9/L", "visitCode", HUGE)), "visitCode", "at most 32");
        assertEquals(labsBefore, count("select count(*) from lab_result where subject_id = ?", subjectId));

        refused(admin.post("/api/v1/users", Map.of("username", "u" + UUID.randomUUID().toString().substring(0, 8),
                "fullName", HUGE, "email", "a@example.org", "password", "Long-enough-pass-1")), "fullName", "at most 200");
        refused(admin.post("/api/v1/users", Map.of("username", "u" + UUID.randomUUID().toString().substring(0, 8),
                "fullName", "Ann Lee", "email", HUGE + "@example.org", "password", "Long-enough-pass-1")), "email",
                "at most 254");
        refused(admin.post("/api/v1/sites", Map.of("code", "L" + ThreadLocalRandom.current().nextInt(10000, 99999),
                "name", HUGE, "country", "CN", "timeZone", "Asia/Shanghai")), "name", "at most 200");

        String contacts = "/api/v1/studies/" + STUDY + "/subjects/" + subjectId + "/follow-up-contacts";
        refused(coordinator.post(contacts, Map.of("contactDate", LocalDate.now().minusDays(1).toString(),
                "survivalStatus", "ALIVE", "deathCauseText", HUGE)), "deathCauseText", "at most 2000");
        String administrations = "/api/v1/studies/" + STUDY + "/subjects/" + subjectId + "/administrations";
        refused(coordinator.post(administrations, Map.of("agent", "docetaxel", "phase", "x", "cycle", 1, "day", 1,
                "on", LocalDate.now().minusDays(1).toString(), "status", "NOT_GIVEN", "notGivenReason", HUGE)),
                "notGivenReason", "at most 2000");
        refused(coordinator.post(administrations, Map.of("agent", HUGE, "phase", "x", "cycle", 1, "day", 1,
                "on", LocalDate.now().minusDays(1).toString(), "status", "GIVEN")), "agent", "at most 64");
    }

    // ---- strict JSON

    @Test
    void wrongTypesAndUnknownValuesAreRefusedNamingTheFieldNothingCoerced() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        ApiClient coordinator = as("coordinator");
        String agent = coordinator.get(aes(subject) + "/agents").json().get(0).get("agentId").asText();

        refused(coordinator.post(aes(subject), with(ae("x"), "serious", "yes")), "serious", "true or false");
        refused(coordinator.post(aes(subject), with(ae("x"), "serious", "true")), "serious", "true or false");
        refused(coordinator.post(aes(subject), with(ae("x"), "grade", 2.5)), "grade", "whole number");
        refused(coordinator.post(aes(subject), with(ae("x"), "grade", "3")), "grade", "whole number");
        refused(coordinator.post(aes(subject), with(ae("x"), "ongoing", "no")), "ongoing", "true or false");
        refused(coordinator.post(aes(subject), with(ae("x"), "verbatim", 12)), "verbatim", "text");
        String outcome = refused(coordinator.post(aes(subject), with(ae("x"), "outcome", "MAYBE")), "outcome", "MAYBE");
        for (String allowed : List.of("RECOVERED_RESOLVED", "NOT_RECOVERED_NOT_RESOLVED", "FATAL")) {
            assertTrue(outcome.contains(allowed), "allowed values listed: " + outcome);
        }
        String causality = refused(coordinator.post(aes(subject), with(ae("x"), "attributions",
                List.of(Map.of("agentId", agent, "causality", "SURE")))), "attributions[0].causality", "SURE");
        assertTrue(causality.contains("UNRELATED, UNLIKELY, POSSIBLE, PROBABLE, DEFINITE"), causality);
        refused(coordinator.post(aes(subject), with(ae("x"), "gravity", 3)), "gravity", "not a property");
        refused(coordinator.post(aes(subject), with(ae("x"), "awareness", 1767225600)), "awareness", "ISO 8601");

        ApiClient.Reply notJson = coordinator.post(aes(subject), "{\"grade\": 2,");
        assertEquals(400, notJson.status(), notJson.body());
        assertEquals("invalid_json", notJson.json().get("error").asText());
        assertEquals(0, count("select count(*) from adverse_event where subject_id = ?", subject.get("id").asLong()));

        ApiClient.Reply strictOk = coordinator.post(aes(subject), with(with(ae("x"), "serious", true),
                "seriousnessCriteria", List.of("HOSPITALISATION")));
        assertEquals(201, strictOk.status(), strictOk.body());
        assertTrue(strictOk.json().get("serious").asBoolean(), "a JSON true is serious");
    }

    // ---- numbers and lab plausibility

    @Test
    void numbersBeyondTheirDigitsAndImplausibleLabValuesAreRefusedNeverRounded() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        long subjectId = subject.get("id").asLong();
        long labsBefore = count("select count(*) from lab_result where subject_id = ?", subjectId); // screening labs of the enrolment
        ApiClient coordinator = as("coordinator");
        String day = LocalDate.now().minusDays(1).toString();

        refused(coordinator.post(labs(subject), Map.of("test", "ANC", "collectedOn", day, "value", new BigDecimal("1e30"),
                "unit", "10^9/L")), "value", "plausible range");
        refused(coordinator.post(labs(subject), Map.of("test", "ANC", "collectedOn", day, "value", new BigDecimal("1e-30"),
                "unit", "10^9/L")), "value", "more than 6 decimals");
        refused(coordinator.post(labs(subject), Map.of("test", "ANC", "collectedOn", day, "value",
                new BigDecimal("2.1234567"), "unit", "10^9/L")), "value", "more than 6 decimals");
        String lab = "/api/v1/studies/" + STUDY + "/subjects/" + subjectId + "/lab-results";
        refused(coordinator.post(lab, Map.of("test", "ANC", "collectedOn", day, "value", new BigDecimal("1e30"),
                "unit", "10^9/L")), "value", "12 digits before the decimal point and 6 after");
        String anc = refused(coordinator.post(labs(subject), Map.of("test", "ANC", "collectedOn", day, "value", 100000,
                "unit", "10^9/L")), "value", "0-300 10^9/L");
        assertTrue(anc.contains("Absolute neutrophil count"), anc);
        refused(coordinator.post(labs(subject), Map.of("test", "HGB", "collectedOn", day, "value", 0.2,
                "unit", "g/dL")), "value", "1-25 g/dL");
        assertEquals(labsBefore, count("select count(*) from lab_result where subject_id = ?", subjectId));

        ApiClient.Reply precise = coordinator.post(labs(subject), Map.of("test", "ANC", "collectedOn", day,
                "value", new BigDecimal("2.123456"), "unit", "10^9/L"));
        assertEquals(201, precise.status(), precise.body());
        ApiClient.Reply perMm3 = coordinator.post(labs(subject), Map.of("test", "ANC", "collectedOn", day,
                "value", 100000, "unit", "/mm3"));
        assertEquals(201, perMm3.status(), "100,000/mm3 = 100 x 10^9/L is plausible: " + perMm3.body());
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "select value from lab_result where id = ?")) {
            st.setLong(1, precise.json().get("id").asLong());
            ResultSet rs = st.executeQuery();
            assertTrue(rs.next());
            assertEquals(0, new BigDecimal("2.123456").compareTo(rs.getBigDecimal(1)), "stored exactly");
        }

        String administrations = "/api/v1/studies/" + STUDY + "/subjects/" + subjectId + "/administrations";
        refused(coordinator.post(administrations, Map.of("agent", "docetaxel", "phase", "x", "cycle", 1, "day", 1,
                "on", day, "status", "GIVEN", "administeredMg", new BigDecimal("100.25"))), "administeredMg",
                "1 after it");
        refused(coordinator.post(administrations, Map.of("agent", "docetaxel", "phase", "x", "cycle", 2.5, "day", 1,
                "on", day, "status", "GIVEN")), "cycle", "whole number");
        refused(as("admin").post("/api/v1/normal-ranges", Map.of("test", "ANC", "unit", "10^9/L",
                "lln", new BigDecimal("1e-9"), "uln", 7.5)), "lln", "6 after it");
    }

    // ---- dates in the future, at the site's time zone

    /** A new site in {@code zone} taking part in the study (sites join studies only by set-up today). */
    private long site(String zone) throws Exception {
        String code = "Z" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ApiClient.Reply r = as("admin").post("/api/v1/sites", Map.of("code", code, "name", "Site " + zone,
                "country", "US", "timeZone", zone));
        assertEquals(201, r.status(), r.body());
        long id = r.json().get("id").asLong();
        try (Connection c = TestDatabase.connect(); PreparedStatement st = c.prepareStatement(
                "insert into study_site (study_id, site_id) select id, ? from study where registry_id = ?")) {
            st.setLong(1, id);
            st.setString(2, STUDY);
            st.executeUpdate();
        }
        return id;
    }

    private ApiClient.Reply register(long site, LocalDate consent, LocalDate screened) {
        return as("investigator").post("/api/v1/studies/" + STUDY + "/subjects", Map.of("siteId", site,
                "screeningNumber", "TZ" + ThreadLocalRandom.current().nextInt(100000, 999999), "sex", "F",
                "birthYear", 1970, "consentDate", consent.toString(), "screenedOn", screened.toString()));
    }

    @Test
    void clinicalDatesInTheFutureAtTheSiteAreRefused() throws Exception {
        // Kiritimati (UTC+14) is always at least one calendar day ahead of Pago Pago (UTC-11)
        LocalDate kiritimatiToday = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        long ahead = site("Pacific/Kiritimati");
        long behind = site("Pacific/Pago_Pago");

        ApiClient.Reply tooEarly = register(behind, kiritimatiToday.minusDays(3), kiritimatiToday);
        String screened = refused(tooEarly, "screenedOn", "is in the future");
        assertTrue(screened.contains("Pacific/Pago_Pago"), screened);
        ApiClient.Reply there = register(ahead, kiritimatiToday.minusDays(3), kiritimatiToday);
        assertEquals(201, there.status(), "today at the site itself is not the future: " + there.body());
        JsonNode subjectAhead = there.json();
        JsonNode subjectBehind = register(behind, kiritimatiToday.minusDays(3), kiritimatiToday.minusDays(2)).json();

        ApiClient investigator = as("investigator");
        Map<String, Object> lab = Map.of("test", "ANC", "collectedOn", kiritimatiToday.toString(), "value", 2.5,
                "unit", "10^9/L");
        assertEquals(201, investigator.post(labs(subjectAhead), lab).status());
        String collected = refused(investigator.post(labs(subjectBehind), lab), "collectedOn", "is in the future");
        assertTrue(collected.contains("at the site (Pacific/Pago_Pago)"), collected);
        assertEquals(0, count("select count(*) from lab_result where subject_id = ?", subjectBehind.get("id").asLong()));

        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        ApiClient coordinator = as("coordinator");
        refused(coordinator.post(aes(subject), with(ae("x"), "onset", "2099")), "onset", "is in the future");
        refused(coordinator.post(aes(subject), with(with(ae("x"), "ongoing", false), "end", "2099-01-01")), "end",
                "is in the future");
        String contacts = "/api/v1/studies/" + STUDY + "/subjects/" + subject.get("id").asLong() + "/follow-up-contacts";
        refused(coordinator.post(contacts, Map.of("contactDate", "2099-01-01", "survivalStatus", "ALIVE")),
                "contactDate", "is in the future");
        assertEquals(0, count("select count(*) from adverse_event where subject_id = ?", subject.get("id").asLong()));
    }

    // ---- idempotency

    @Test
    void aRepeatWithTheSameIdempotencyKeyReturnsTheFirstResponseAndCreatesNothing() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        long subjectId = subject.get("id").asLong();
        ApiClient coordinator = as("coordinator");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ae("idempotent rash");

        ApiClient.Reply first = coordinator.post(aes(subject), body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        assertNull(first.header("Idempotent-Replayed"));
        ApiClient.Reply repeat = coordinator.post(aes(subject), body, "Idempotency-Key", key);
        assertEquals(201, repeat.status(), repeat.body());
        assertEquals("true", repeat.header("Idempotent-Replayed"));
        assertEquals(first.json(), repeat.json(), "the first response, byte for byte the same JSON");
        assertEquals(1, count("select count(*) from adverse_event where subject_id = ?", subjectId));
        assertEquals(1, count("select count(distinct at_utc) from audit_log where entity_type = 'AdverseEvent'"
                + " and action = 'CREATE' and entity_id = ?", first.json().get("id").asText()), "audited as created once");

        ApiClient.Reply other = coordinator.post(aes(subject), ae("another rash"), "Idempotency-Key", key);
        assertEquals(422, other.status(), other.body());
        assertEquals("idempotency_key_reused", other.json().get("error").asText());
        ApiClient.Reply badKey = coordinator.post(aes(subject), body, "Idempotency-Key", "has spaces in it");
        assertEquals(400, badKey.status(), badKey.body());

        ApiClient.Reply refusedFirst = coordinator.post(aes(subject), with(body, "grade", 9), "Idempotency-Key", "k-" + key);
        assertEquals(400, refusedFirst.status(), refusedFirst.body());
        ApiClient.Reply retried = coordinator.post(aes(subject), body, "Idempotency-Key", "k-" + key);
        assertEquals(201, retried.status(), "a refused first call releases its key: " + retried.body());

        ApiClient.Reply otherUser = as("investigator").post(aes(subject), body, "Idempotency-Key", key);
        assertEquals(201, otherUser.status(), otherUser.body());
        assertTrue(otherUser.header("Idempotent-Replayed") == null, "keys are per user");
        assertEquals(3, count("select count(*) from adverse_event where subject_id = ?", subjectId));
    }

    @Test
    void parallelRepeatsWithOneKeyCreateOneRecord() throws Exception {
        JsonNode subject = AdverseEventApiIT.enrolledSubject(base);
        long subjectId = subject.get("id").asLong();
        long labsBefore = count("select count(*) from lab_result where subject_id = ?", subjectId); // screening labs of the enrolment
        ApiClient coordinator = as("coordinator");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = ae("parallel rash");
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<ApiClient.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(() -> coordinator.post(aes(subject), body, "Idempotency-Key", key));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<ApiClient.Reply> f : pool.invokeAll(calls)) {
                ApiClient.Reply r = f.get();
                assertEquals(201, r.status(), r.body());
                ids.add(r.json().get("id").asLong());
            }
            assertEquals(1, ids.stream().distinct().count(), "every repeat answers with the one AE: " + ids);
            assertEquals(1, count("select count(*) from adverse_event where subject_id = ?", subjectId));

            List<Callable<ApiClient.Reply>> labs = new ArrayList<>();
            String labKey = UUID.randomUUID().toString();
            for (int i = 0; i < n; i++) {
                labs.add(() -> coordinator.post(labs(subject), Map.of("test", "PLT", "collectedOn",
                        LocalDate.now().minusDays(1).toString(), "value", 210, "unit", "10^9/L"),
                        "Idempotency-Key", labKey));
            }
            for (Future<ApiClient.Reply> f : pool.invokeAll(labs)) {
                assertEquals(201, f.get().status(), f.get().body());
            }
            assertEquals(labsBefore + 1, count("select count(*) from lab_result where subject_id = ?", subjectId));
        } finally {
            pool.shutdownNow();
        }
    }
}
