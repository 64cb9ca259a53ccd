package org.vigia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.AnchorType;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.DoseBasis;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.study.definition.VisitDefinition;

/**
 * The synthetic trial generator fills the four bundled trials (a dozen subjects each) through
 * {@code POST /api/v1/admin/demo-data}, and a data manager's review finds nothing to query: the data-consistency
 * report ({@code GET /api/v1/studies/{registryId}/consistency}) lists none of the generated subjects' records, and
 * the rules the report does not check yet hold too (checked here with SQL): each cycle's day 1 at least a cycle length
 * minus the cycle visit's early window after the previous one, each phase started within its start window, a drug
 * taken several times a day recorded with its daily dose, no radiotherapy fraction after the end of treatment or death,
 * no AE before consent, no lab-based AE proposal left undecided, every SAE reported (most within 24 hours),
 * progression dated on a tumour assessment. The IT database is shared (ConsistencyReportIT writes rule-breaking rows
 * into NCT07041788): only the subjects this test generated are counted.
 */
@ExtendWith(ArquillianExtension.class)
class DemoConsistencyIT {

    private static final int SUBJECTS = 12;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vigia();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theGeneratedTrialsGiveTheDataManagerNothingToQuery() throws Exception {
        ApiClient admin = new ApiClient(base, "admin", Deployments.DEMO_PASSWORD);
        StudyDefinitionCatalog catalog = StudyDefinitionCatalog.loadFromClasspath("studies/");
        long before;
        try (Connection c = TestDatabase.connect()) {
            before = number(c, "select coalesce(max(id), 0) from subject");
        }
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (StudyDefinition def : catalog.definitions()) {
            ApiClient.Reply accepted = admin.post("/api/v1/admin/demo-data",
                    Map.of("study", def.registryId(), "subjects", SUBJECTS));
            assertEquals(202, accepted.status(), accepted.body());
            JsonNode status = admin.get("/api/v1/admin/demo-data").json();
            long deadline = System.currentTimeMillis() + 300_000;
            while (status.get("running").asBoolean() && System.currentTimeMillis() < deadline) {
                Thread.sleep(1000);
                status = admin.get("/api/v1/admin/demo-data").json();
            }
            assertFalse(status.get("running").asBoolean(), def.registryId() + " finished: " + status);
            for (JsonNode s : status.get("studies")) {
                if (def.registryId().equals(s.get("registryId").asText())) {
                    results.put(def.registryId(), s); // the last one of the study is this test's
                }
            }
        }
        StringBuilder refusals = new StringBuilder();
        results.forEach((id, r) -> refusals.append(id).append(": enrolled ").append(r.get("enrolled"))
                .append(", refused ").append(r.get("refusals")).append('\n'));
        System.out.println("DemoConsistencyIT: generator results\n" + refusals);

        List<String> problems = new ArrayList<>();
        try (Connection c = TestDatabase.connect()) {
            for (StudyDefinition def : catalog.definitions()) {
                Map<Long, Subject> mine = subjects(c, def.registryId(), before);
                assertTrue(mine.size() >= SUBJECTS, def.registryId() + " subjects generated: " + mine.size());
                Set<String> labels = mine.values().stream().map(Subject::label).collect(Collectors.toSet());
                ApiClient.Reply report = admin.get("/api/v1/studies/" + def.registryId() + "/consistency");
                assertEquals(200, report.status(), report.body());
                for (JsonNode f : report.json().get("findings")) {
                    if (labels.contains(f.get("subject").asText())) {
                        problems.add(def.registryId() + " consistency report: " + f);
                    }
                }
                problems.addAll(cycleAndPhaseStarts(c, def, mine));
                problems.addAll(dailyDoses(c, def, before));
                // the QoL questionnaires of the studies that ask for them (procedure QOL), dated on their visit's day
                boolean asksQol = def.visits().stream().anyMatch(v -> v.procedures().contains("QOL"));
                String ids = mine.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
                long qol = number(c, "select count(*) from form_record where form_oid = 'QOL' and subject_id in (" + ids + ")");
                if (asksQol != qol > 0) {
                    problems.add(def.registryId() + (asksQol ? " asks for QoL questionnaires and has none"
                            : " asks for no QoL questionnaire and has " + qol));
                }
            }
            String mine = " join subject s on s.id = x.subject_id where s.id > " + before;
            check(problems, c, "radiotherapy fraction after the end of treatment or death",
                    "select x.id, s.id, x.delivered_on from radiotherapy_fraction x" + mine
                            + " and (x.delivered_on > (select min(t.event_date) from treatment_end t where t.subject_id = s.id"
                            + " and t.kind = 'DISCONTINUATION') or x.delivered_on > (select min(f.death_date)"
                            + " from follow_up_contact f where f.subject_id = s.id))");
            check(problems, c, "adverse event before consent",
                    "select x.id, s.id, x.onset from adverse_event x" + mine + " and x.onset < s.consent_date");
            check(problems, c, "lab-based AE proposal still pending (collected before the data date)",
                    "select x.id, s.id, x.collected_on from lab_ae_proposal x" + mine
                            + " and x.status = 'PENDING' and x.collected_on < current_date");
            check(problems, c, "serious adverse event never reported",
                    "select x.id, s.id, x.awareness_at from adverse_event x" + mine
                            + " and x.serious and x.sae_reported_at is null");
            check(problems, c, "progression not dated on a tumour assessment",
                    "select x.id, s.id, x.event_date from disease_event x" + mine + " and x.kind = 'PROGRESSION'"
                            + " and not exists (select 1 from tumour_assessment a where a.subject_id = s.id"
                            + " and a.kind = 'FOLLOW_UP' and a.assessed_on = x.event_date)");
            long serious = number(c, "select count(*) from adverse_event x" + mine + " and x.serious");
            long onTime = number(c, "select count(*) from adverse_event x" + mine + " and x.serious"
                    + " and x.sae_reported_at <= x.awareness_at + interval 24 hour");
            assertTrue(serious > 0, "serious adverse events generated");
            if (onTime < serious * 0.8) {
                problems.add("SAEs reported within 24 hours: " + onTime + " of " + serious);
            }
            long confirmed = number(c, "select count(*) from lab_ae_proposal x" + mine + " and x.status = 'CONFIRMED'");
            long dismissed = number(c, "select count(*) from lab_ae_proposal x" + mine + " and x.status = 'DISMISSED'");
            assertTrue(confirmed > 0 && dismissed > 0, "proposals confirmed " + confirmed + ", dismissed " + dismissed);
            assertTrue(number(c, "select count(*) from adverse_event_grade g join adverse_event x on x.id = g.adverse_event_id"
                    + mine + " group by x.id having count(*) > 1 limit 1") > 1, "grade changes of one AE");
            // a discontinuation for an adverse event has its AE: "drug withdrawn", onset on or before the discontinuation
            String forAe = " from treatment_end x" + mine + " and x.kind = 'DISCONTINUATION' and x.reason = 'ADVERSE_EVENT'";
            long discontinuedForAe = number(c, "select count(distinct s.id)" + forAe);
            long withTheirAe = number(c, "select count(distinct s.id)" + forAe + " and exists (select 1 from adverse_event a"
                    + " join adverse_event_attribution at on at.adverse_event_id = a.id where a.subject_id = s.id"
                    + " and at.action_taken = 'DRUG_WITHDRAWN' and a.onset <= x.event_date)");
            long aeLeadingToDiscontinuation = number(c, "select count(distinct s.id) from adverse_event x"
                    + " join adverse_event_attribution at on at.adverse_event_id = x.id" + mine.replace(" where ", " where at.action_taken = 'DRUG_WITHDRAWN' and "));
            System.out.println("DemoConsistencyIT: discontinued for an AE " + discontinuedForAe + ", with their AE "
                    + withTheirAe + ", subjects with an AE leading to discontinuation " + aeLeadingToDiscontinuation);
            assertEquals(discontinuedForAe, withTheirAe, "subjects discontinued for an AE whose AE says drug withdrawn");
            assertEquals(discontinuedForAe, aeLeadingToDiscontinuation, "AE leading to discontinuation = discontinued for an AE");
        }
        problems.addAll(visitMix(admin, catalog, before));
        // every kind of problem shows, however many rows of one kind there are
        Map<String, List<String>> byKind = new TreeMap<>();
        problems.forEach(p -> byKind.computeIfAbsent(p.replaceAll("[0-9]", "").substring(0, Math.min(60,
                p.replaceAll("[0-9]", "").length())), k -> new ArrayList<>()).add(p));
        StringBuilder listing = new StringBuilder();
        byKind.values().forEach(list -> {
            listing.append(list.size()).append(" ×\n");
            list.stream().limit(25).forEach(p -> listing.append("  ").append(p).append('\n'));
        });
        assertTrue(problems.isEmpty(), problems.size() + " problems in the generated data:\n" + listing + refusals);
    }

