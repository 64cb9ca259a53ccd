package org.vigia.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Saving a defined form of many items (issue 16: "saving a defined form of 50 items, p95 at 8 clients"): the
 * quality-of-life form {@code QOL} (66 items: the completion date, the 30 questions of the EORTC QLQ-C30 and the 35 of
 * the QLQ-H&N35) at the screening visit of NCT07041788, as the coordinator, each client on its own enrolled subject.
 * Every request changes every answer of its record (the n-th save answers each question with the code after the one
 * before) with the row version the previous save returned and a reason: the server validates the 66 values, checks
 * the version, updates the 65 changed values and writes 65 audit rows (one per item), then answers the record with its
 * scores. The first save of each client creates the record.
 */
public final class FormSaveScenario implements LoadScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "QOL";

    private final AdverseEventSaveScenario subjects = new AdverseEventSaveScenario();
    private final List<String> datePaths = new ArrayList<>();
    /** Item path → its answer codes, in the form's order. */
    private final Map<String, List<String>> answers = new LinkedHashMap<>();
    private AtomicLongArray versions;
    private final LocalDate completedOn = LocalDate.now().minusDays(35);

    @Override
    public String name() {
        return "PUT form QOL, 66 items (with item audit)";
    }

    @Override
    public String description() {
        return "PUT /api/v1/studies/" + AdverseEventSaveScenario.STUDY + "/subjects/{id}/visits/SCR/forms/" + FORM + " as "
                + AdverseEventSaveScenario.USER + ": every one of the 65 answers changed per request (with version and"
                + " reason), each client on its own enrolled subject";
    }

    @Override
    public Optional<String> prepare(VigiaApi api, int maxClients) throws Exception {
        VigiaApi.Reply form = api.get("/api/v1/forms/" + FORM, AdverseEventSaveScenario.USER);
        if (form.status() != 200) {
            return Optional.of("GET /api/v1/forms/" + FORM + " answered " + form.status());
        }
        Map<String, List<String>> codeLists = new HashMap<>();
        for (JsonNode list : form.json().get("codeLists")) {
            List<String> codes = new ArrayList<>();
            list.get("codes").forEach(c -> codes.add(c.get("code").asText()));
            codeLists.put(list.get("oid").asText(), codes);
        }
        for (JsonNode g : form.json().get("groups")) {
            for (JsonNode i : g.get("items")) {
                String path = g.get("oid").asText() + "[0]." + i.get("oid").asText();
                if ("DATE".equals(i.get("type").asText())) {
                    datePaths.add(path);
                } else if (i.hasNonNull("codeList")) {
                    answers.put(path, codeLists.get(i.get("codeList").asText()));
                }
            }
        }
        Optional<String> enrolled = subjects.prepare(api, maxClients);
        if (enrolled.isPresent()) {
            return enrolled;
        }
        versions = new AtomicLongArray(maxClients);
        return Optional.empty();
    }

    /** Items of a save: the date and every answer. */
    int items() {
        return datePaths.size() + answers.size();
    }

    @Override
    public HttpRequest request(VigiaApi api, int client, long n) {
        Map<String, Object> values = new LinkedHashMap<>();
        datePaths.forEach(p -> values.put(p, completedOn.toString()));
        int i = 0;
        for (Map.Entry<String, List<String>> a : answers.entrySet()) {
            List<String> codes = a.getValue();
            values.put(a.getKey(), codes.get((int) ((n + i++) % codes.size())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        long version = versions.get(client);
        if (version > 0) {
            body.put("version", version);
            body.put("reason", "Transcription corrected against the paper questionnaire");
        }
        body.put("values", values);
        long subject = subjects.subjects().get(client % subjects.subjects().size());
        try {
            return api.request("/api/v1/studies/" + AdverseEventSaveScenario.STUDY + "/subjects/" + subject
                            + "/visits/SCR/forms/" + FORM, AdverseEventSaveScenario.USER)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void completed(int client, int status, String body) {
        if (status == 200) {
            try {
                versions.set(client, JSON.readTree(body).get("version").asLong());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
