package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills a subject's eligibility form through the API with answers that meet every criterion: checklist inclusions
 * "yes", exclusions "no", and each computable criterion at the edge of its threshold as the definition states it
 * (≥ t → t, > t → t+1, ≤ t → t, < t → t−1; ×ULN criteria as value/ULN = 0.5; clearance above its threshold).
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
                default -> e.put("value", edge(c.get("threshold").asText()));
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

    /** Saves an all-eligible form and checks the outcome is ELIGIBLE. */
    static JsonNode fillEligible(ApiClient client, String study, long subjectId) {
        String path = "/api/v1/studies/" + study + "/subjects/" + subjectId + "/eligibility";
        JsonNode form = client.get(path).json();
        Map<String, Object> body = new HashMap<>();
        body.put("entries", eligibleEntries(form));
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