    private record Subject(long id, String label, String arm, LocalDate enrolled) {
    }

    /**
     * The subject matrix of the generated enrolled subjects, over their past visits (window closed before today):
     * at most 10 % overdue, and complete + not applicable + not done the majority, in each trial.
     */
    private List<String> visitMix(ApiClient admin, StudyDefinitionCatalog catalog, long before) throws Exception {
        List<String> problems = new ArrayList<>();
        LocalDate today = LocalDate.now();
        StringBuilder mix = new StringBuilder();
        try (Connection c = TestDatabase.connect()) {
            for (StudyDefinition def : catalog.definitions()) {
                Map<String, Integer> counts = new TreeMap<>();
                int past = 0;
                for (Subject s : subjects(c, def.registryId(), before).values()) {
                    if (s.enrolled() == null) {
                        continue;
                    }
                    ApiClient.Reply reply = admin.get("/api/v1/studies/" + def.registryId() + "/subjects/" + s.id() + "/schedule");
                    assertEquals(200, reply.status(), reply.body());
                    for (JsonNode v : reply.json()) {
                        if (!LocalDate.parse(v.get("latest").asText()).isBefore(today)) {
                            continue;
                        }
                        past++;
                        counts.merge(v.get("status").asText(), 1, Integer::sum);
                    }
                }
                int overdue = counts.getOrDefault("OVERDUE", 0);
                int settled = counts.getOrDefault("COMPLETE", 0) + counts.getOrDefault("NOT_APPLICABLE", 0)
                        + counts.getOrDefault("NOT_DONE", 0);
                mix.append(def.registryId()).append(": past visits ").append(past).append(' ').append(counts).append('\n');
                if (overdue * 10 > past) {
                    problems.add(def.registryId() + " subject matrix: " + overdue + " of " + past + " past visits overdue " + counts);
                }
                if (settled * 2 <= past) {
                    problems.add(def.registryId() + " subject matrix: only " + settled + " of " + past
                            + " past visits complete, not applicable or not done " + counts);
                }
            }
        }
        System.out.println("DemoConsistencyIT: subject matrix\n" + mix);
        return problems;
    }

