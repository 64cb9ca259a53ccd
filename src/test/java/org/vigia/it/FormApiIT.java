package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Forms as data through the API (issue 16): the library, a partial save and its completion, a hard range refused
 * naming the item with nothing stored, a soft-range warning that needs confirmation and flags the stored value, a
 * conditional item, a computed item, a form at a visit that does not ask for it, the stale version (409), the
 * item-level audit rows (read with SQL) and a subject of another site (404). Every subject is the test's own (CN01 of
 * NCT07041788, consent 2026-01-01); counts are of its own records only.
 */
@ExtendWith(ArquillianExtension.class)
class FormApiIT {

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
    void theLibraryListsTheShippedFormsWithTheirLabelsInBothLanguages() {
        ApiClient c = as("coordinator");
        ApiClient.Reply list = c.get("/api/v1/forms");
        assertEquals(200, list.status(), list.body());
        List<String> oids = new ArrayList<>();
        list.json().forEach(f -> oids.add(f.get("oid").asText()));
        assertTrue(oids.containsAll(List.of("CM", "EG", "RP", "ST", "VS")), oids.toString());

        ApiClient.Reply eg = c.get("/api/v1/forms/EG");
        assertEquals(200, eg.status(), eg.body());
        JsonNode qtcf = item(eg.json(), "QTCF");
        assertEquals("INTEGER", qtcf.get("type").asText());
        assertEquals(200, qtcf.get("range").get("min").asInt());
        assertEquals(500, qtcf.get("softRange").get("max").asInt());
        assertEquals("QTcF 间期", qtcf.get("label").get("zh").asText());
        assertEquals("IT.EG.QTCF", qtcf.get("odmOid").asText());
        assertEquals(404, c.get("/api/v1/forms/NOPE").status());
        assertEquals(404, c.get("/api/v1/forms/EG?version=99").status());
    }

