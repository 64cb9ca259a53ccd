package org.vigia.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.vigia.terminology.LabTest;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * AE save through the REST API, with its audit row: {@code POST /api/v1/studies/{registryId}/subjects/{id}/adverse-events}
 * as the site coordinator, each client recording AEs on its own enrolled subject of NCT07041788 at site CN01.
 * <p>
 * Not run while the AE API does not exist: {@link #prepare} registers and enrols the subjects, sends one AE and
 * reports the scenario as not available when that answers 404. When the AE API lands, adapt {@link #body} (and
 * {@link #path}) to its JSON; the rest stays.
 */
public final class AdverseEventSaveScenario implements LoadScenario {

    static final String STUDY = "NCT07041788";
    static final String SITE = "CN01";
    static final String USER = "coordinator";

    /** The terms these trials see most (issue 8), with the grades a cycle typically records. */
    private static final String[] TERMS = {"Neutrophil count decreased", "Mucositis oral", "Dermatitis radiation",
            "Fatigue", "Hypothyroidism", "Pneumonitis", "Nausea", "Anemia"};

    private final List<Long> subjectIds = new ArrayList<>();
    private final LocalDate today = LocalDate.now();

    @Override
    public String name() {
        return "POST adverse event (with audit)";
    }

    @Override
    public String description() {
        return "POST /api/v1/studies/" + STUDY + "/subjects/{id}/adverse-events as " + USER
                + ": one new AE per request (term, grade, onset and end month), each client on its own enrolled subject";
    }

    @Override
    public Optional<String> prepare(VigiaApi api, int maxClients) throws Exception {
        long siteId = siteId(api);
        String prefix = "B" + ThreadLocalRandom.current().nextInt(1000, 10000) + "-";
        for (int i = 0; i < maxClients; i++) {
            Map<String, Object> registration = new LinkedHashMap<>();
            registration.put("siteId", siteId);
            registration.put("screeningNumber", prefix + i);
            registration.put("sex", i % 3 == 0 ? "F" : "M");
            registration.put("birthYear", 1950 + i % 25);
            registration.put("consentDate", today.minusDays(40).toString());
            registration.put("screenedOn", today.minusDays(39).toString());
            VigiaApi.Reply registered = api.post("/api/v1/studies/" + STUDY + "/subjects", USER, registration);
            if (registered.status() != 201) {
                return Optional.of("registering a subject answered " + registered.status() + ": " + registered.body());
            }
            JsonNode subject = registered.json();
            long id = subject.get("id").asLong();
            Optional<String> eligible = fillEligible(api, id);
            if (eligible.isPresent()) {
                return eligible;
            }
            VigiaApi.Reply enrolled = api.post("/api/v1/studies/" + STUDY + "/subjects/" + id + "/enrolment", USER,
                    Map.of("version", subject.get("version").asLong(), "enrolledOn", today.minusDays(30).toString()));
            if (!enrolled.ok()) {
                return Optional.of("enrolling a subject answered " + enrolled.status() + ": " + enrolled.body());
            }
            subjectIds.add(id);
        }
        VigiaApi.Reply probe = api.call(request(api, 0, 0));
        if (probe.status() == 404) {
            return Optional.of("not available yet: POST " + path(subjectIds.get(0)) + " answered 404 (the AE API is not in"
                    + " this build): " + abbreviate(probe.body()));
        }
        if (!succeeded(probe.status())) {
            return Optional.of("POST " + path(subjectIds.get(0)) + " answered " + probe.status() + ": "
                    + abbreviate(probe.body()) + " (adapt AdverseEventSaveScenario.body to the AE API)");
        }
        return Optional.empty();
    }

    /**
     * Saves an eligibility form meeting every criterion (enrolment requires it): its lab criteria take their values
     * from the subject's screening lab results, so one result per lab criterion is recorded first on the screening
     * date with the value entered; the age criterion is computed by the server and left out (as the ITs'
     * {@code EligibilityFill}).
     */
    private Optional<String> fillEligible(VigiaApi api, long subjectId) throws Exception {
        String subject = "/api/v1/studies/" + STUDY + "/subjects/" + subjectId;
        String path = subject + "/eligibility";
        VigiaApi.Reply form = api.get(path, USER);
        Map<String, Object> entries = new LinkedHashMap<>();
        for (JsonNode c : form.json().get("criteria")) {
            Map<String, Object> e = new LinkedHashMap<>();
            switch (c.get("type").asText()) {
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
                    String[] t = c.get("threshold").asText().split(" ");
                    java.math.BigDecimal v = new java.math.BigDecimal(t[1]);
                    e.put("value", (">".equals(t[0]) ? v.add(java.math.BigDecimal.ONE)
                            : "<".equals(t[0]) ? v.subtract(java.math.BigDecimal.ONE) : v).toPlainString());
                }
            }
            entries.put(c.get("id").asText(), e);
            Optional<String> lab = screeningLab(api, subject, c, e);
            if (lab.isPresent()) {
                return lab;
            }
        }
        VigiaApi.Reply saved = api.put(path, USER, Map.of("entries", entries));
        return saved.status() == 200 ? Optional.empty()
                : Optional.of("saving eligibility answered " + saved.status() + ": " + saved.body());
    }

    /** The screening lab result a lab criterion's entered value must match (none for other criteria). */
    private Optional<String> screeningLab(VigiaApi api, String subject, JsonNode criterion, Map<String, Object> entry)
            throws Exception {
        String code = criterion.path("labTest").asText(null);
        Optional<LabTest> test = code == null || entry.get("value") == null ? Optional.empty() : LabTest.byCode(code);
        if (test.isEmpty() || "CHECKLIST".equals(criterion.get("type").asText())) {
            return Optional.empty();
        }
        String unit = "ULN_MULTIPLE".equals(criterion.get("type").asText())
                || !test.get().accepts(criterion.path("unit").asText("")) ? test.get().canonicalUnit()
                : criterion.get("unit").asText();
        VigiaApi.Reply r = api.post(subject + "/labs", USER, Map.of("test", test.get().name(),
                "collectedOn", today.minusDays(39).toString(), "value", entry.get("value"), "unit", unit,
                "baseline", true));
        return r.status() == 201 ? Optional.empty()
                : Optional.of("recording a screening lab answered " + r.status() + ": " + r.body());
    }

    @Override
    public HttpRequest request(VigiaApi api, int client, long n) {
        return api.jsonPost(path(subjectIds.get(client % subjectIds.size())), USER, body(n));
    }

    /** The enrolled subjects {@link #prepare} registered, one per client. */
    List<Long> subjects() {
        return subjectIds;
    }

    static String path(long subjectId) {
        return "/api/v1/studies/" + STUDY + "/subjects/" + subjectId + "/adverse-events";
    }

    /** The AE as the API takes it; the one place to adapt when the AE API's JSON is settled. */
    Map<String, Object> body(long n) {
        Map<String, Object> ae = new LinkedHashMap<>();
        String term = TERMS[(int) (n % TERMS.length)];
        ae.put("term", term);
        ae.put("verbatim", term.toLowerCase() + " (benchmark)");
        ae.put("grade", 1 + (int) (n % 3));
        // an episode within one month, its days unknown: one AE per episode refuses a second AE of a term while one is
        // open, and month-only periods never certainly overlap, so every request records a new AE
        String month = today.minusDays(1 + n % 25).toString().substring(0, 7);
        ae.put("onset", month);
        ae.put("end", month);
        ae.put("ongoing", false);
        ae.put("serious", false);
        ae.put("immuneRelated", "Hypothyroidism".equals(term) || "Pneumonitis".equals(term));
        if ("Hypothyroidism".equals(term)) {
            ae.put("immuneCategory", "THYROID");
        } else if ("Pneumonitis".equals(term)) {
            ae.put("immuneCategory", "PNEUMONITIS");
        }
        return ae;
    }

    private static long siteId(VigiaApi api) throws Exception {
        for (JsonNode s : api.get("/api/v1/sites", USER).json()) {
            if (SITE.equals(s.path("code").asText())) {
                return s.get("id").asLong();
            }
        }
        throw new IllegalStateException("site " + SITE + " not found: the demo data is missing");
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