    private static Map<Long, Subject> subjects(Connection c, String registryId, long after) throws Exception {
        Map<Long, Subject> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("select s.id, coalesce(s.subject_number, s.screening_number),"
                + " s.arm_id, s.enrolled_on from subject s join study st on st.id = s.study_id"
                + " where st.registry_id = ? and s.id > ?")) {
            ps.setString(1, registryId);
            ps.setLong(2, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Subject(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()));
                }
            }
        }
        return out;
    }

    /**
     * The cycle and phase windows as the dosing rules read them: a cycle starts on its earliest dose given counted
     * back to its day 1 (a radiotherapy fraction: day 1 of cycle 1 of the phase the course belongs to); cycle n starts
     * at least the cycle length × (n − m) − the C{n}D1 visit's windowBeforeDays after the latest earlier cycle m
     * given; a phase (its cycle 1) starts within its start window counted from its anchor: enrolment, an earlier
     * phase's start, or an earlier phase's end (its start + durationDays, or its latest cycle given + the cycles left).
     */
    private static List<String> cycleAndPhaseStarts(Connection c, StudyDefinition def, Map<Long, Subject> mine)
            throws Exception {
        List<String> problems = new ArrayList<>();
        for (Subject s : mine.values()) {
            if (s.arm() == null || s.enrolled() == null) {
                continue;
            }
            Arm arm = def.getArm(s.arm());
            Map<String, TreeMap<Integer, LocalDate>> cycles = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select phase_id, cycle, cycle_day, administered_on"
                    + " from dose_administration where subject_id = ? and status = 'GIVEN'")) {
                ps.setLong(1, s.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        cycles.computeIfAbsent(rs.getString(1), p -> new TreeMap<>()).merge(rs.getInt(2),
                                rs.getDate(4).toLocalDate().minusDays(rs.getInt(3) - 1L), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select course_id, min(delivered_on) from radiotherapy_fraction"
                    + " where subject_id = ? group by course_id")) {
                ps.setLong(1, s.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String course = rs.getString(1);
                        LocalDate on = rs.getDate(2).toLocalDate();
                        arm.phases().stream().filter(p -> p.radiotherapyCourses().contains(course)).findFirst()
                                .ifPresent(p -> cycles.computeIfAbsent(p.id(), x -> new TreeMap<>())
                                        .merge(1, on, (a, b) -> a.isBefore(b) ? a : b));
                    }
                }
            }
            for (var e : cycles.entrySet()) {
                TreatmentPhase phase = arm.findPhase(e.getKey()).orElseThrow();
                if (!phase.isCycled()) {
                    continue;
                }
                int before = def.visits().stream().filter(v -> v.perCycle() && phase.id().equals(v.phase()))
                        .mapToInt(VisitDefinition::windowBeforeDays).findFirst().orElse(0);
                for (var cycle : e.getValue().entrySet()) {
                    var previous = e.getValue().lowerEntry(cycle.getKey());
                    if (previous == null) {
                        continue;
                    }
                    LocalDate earliest = previous.getValue().plusDays(
                            (long) (cycle.getKey() - previous.getKey()) * phase.cycleLengthDays() - before);
                    if (cycle.getValue().isBefore(earliest)) {
                        problems.add(def.registryId() + " " + s.label() + " " + phase.id() + " cycle " + cycle.getKey()
                                + " started " + cycle.getValue() + ", before " + earliest + " (cycle " + previous.getKey()
                                + " on " + previous.getValue() + ")");
                    }
                }
            }
            for (TreatmentPhase phase : arm.phases()) {
                LocalDate start = cycles.getOrDefault(phase.id(), new TreeMap<>()).get(1);
                if (start == null || phase.start() == null) {
                    continue;
                }
                String other = phase.start().phase();
                LocalDate anchor = switch (phase.start().anchor()) {
                    case PHASE_START -> cycles.getOrDefault(other, new TreeMap<>()).get(1);
                    case PHASE_END -> phaseEnd(arm.findPhase(other).orElseThrow(), cycles.get(other));
                    default -> s.enrolled();
                };
                if (anchor == null) {
                    continue;
                }
                LocalDate earliest = anchor.plusDays(phase.start().minDays());
                LocalDate latest = phase.start().maxDays() == null ? null : anchor.plusDays(phase.start().maxDays());
                if (start.isBefore(earliest) || latest != null && start.isAfter(latest)) {
                    problems.add(def.registryId() + " " + s.label() + " phase " + phase.id() + " started on " + start
                            + ", window " + earliest + ".." + latest + " (" + phase.start().anchor()
                            + (phase.start().anchor() == AnchorType.ENROLMENT ? "" : " " + other) + " " + anchor + ")");
                }
            }
        }
        return problems;
    }

    private static LocalDate phaseEnd(TreatmentPhase phase, TreeMap<Integer, LocalDate> cycles) {
        if (cycles == null || cycles.get(1) == null) {
            return null;
        }
        if (phase.durationDays() != null) {
            return cycles.get(1).plusDays(phase.durationDays());
        }
        if (phase.isCycled() && phase.cycles() != null) {
            var last = cycles.floorEntry(phase.cycles());
            return last.getValue().plusDays((long) (phase.cycles() + 1 - last.getKey()) * phase.cycleLengthDays());
        }
        return null;
    }

    /** An agent taken several times a day is recorded with its daily dose: dose × timesPerDay × the dose level. */
    private static List<String> dailyDoses(Connection c, StudyDefinition def, long before) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Agent agent : def.agents()) {
            if (agent.timesPerDay() == null || agent.timesPerDay() < 2 || agent.doseBasis() != DoseBasis.FLAT_MG) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("select x.id, x.administered_on, x.administered_mg,"
                    + " x.dose_percent from dose_administration x join subject s on s.id = x.subject_id"
                    + " where s.id > ? and x.agent_id = ? and x.status = 'GIVEN'")) {
                ps.setLong(1, before);
                ps.setString(2, agent.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal daily = agent.dose().multiply(BigDecimal.valueOf(agent.timesPerDay()))
                                .multiply(rs.getBigDecimal(4)).movePointLeft(2);
                        if (rs.getBigDecimal(3) == null || rs.getBigDecimal(3).compareTo(daily) != 0) {
                            problems.add(def.registryId() + " " + agent.id() + " administration " + rs.getLong(1) + " on "
                                    + rs.getDate(2) + ": " + rs.getBigDecimal(3) + " mg recorded, daily dose " + daily
                                    + " mg (" + agent.dose() + " mg × " + agent.timesPerDay() + " at "
                                    + rs.getBigDecimal(4) + " %)");
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** Rows of {@code sql} (record id, subject id, date) are problems named {@code what}. */
    private static void check(List<String> problems, Connection c, String what, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                problems.add(what + ": record " + rs.getLong(1) + " of subject " + rs.getLong(2) + " (" + rs.getString(3) + ")");
            }
        }
    }

    private static long number(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
