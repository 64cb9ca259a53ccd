package org.vigia.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** Saves an eligibility form meeting every criterion (enrolment requires it). */
    private Optional<String> fillEligible(VigiaApi api, long subjectId) throws Exception {
        String path = "/api/v1/studies/" + STUDY + "/subjects/" + subjectId + "/eligibility";
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
                    String[] t = c.get("threshold").asText().split(" ");
                    java.math.BigDecimal v = new java.math.BigDecimal(t[1]);
                    e.put("value", (">".equals(t[0]) ? v.add(java.math.BigDecimal.ONE)
                            : "<".equals(t[0]) ? v.subtract(java.math.BigDecimal.ONE) : v).toPlainString());
                }
            }
            entries.put(c.get("id").asText(), e);
        }
        VigiaApi.Reply saved = api.put(path, USER, Map.of("entries", entries));
        return saved.status() == 200 ? Optional.empty()
                : Optional.of("saving eligibility answered " + saved.status() + ": " + saved.body());
    }

    @Override
    public HttpRequest request(VigiaApi api, int client, long n) {
        return api.jsonPost(path(subjectIds.get(client % subjectIds.size())), USER, body(n));
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
