package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigia.terminology.LabTest;

/**
 * Fills a subject's eligibility form through the API with answers that meet every criterion: checklist inclusions
 * "yes", exclusions "no", and each computable criterion at the edge of its threshold as the definition states it
 * (≥ t → t, > t → t+1, ≤ t → t, < t → t−1; ×ULN criteria as value/ULN = 0.5; clearance above its threshold).
 * The lab criteria take their values from lab results, so a screening result of each criterion's test is recorded
 * first (on the screening date) with that value; the age criterion is computed by the server and left blank.
 * {@link #recordStrataData} records the baseline items the NCT07264075 strata are derived from.
 */
final class EligibilityFill {

    private EligibilityFill() {
    }

    static Map<String, Map<String, Object>> eligibleEntries(JsonNode form) {
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        for (JsonNode c : form.get("criteria")) {
            String type = c.get("type").asText();
            Map<String, Object> e = new HashMap<>();
            switch (type) {
                case "CHECKLIST" -> e.put("answer", "INCLUSION".equals(c.get("kind").asText()));
                case "ULN_MULTIPLE" -> {
                    e.put("value", "20");
                    e.put("uln", "40");
                }
                case "CREATININE_CLEARANCE" -> e.put("value", "90");
                default -> {
                    if (c.path("computed").asBoolean()) {
                        continue;
                    }
                    e.put("value", edge(c.get("threshold").asText()));
                }
            }
            entries.put(c.get("id").asText(), e);
        }
        return entries;
    }

    /** A value meeting a threshold text such as "≥ 18 and ≤ 75 years", "≤ 1 ECOG", "< 500 IU/mL". */
    static String edge(String threshold) {
        String[] parts = threshold.split(" ");
        String op = parts[0];
        BigDecimal t = new BigDecimal(parts[1]);
        return switch (op) {
            case ">" -> t.add(BigDecimal.ONE).toPlainString();
            case "<" -> t.subtract(BigDecimal.ONE).toPlainString();
            default -> t.toPlainString();
        };
    }

    /**
     * Records, on {@code collectedOn}, a lab result for every lab criterion whose entry takes a value from one (in
     * the criterion's unit, or the test's canonical unit for a ×ULN value entered with its ULN).
     */
    static void recordScreeningLabs(ApiClient client, String study, long subjectId, JsonNode form,
                                    Map<String, Map<String, Object>> entries, String collectedOn) {
        recordScreeningLabs(client, study, subjectId, form, entries, collectedOn, true);
    }

    /** As above; {@code baseline}: whether the results are flagged baseline (the screening labs usually are). */
    static void recordScreeningLabs(ApiClient client, String study, long subjectId, JsonNode form,
                                    Map<String, Map<String, Object>> entries, String collectedOn, boolean baseline) {
        for (JsonNode c : form.get("criteria")) {
            String code = c.path("labTest").asText(null);
            Map<String, Object> e = entries.get(c.get("id").asText());
            if (code == null || e == null || e.get("value") == null || "CHECKLIST".equals(c.get("type").asText())) {
                continue;
            }
            LabTest test = LabTest.byCode(code).orElse(null);
            if (test == null) {
                continue;
            }
            Object entered = e.get("unit");
            String unit = entered != null && test.accepts(entered.toString()) ? entered.toString()
                    : "ULN_MULTIPLE".equals(c.get("type").asText()) || !test.accepts(c.path("unit").asText(""))
                    ? test.canonicalUnit() : c.get("unit").asText();
            ApiClient.Reply r = client.post("/api/v1/studies/" + study + "/subjects/" + subjectId + "/labs",
                    Map.of("test", test.name(), "collectedOn", collectedOn, "value", e.get("value"), "unit", unit,
                            "baseline", baseline));
            assertEquals(201, r.status(), r.body());
        }
    }

    /**
     * Records the baseline items the NCT07264075 strata come from: the tumour form (primary site, HPV/p16 for
     * oropharynx, PD-L1 CPS) and the ECOG form, assessed on {@code on}.
     */
    static void recordStrataData(ApiClient client, String study, long subjectId, String cps, String primarySite,
                                 String hpvP16, int ecog, String on) {
        String base = "/api/v1/studies/" + study + "/subjects/" + subjectId + "/baseline/";
        Map<String, Object> tumour = new HashMap<>(Map.of("primarySite", primarySite, "pdl1Cps", cps));
        if (hpvP16 != null) {
            tumour.put("hpvP16", hpvP16);
        }
        ApiClient.Reply t = client.put(base + "TUMOUR", Map.of("data", tumour));
        assertEquals(200, t.status(), t.body());
        ApiClient.Reply e = client.put(base + "ECOG", Map.of("data", Map.of("ecog", ecog, "assessedOn", on)));
        assertEquals(200, e.status(), e.body());
    }

    /**
     * Saves an all-eligible form, its lab results collected on the screening date and flagged baseline, and checks it
     * is ELIGIBLE.
     */
    static JsonNode fillEligible(ApiClient client, String study, long subjectId) {
        return fill(client, study, subjectId,
                client.get("/api/v1/studies/" + study + "/subjects/" + subjectId).json().get("screenedOn").asText(), true);
    }

    /**
     * Saves an all-eligible form with its lab results collected on {@code labsOn} (not flagged baseline, so that a
     * test's own baseline results stay the baseline), and checks the outcome is ELIGIBLE.
     */
    static JsonNode fillEligible(ApiClient client, String study, long subjectId, String labsOn) {
        return fill(client, study, subjectId, labsOn, false);
    }

    private static JsonNode fill(ApiClient client, String study, long subjectId, String labsOn, boolean baseline) {
        String path = "/api/v1/studies/" + study + "/subjects/" + subjectId + "/eligibility";
        JsonNode form = client.get(path).json();
        Map<String, Map<String, Object>> entries = eligibleEntries(form);
        recordScreeningLabs(client, study, subjectId, form, entries, labsOn, baseline);
        Map<String, Object> body = new HashMap<>();
        body.put("entries", entries);
        if (form.hasNonNull("version")) {
            body.put("version", form.get("version").asLong());
            body.put("reason", "filled again by the test");
        }
        ApiClient.Reply r = client.put(path, body);
        assertEquals(200, r.status(), r.body());
        assertEquals("ELIGIBLE", r.json().get("outcome").asText(), r.body());
        return r.json();
    }
}