    @Test
    void aPartialSaveIsInProgressThenCompletedAndEveryChangeIsAuditedItemByItem() throws Exception {
        ApiClient c = as("coordinator");
        String form = subject(c, false) + "/visits/SCR/forms/EG";
        ApiClient.Reply empty = c.get(form);
        assertEquals(200, empty.status(), empty.body());
        assertFalse(empty.json().has("version"), "never saved: " + empty.body());

        ApiClient.Reply partial = c.put(form, save(null, Map.of("EG[0].EGDAT", "2026-01-03"), null));
        assertEquals(200, partial.status(), partial.body());
        assertEquals("IN_PROGRESS", partial.json().get("status").asText());
        assertEquals(List.of("EG[0].QTCF", "EG[0].EGINTP"), texts(partial.json().get("missing")));
        long id = partial.json().get("id").asLong();
        long v1 = partial.json().get("version").asLong();

        Map<String, Object> full = new LinkedHashMap<>(Map.of("EG[0].EGDAT", "2026-01-03", "EG[0].QTCF", "420",
                "EG[0].EGINTP", "NORMAL"));
        ApiClient.Reply complete = c.put(form, save(v1, full, null));
        assertEquals(200, complete.status(), complete.body());
        assertEquals("COMPLETE", complete.json().get("status").asText());
        assertEquals("420", complete.json().get("values").get("EG[0].QTCF").asText());
        long v2 = complete.json().get("version").asLong();
        assertTrue(v2 > v1);

        ApiClient.Reply stale = c.put(form, save(v1, full, null));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("conflict", stale.json().get("error").asText());

        full.put("EG[0].QTCF", "430");
        ApiClient.Reply noReason = c.put(form, save(v2, full, null));
        refused(noReason, "reason", "reason");
        ApiClient.Reply changed = c.put(form, save(v2, full, "re-read from the ECG print-out"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals("430", stored(id, "QTCF"));

        List<String> rows = audit(id);
        assertTrue(rows.contains("CREATE EG[0].EGDAT null→2026-01-03 null"), rows.toString());
        assertTrue(rows.contains("CREATE status null→IN_PROGRESS null"), rows.toString());
        assertTrue(rows.contains("UPDATE EG[0].QTCF null→420 null"), rows.toString());
        assertTrue(rows.contains("UPDATE status IN_PROGRESS→COMPLETE null"), rows.toString());
        assertTrue(rows.contains("UPDATE EG[0].QTCF 420→430 re-read from the ECG print-out"), rows.toString());
        assertEquals(1, rows.stream().filter(r -> r.contains("420→430")).count(), "the refused saves wrote nothing");

        ApiClient.Reply listed = c.get(subjectPath(form) + "/forms");
        assertEquals(200, listed.status(), listed.body());
        assertEquals(1, listed.json().size());
        assertEquals("EG", listed.json().get(0).get("form").asText());
        assertEquals("SCR", listed.json().get(0).get("visitCode").asText());
    }

    @Test
    void aValueOutsideTheHardRangeIsRefusedNamingTheItemAndNothingIsStored() throws Exception {
        ApiClient c = as("coordinator");
        String subject = subject(c, false);
        ApiClient.Reply r = c.put(subject + "/visits/SCR/forms/EG", save(null, Map.of("EG[0].EGDAT", "2026-01-03",
                "EG[0].QTCF", "900", "EG[0].EGINTP", "NORMAL"), null, List.of("EG[0].QTCF")));
        refused(r, "EG[0].QTCF", "900 is outside 200–800 ms");
        ApiClient.Reply decimals = c.put(subject + "/visits/SCR/forms/EG", save(null, Map.of("EG[0].QTCF", "420.0"), null));
        refused(decimals, "EG[0].QTCF", "not a whole number");
        assertEquals(0, count("select count(*) from form_record where subject_id = ?", id(subject)));
    }

    @Test
    void aSoftRangeWarningNeedsConfirmationAndFlagsTheStoredValue() throws Exception {
        ApiClient c = as("investigator");
        String form = subject(c, false) + "/visits/SCR/forms/EG";
        Map<String, Object> values = Map.of("EG[0].EGDAT", "2026-01-03", "EG[0].QTCF", "520", "EG[0].EGINTP", "NORMAL");
        ApiClient.Reply unconfirmed = c.put(form, save(null, values, null));
        refused(unconfirmed, "EG[0].QTCF", "Confirm");

        ApiClient.Reply confirmed = c.put(form, save(null, values, null, List.of("EG[0].QTCF")));
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("COMPLETE", confirmed.json().get("status").asText());
        assertTrue(confirmed.json().get("warnings").get("EG[0].QTCF").asText().contains("300-500 ms"), confirmed.body());
        long id = confirmed.json().get("id").asLong();
        assertEquals(1, count("select count(*) from form_item_value where form_record_id = ? and item_oid = 'QTCF'"
                + " and value_text = '520' and warning_confirmed = 1", id));
        assertEquals(1, count("select count(*) from form_item_value where form_record_id = ? and warning_confirmed = 1", id),
                "only the QTcF is flagged");
        assertTrue(audit(id).contains("CREATE EG[0].QTCF.warningConfirmed null→true null"), audit(id).toString());

        ApiClient.Reply again = c.get(form);
        assertTrue(again.json().get("warnings").has("EG[0].QTCF"), "the stored value stays flagged: " + again.body());
        Map<String, Object> other = new HashMap<>(values);
        other.put("EG[0].QTCF", "530");
        refused(c.put(form, save(again.json().get("version").asLong(), other, "typo")), "EG[0].QTCF", "Confirm");
    }

    @Test
    void aConditionalItemIsAskedOnlyWhenItsConditionHolds() throws Exception {
        ApiClient c = as("coordinator");
        String form = subject(c, false) + "/visits/SCR/forms/CM";
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("CMANY[0].CMYN", "Y");
        row.put("CM[0].CMTRT", "Amlodipine");
        row.put("CM[0].CMINDC", "Hypertension");
        row.put("CM[0].CMCAT", "OTHER");
        row.put("CM[0].CMDSTXT", "5");
        row.put("CM[0].CMDOSU", "mg");
        row.put("CM[0].CMROUTE", "ORAL");
        row.put("CM[0].CMSTDAT", "2019");
        row.put("CM[0].CMONGO", "Y");
        row.put("CM[0].CMENDAT", "2026-01");
        refused(c.put(form, save(null, row, null)), "CM[0].CMENDAT", "asked only when Ongoing? is No");

        row.put("CM[0].CMONGO", "N");
        row.remove("CM[0].CMENDAT");
        ApiClient.Reply partial = c.put(form, save(null, row, null));
        assertEquals(200, partial.status(), partial.body());
        assertEquals("IN_PROGRESS", partial.json().get("status").asText());
        assertEquals(List.of("CM[0].CMENDAT"), texts(partial.json().get("missing")));

        row.put("CM[0].CMENDAT", "2018-12");
        refused(c.put(form, save(partial.json().get("version").asLong(), row, null)), "CM[0].CMENDAT",
                "The stop date is before the start date.");
        row.put("CM[0].CMENDAT", "2025-12-UN");
        ApiClient.Reply done = c.put(form, save(partial.json().get("version").asLong(), row, null));
        assertEquals(200, done.status(), done.body());
        assertEquals("COMPLETE", done.json().get("status").asText());
        assertEquals("2025-12", done.json().get("values").get("CM[0].CMENDAT").asText());
    }

    @Test
    void aFormIsSavedAtAVisitThatAsksForItAndComputesItsComputedItems() {
        ApiClient c = as("coordinator");
        String subject = subject(c, true);
        Map<String, Object> vitals = Map.of("VS[0].VSDAT", "2026-01-06", "VS[0].WEIGHT", 70, "VS[0].HEIGHT", "175.0",
                "VS[0].SYSBP", "120", "VS[0].DIABP", "80");
        ApiClient.Reply notAsked = c.put(subject + "/visits/SCR/forms/VS", save(null, vitals, null));
        refused(notAsked, "formOid", "VITALS");
        assertEquals(404, c.put(subject + "/visits/NO-SUCH-VISIT/forms/VS", save(null, vitals, null)).status());
        assertEquals(404, c.put(subject + "/visits/SCR/forms/NOPE", save(null, vitals, null)).status());

        ApiClient.Reply saved = c.put(subject + "/visits/IND-C1D1/forms/VS", save(null, vitals, null));
        assertEquals(200, saved.status(), saved.body());
        assertEquals("22.9", saved.json().get("values").get("VS[0].BMI").asText());
        assertEquals("COMPLETE", saved.json().get("status").asText());
        Map<String, Object> typedBmi = new HashMap<>(vitals);
        typedBmi.put("VS[0].BMI", "23");
        refused(c.put(subject + "/visits/IND-C1D1/forms/VS", save(saved.json().get("version").asLong(), typedBmi, null)),
                "VS[0].BMI", "computed");
    }

    /**
     * The QoL questionnaire at screening (NCT07041788's SCR asks for QOL): the answers are stored as coded and the
     * record comes back with its EORTC scores (hand-computed: QL2 (6 + 5) / 2 = 5.5 → 100 × 4.5 / 6 = 75; PF2 all "not
     * at all" → 100; H&N35 pain 1-4 answered 1, 2, 3, 4 → 100 × 1.5 / 3 = 50); an answer outside the question's codes
     * is refused naming the item.
     */
    @Test
    void aQualityOfLifeQuestionnaireIsSavedAndScored() {
        ApiClient c = as("coordinator");
        String subject = subject(c, false);
        Map<String, Object> answers = new HashMap<>(Map.of("QS[0].QSDAT", "2026-01-05", "C30[0].C30Q29", "6",
                "C30[0].C30Q30", "5", "HN[0].HNQ01", "1", "HN[0].HNQ02", "2", "HN[0].HNQ03", "3", "HN[0].HNQ04", "4"));
        for (int i = 1; i <= 5; i++) {
            answers.put("C30[0].C30Q0" + i, "1");
        }
        Map<String, Object> beforeConsent = new HashMap<>(answers);
        beforeConsent.put("QS[0].QSDAT", "2025-12-20"); // the subject consented on 2026-01-01
        refused(c.put(subject + "/visits/SCR/forms/QOL", save(null, beforeConsent, null)), "QS[0].QSDAT", "consent");
        Map<String, Object> wrong = new HashMap<>(answers);
        wrong.put("C30[0].C30Q01", "5");
        refused(c.put(subject + "/visits/SCR/forms/QOL", save(null, wrong, null)), "C30[0].C30Q01", "5");
        ApiClient.Reply saved = c.put(subject + "/visits/SCR/forms/QOL", save(null, answers, null));
        assertEquals(200, saved.status(), saved.body());
        assertEquals("COMPLETE", saved.json().get("status").asText());
        JsonNode c30 = saved.json().get("scores").get("EORTC_QLQ_C30");
        assertEquals(75.0, c30.get("QL2").asDouble(), 1e-9);
        assertEquals(100.0, c30.get("PF2").asDouble(), 1e-9);
        assertTrue(c30.get("EF").isNull(), "no emotional functioning item answered: " + c30);
        assertEquals(50.0, saved.json().get("scores").get("EORTC_QLQ_HN35").get("HNPA").asDouble(), 1e-9);
        JsonNode again = c.get(subject + "/visits/SCR/forms/QOL").json();
        assertEquals(75.0, again.get("scores").get("EORTC_QLQ_C30").get("QL2").asDouble(), 1e-9);
    }

    /**
     * CM version 2 (issue 16): a medication names the subject's AE it treats (CMAENO, {@code reference: ADVERSE_EVENT});
     * the id of another subject's AE or of no AE is refused naming the item path, and nothing is stored.
     */
    @Test
    void aMedicationNamesTheAdverseEventOfTheSubjectItTreats() throws Exception {
        ApiClient c = as("coordinator");
        JsonNode definition = c.get("/api/v1/forms/CM").json();
        assertEquals(2, definition.get("version").asInt());
        assertEquals("ADVERSE_EVENT", item(definition, "CMAENO").get("reference").asText());
        assertEquals("CHOICE", item(definition, "CMCAT").get("type").asText());

        String subject = subject(c, false);
        long subjectId = Long.parseLong(subject.substring(subject.lastIndexOf('/') + 1));
        String other = subject(c, false);
        long otherId = Long.parseLong(other.substring(other.lastIndexOf('/') + 1));
        long ae = DosingFixtures.adverseEventThroughApi(base, STUDY, subjectId, "Neutrophil count decreased", 3,
                "2026-01-10").get("id").asLong();
        long othersAe = DosingFixtures.adverseEventThroughApi(base, STUDY, otherId, "Neutrophil count decreased", 3,
                "2026-01-10").get("id").asLong();

        String form = subject + "/visits/SCR/forms/CM";
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("CMANY[0].CMYN", "Y");
        row.put("CM[0].CMTRT", "Filgrastim");
        row.put("CM[0].CMINDC", "Neutropenia");
        row.put("CM[0].CMCAT", "GCSF");
        row.put("CM[0].CMROUTE", "SUBCUTANEOUS");
        row.put("CM[0].CMSTDAT", "2026-01-11");
        row.put("CM[0].CMONGO", "Y");

        row.put("CM[0].CMAENO", Long.toString(othersAe));
        refused(c.put(form, save(null, row, null)), "CM[0].CMAENO", "is not an adverse event of this subject");
        row.put("CM[0].CMAENO", "999999999");
        refused(c.put(form, save(null, row, null)), "CM[0].CMAENO", "is not an adverse event of this subject");
        assertEquals(0, count("select count(*) from form_record where subject_id = ? and form_oid = 'CM'", subjectId),
                "nothing stored");

        row.put("CM[0].CMAENO", Long.toString(ae));
        ApiClient.Reply saved = c.put(form, save(null, row, null));
        assertEquals(200, saved.status(), saved.body());
        assertEquals("COMPLETE", saved.json().get("status").asText());
        assertEquals(2, saved.json().get("formVersion").asInt());
        assertEquals(Long.toString(ae), saved.json().get("values").get("CM[0].CMAENO").asText());
        assertEquals(Long.toString(ae), stored(saved.json().get("id").asLong(), "CMAENO"));
    }

    @Test
    void aSubjectOfAnotherSiteIsNotFoundAndAMonitorMayNotSave() {
        ApiClient admin = as("admin");
        String elsewhere = subject(admin, false, "FR01");
        ApiClient coordinator = as("coordinator"); // CN01 only
        Map<String, Object> values = Map.of("EG[0].EGDAT", "2026-01-03");
        assertEquals(404, coordinator.put(elsewhere + "/visits/SCR/forms/EG", save(null, values, null)).status());
        assertEquals(404, coordinator.get(elsewhere + "/forms").status());
        assertEquals(404, coordinator.get(elsewhere + "/visits/SCR/forms/EG").status());
        String own = subject(coordinator, false);
        assertEquals(403, as("monitor").put(own + "/visits/SCR/forms/EG", save(null, values, null)).status());
        assertEquals(200, as("monitor").get(own + "/forms").status());
    }

    // ------------------------------------------------------------------------------------------ helpers

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

    private static JsonNode item(JsonNode form, String oid) {
        for (JsonNode g : form.get("groups")) {
            for (JsonNode i : g.get("items")) {
                if (oid.equals(i.get("oid").asText())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no item " + oid + " in " + form);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A 400 naming {@code field} whose message holds {@code words}. */
    private static void refused(ApiClient.Reply r, String field, String words) {
        assertEquals(400, r.status(), r.body());
        JsonNode fields = r.json().get("fields");
        assertTrue(fields != null && fields.has(field), "field " + field + ": " + r.body());
        assertTrue(fields.get(field).asText().contains(words), "'" + words + "' in " + r.body());
    }

    /** The audit rows of a form record: "ACTION field old→new reason", in order. */
    private static List<String> audit(long recordId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(
                "select action, field_name, old_value, new_value, reason from audit_log where entity_type = 'FormRecord'"
                        + " and entity_id = ? order by id")) {
            st.setString(1, Long.toString(recordId));
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + "→" + rs.getString(4) + " "
                        + rs.getString(5));
            }
        }
        return rows;
    }

    private static String stored(long recordId, String item) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(
                "select value_text from form_item_value where form_record_id = ? and item_oid = ?")) {
            st.setLong(1, recordId);
            st.setString(2, item);
            ResultSet rs = st.executeQuery();
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long count(String sql, long id) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement st = db.prepareStatement(sql)) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A form saved complete fulfils its procedure at the visit that asks for it (NCT07041788's screening lists ECOG and
     * QOL): the schedule no longer lists it as missing, the record is attached to the visit on the form's date; a form
     * no longer complete is taken off again.
     */
    @Test
    void aCompleteFormFulfilsItsProcedureAtTheVisitAndAnIncompleteOneDoesNot() throws Exception {
        ApiClient c = as("coordinator");
        String subject = subject(c, true);
        assertTrue(missingAt(c, subject, "SCR").containsAll(List.of("ECOG", "QOL")), missingAt(c, subject, "SCR").toString());

        ApiClient.Reply ec = c.put(subject + "/visits/SCR/forms/EC", save(null,
                Map.of("EC[0].ECDAT", "2026-01-03", "EC[0].ECOG", "1"), null));
        assertEquals(200, ec.status(), ec.body());
        assertEquals("COMPLETE", ec.json().get("status").asText());
        assertFalse(missingAt(c, subject, "SCR").contains("ECOG"), missingAt(c, subject, "SCR").toString());
        assertTrue(missingAt(c, subject, "SCR").contains("QOL"), "the questionnaire is still missing");
        assertEquals(List.of("SCR ECOG 2026-01-03"), attached(ec.json().get("id").asLong()));

        ApiClient.Reply partial = c.put(subject + "/visits/SCR/forms/EC", save(ec.json().get("version").asLong(),
                Map.of("EC[0].ECDAT", "2026-01-03"), "score entered on the wrong subject"));
        assertEquals(200, partial.status(), partial.body());
        assertEquals("IN_PROGRESS", partial.json().get("status").asText());
        assertTrue(missingAt(c, subject, "SCR").contains("ECOG"), "an incomplete form does not count");
        assertEquals(List.of(), attached(ec.json().get("id").asLong()));
    }

    private static List<String> missingAt(ApiClient c, String subject, String visit) {
        ApiClient.Reply schedule = c.get(subject + "/schedule");
        assertEquals(200, schedule.status(), schedule.body());
        for (JsonNode v : schedule.json()) {
            if (visit.equals(v.get("code").asText())) {
                return texts(v.get("missing"));
            }
        }
        throw new AssertionError(visit + " not in " + schedule.body());
    }

    /** The visit attachments of a form record, read with SQL: "visit procedure date". */
    private static List<String> attached(long recordId) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection con = TestDatabase.connect(); PreparedStatement ps = con.prepareStatement("select visit_code,"
                + " procedure_code, record_date from visit_record where record_type = 'FormRecord' and record_id = ?")) {
            ps.setLong(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getDate(3));
                }
            }
        }
        return out;
    }

    private static long id(String subjectPath) {
        return Long.parseLong(subjectPath.substring(subjectPath.lastIndexOf('/') + 1));
    }

    private static String subjectPath(String formPath) {
        return formPath.substring(0, formPath.indexOf("/visits/"));
    }

    private long siteId(String code) {
        for (JsonNode s : as("admin").get("/api/v1/sites").json()) {
            if (code.equals(s.get("code").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new AssertionError(code);
    }

    private String subject(ApiClient client, boolean enrolled) {
        return subject(client, enrolled, "CN01");
    }

    /** A subject with consent on 2026-01-01 (screened 2026-01-02), enrolled on 2026-01-05 if asked; its API path. */
    private String subject(ApiClient client, boolean enrolled, String site) {
        String number = "F" + ThreadLocalRandom.current().nextInt(100000, 999999);
        ApiClient.Reply registered = client.post("/api/v1/studies/" + STUDY + "/subjects", Map.of("siteId", siteId(site),
                "screeningNumber", number, "sex", "F", "birthYear", 1962, "consentDate", "2026-01-01",
                "screenedOn", "2026-01-02"));
        assertEquals(201, registered.status(), registered.body());
        long id = registered.json().get("id").asLong();
        if (enrolled) {
            EligibilityFill.fillEligible(client, STUDY, id);
            ApiClient.Reply enrolment = client.post("/api/v1/studies/" + STUDY + "/subjects/" + id + "/enrolment",
                    Map.of("version", registered.json().get("version").asLong(), "enrolledOn", "2026-01-05"));
            assertEquals(200, enrolment.status(), enrolment.body());
        }
        return "/api/v1/studies/" + STUDY + "/subjects/" + id;
    }
}
