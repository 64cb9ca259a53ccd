package org.vigia.consistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.dosing.CycleSchedule;
import org.vigia.shared.PartialDate;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.StudyDefinition;

/**
 * The rules of the data-consistency report over rows read from the tables ({@link ConsistencyData} reads them), so
 * each rule can be tested without a database. A partial AE date counts only when it breaks the rule whatever its
 * unknown parts are ("2026-03" is after a death on 2026-02-27, not after one on 2026-03-05).
 * <pre>{@code
 * List<ConsistencyFinding> f = ConsistencyChecks.all(subjects, adverseEvents, doses, attributions);
 * }</pre>
 */
public final class ConsistencyChecks {

    /** The agent id of an attribution to radiotherapy; its exposure is the subject's delivered fractions. */
    public static final String RADIOTHERAPY = "RADIOTHERAPY";

    /**
     * A subject: its site, label, death date (earliest recorded), treatment discontinuation date and informed consent
     * date, or null.
     */
    public record SubjectRow(long id, String siteCode, String label, LocalDate death, LocalDate discontinued,
                             LocalDate consent) {

        /** A subject whose consent date does not matter to the rule at hand. */
        public SubjectRow(long id, String siteCode, String label, LocalDate death, LocalDate discontinued) {
            this(id, siteCode, label, death, discontinued, null);
        }
    }

    /** An adverse event with its onset and end as stored (partial ISO dates). */
    public record AeRow(long id, long subjectId, String term, String onset, String end, boolean ongoing) {
    }

    /**
     * A study-drug administration (or a radiotherapy fraction: agent {@link #RADIOTHERAPY}, id null, given).
     */
    public record DoseRow(Long id, long subjectId, String agentId, String phaseId, int cycle, int day, LocalDate on,
                          boolean given) {
    }

    /** A causality judgement of an AE to an agent (causality as stored, e.g. UNRELATED, POSSIBLE). */
    public record AttributionRow(long id, long aeId, String agentId, String agentName, String causality) {
    }

    /**
     * What the schedule rules need of one subject: its study definition version, arm, enrolment date, and the first
     * fraction of each phase given as radiotherapy only (NCT07041788 SFRT), by phase id.
     */
    public record ScheduleSubject(long subjectId, StudyDefinition study, String armId, LocalDate enrolment,
                                  Map<String, LocalDate> radiotherapyPhaseStarts) {
    }

    private ConsistencyChecks() {
    }

    /**
     * Rules 7 and 8: each cycle's first dose given, judged against the doses given before it (by date) as the dosing
     * form judges it ({@link CycleSchedule}): day 1 before the window (CYCLE_TOO_EARLY), or the phase's first dose
     * outside its start window (PHASE_START_OUT_OF_WINDOW); a dose recorded with a schedule deviation
     * ({@code deviated}: its id) is not listed.
     */
    public static List<ConsistencyFinding> schedule(Map<Long, SubjectRow> subjects, Map<Long, ScheduleSubject> schedules,
                                                    List<DoseRow> doses, Set<Long> deviated) {
        Map<Long, List<DoseRow>> bySubject = new LinkedHashMap<>();
        for (DoseRow d : doses) {
            if (d.id() != null && d.given() && d.phaseId() != null) {
                bySubject.computeIfAbsent(d.subjectId(), k -> new ArrayList<>()).add(d);
            }
        }
        List<ConsistencyFinding> out = new ArrayList<>();
        for (Map.Entry<Long, List<DoseRow>> e : bySubject.entrySet()) {
            SubjectRow s = subjects.get(e.getKey());
            ScheduleSubject plan = schedules.get(e.getKey());
            if (s == null || plan == null || plan.armId() == null || plan.study().findArm(plan.armId()).isEmpty()) {
                continue;
            }
            List<DoseRow> rows = new ArrayList<>(e.getValue());
            rows.sort(Comparator.comparing(DoseRow::on).thenComparing(DoseRow::id));
            List<CycleSchedule.GivenDay> before = new ArrayList<>();
            plan.radiotherapyPhaseStarts().forEach((phase, date) -> before.add(new CycleSchedule.GivenDay(phase, 1, 1, date)));
            Set<String> started = new HashSet<>();
            for (DoseRow d : rows) {
                if (started.add(d.phaseId() + "|" + d.cycle()) && !deviated.contains(d.id())) {
                    CycleSchedule.Verdict v = new CycleSchedule(plan.study(), plan.armId(), plan.enrolment(), before)
                            .judge(d.phaseId(), d.cycle(), d.day(), d.on());
                    if (v.outcome() == CycleSchedule.Outcome.TOO_EARLY) {
                        out.add(dose(ConsistencyRule.CYCLE_TOO_EARLY, s, d, Text.of(Bundle.MESSAGES,
                                "consistency.detail.cycleTooEarly", d.agentId(), d.cycle(), v.window().earliest(),
                                v.window().previousCycle(), v.window().from())));
                    } else if (v.outcome() == CycleSchedule.Outcome.PHASE_OUT_OF_WINDOW) {
                        out.add(dose(ConsistencyRule.PHASE_START_OUT_OF_WINDOW, s, d, Text.of(Bundle.MESSAGES,
                                "consistency.detail.phaseStartOutOfWindow", d.phaseId(), v.window().earliest(),
                                v.window().latest() == null ? "—" : v.window().latest(), v.window().from())));
                    }
                }
                before.add(new CycleSchedule.GivenDay(d.phaseId(), d.cycle(), d.day(), d.on()));
            }
        }
        return out;
    }

    /** Every finding of every rule, in rule order. */
    public static List<ConsistencyFinding> all(Map<Long, SubjectRow> subjects, List<AeRow> aes, List<DoseRow> doses,
                                               List<AttributionRow> attributions) {
        List<ConsistencyFinding> out = new ArrayList<>();
        out.addAll(aeAfterDeath(subjects, aes));
        out.addAll(aeOngoingAfterDeath(subjects, aes));
        out.addAll(doseAfterEnd(subjects, doses));
        out.addAll(dayBeforeDayOne(subjects, doses));
        out.addAll(causalityBeforeExposure(subjects, aes, doses, attributions));
        out.addAll(aeOverlap(subjects, aes));
        out.addAll(aeBeforeConsent(subjects, aes));
        return out;
    }

    /** Rule 1: AE onset (certainly) after the subject's death date. */
    public static List<ConsistencyFinding> aeAfterDeath(Map<Long, SubjectRow> subjects, List<AeRow> aes) {
        List<ConsistencyFinding> out = new ArrayList<>();
        for (AeRow ae : aes) {
            SubjectRow s = subjects.get(ae.subjectId());
            PartialDate onset = parse(ae.onset());
            if (s != null && s.death() != null && onset != null && onset.isDefinitelyAfter(s.death())) {
                out.add(ae(ConsistencyRule.AE_AFTER_DEATH, s, ae,
                        Text.of(Bundle.MESSAGES, "consistency.detail.aeAfterDeath", ae.term(), s.death())));
            }
        }
        return out;
    }

    /** Rule 2: AE still ongoing (or without an end date) for a subject who died. */
    public static List<ConsistencyFinding> aeOngoingAfterDeath(Map<Long, SubjectRow> subjects, List<AeRow> aes) {
        List<ConsistencyFinding> out = new ArrayList<>();
        for (AeRow ae : aes) {
            SubjectRow s = subjects.get(ae.subjectId());
            if (s != null && s.death() != null && (ae.ongoing() || blank(ae.end()))) {
                out.add(ae(ConsistencyRule.AE_ONGOING_AFTER_DEATH, s, ae,
                        Text.of(Bundle.MESSAGES, "consistency.detail.aeOngoingAfterDeath", ae.term(), s.death())));
            }
        }
        return out;
    }

    /** Rule 3: an administration given after treatment discontinuation or after death. */
    public static List<ConsistencyFinding> doseAfterEnd(Map<Long, SubjectRow> subjects, List<DoseRow> doses) {
        List<ConsistencyFinding> out = new ArrayList<>();
        for (DoseRow d : doses) {
            SubjectRow s = subjects.get(d.subjectId());
            if (s == null || d.id() == null || !d.given()) {
                continue;
            }
            if (s.death() != null && d.on().isAfter(s.death())) {
                out.add(dose(ConsistencyRule.DOSE_AFTER_END, s, d,
                        Text.of(Bundle.MESSAGES, "consistency.detail.doseAfterDeath", d.agentId(), d.cycle(), d.day(),
                                s.death())));
            } else if (s.discontinued() != null && d.on().isAfter(s.discontinued())) {
                out.add(dose(ConsistencyRule.DOSE_AFTER_END, s, d,
                        Text.of(Bundle.MESSAGES, "consistency.detail.doseAfterDiscontinuation", d.agentId(), d.cycle(),
                                d.day(), s.discontinued())));
            }
        }
        return out;
    }

    /** Rule 4: day N (&gt; 1) given before day 1 of the same cycle (same subject, phase, agent). */
    public static List<ConsistencyFinding> dayBeforeDayOne(Map<Long, SubjectRow> subjects, List<DoseRow> doses) {
        Map<String, LocalDate> dayOne = new HashMap<>();
        for (DoseRow d : doses) {
            if (d.id() != null && d.given() && d.day() == 1) {
                dayOne.merge(cycleKey(d), d.on(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<ConsistencyFinding> out = new ArrayList<>();
        for (DoseRow d : doses) {
            LocalDate first = dayOne.get(cycleKey(d));
            SubjectRow s = subjects.get(d.subjectId());
            if (s != null && d.id() != null && d.given() && d.day() > 1 && first != null && d.on().isBefore(first)) {
                out.add(dose(ConsistencyRule.DAY_BEFORE_DAY_ONE, s, d,
                        Text.of(Bundle.MESSAGES, "consistency.detail.dayBeforeDayOne", d.agentId(), d.cycle(), d.day(),
                                first)));
            }
        }
        return out;
    }

    /** Rule 5: causality other than unrelated to an agent not given on or before the AE onset. */
    public static List<ConsistencyFinding> causalityBeforeExposure(Map<Long, SubjectRow> subjects, List<AeRow> aes,
                                                                   List<DoseRow> doses,
                                                                   List<AttributionRow> attributions) {
        Map<String, LocalDate> firstGiven = new HashMap<>();
        for (DoseRow d : doses) {
            if (d.given()) {
                firstGiven.merge(d.subjectId() + "|" + d.agentId(), d.on(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<Long, AeRow> byId = new HashMap<>();
        aes.forEach(ae -> byId.put(ae.id(), ae));
        List<ConsistencyFinding> out = new ArrayList<>();
        for (AttributionRow a : attributions) {
            AeRow ae = byId.get(a.aeId());
            if (ae == null || a.causality() == null || "UNRELATED".equalsIgnoreCase(a.causality())) {
                continue;
            }
            SubjectRow s = subjects.get(ae.subjectId());
            PartialDate onset = parse(ae.onset());
            LocalDate first = firstGiven.get(ae.subjectId() + "|" + a.agentId());
            if (s != null && onset != null && (first == null || onset.isDefinitelyBefore(first))) {
                Text detail = first == null
                        ? Text.of(Bundle.MESSAGES, "consistency.detail.causalityNeverGiven", ae.term(), a.agentName())
                        : Text.of(Bundle.MESSAGES, "consistency.detail.causalityBeforeFirst", ae.term(), a.agentName(),
                                first);
                out.add(new ConsistencyFinding(ConsistencyRule.CAUSALITY_BEFORE_EXPOSURE, s.siteCode(), s.label(),
                        "AdverseEventAttribution", a.id(), ae.onset(), detail));
            }
        }
        return out;
    }

    /** Rule 6: two AEs of the same term of one subject whose periods overlap; the later one is listed. */
    public static List<ConsistencyFinding> aeOverlap(Map<Long, SubjectRow> subjects, List<AeRow> aes) {
        Map<String, List<AeRow>> groups = new LinkedHashMap<>();
        for (AeRow ae : aes) {
            if (parse(ae.onset()) != null) {
                groups.computeIfAbsent(ae.subjectId() + "|" + ae.term(), k -> new ArrayList<>()).add(ae);
            }
        }
        List<ConsistencyFinding> out = new ArrayList<>();
        for (List<AeRow> group : groups.values()) {
            group.sort(Comparator.comparing((AeRow ae) -> parse(ae.onset()).earliest()).thenComparing(AeRow::id));
            for (int j = 1; j < group.size(); j++) {
                AeRow later = group.get(j);
                for (int i = 0; i < j; i++) {
                    AeRow earlier = group.get(i);
                    if (overlap(earlier, later)) {
                        SubjectRow s = subjects.get(later.subjectId());
                        if (s != null) {
                            out.add(ae(ConsistencyRule.AE_OVERLAP, s, later,
                                    Text.of(Bundle.MESSAGES, "consistency.detail.aeOverlap", later.term(), earlier.id(),
                                            earlier.onset(), blank(earlier.end())
                                                    ? Text.of(Bundle.MESSAGES, "consistency.ongoing") : earlier.end())));
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Rule 7: AE onset (certainly) before the subject's informed consent. */
    public static List<ConsistencyFinding> aeBeforeConsent(Map<Long, SubjectRow> subjects, List<AeRow> aes) {
        List<ConsistencyFinding> out = new ArrayList<>();
        for (AeRow ae : aes) {
            SubjectRow s = subjects.get(ae.subjectId());
            PartialDate onset = parse(ae.onset());
            if (s != null && s.consent() != null && onset != null && onset.isDefinitelyBefore(s.consent())) {
                out.add(ae(ConsistencyRule.AE_BEFORE_CONSENT, s, ae,
                        Text.of(Bundle.MESSAGES, "consistency.detail.aeBeforeConsent", ae.term(), s.consent())));
            }
        }
        return out;
    }

    /** True when the two periods certainly share a day (an open end is ongoing: no end). */
    static boolean overlap(AeRow a, AeRow b) {
        LocalDate aStart = parse(a.onset()).latest();
        LocalDate bStart = parse(b.onset()).latest();
        LocalDate aEnd = endEarliest(a);
        LocalDate bEnd = endEarliest(b);
        return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
    }

    private static LocalDate endEarliest(AeRow ae) {
        PartialDate end = blank(ae.end()) ? null : parse(ae.end());
        return end == null ? LocalDate.MAX : end.earliest();
    }

    private static String cycleKey(DoseRow d) {
        return d.subjectId() + "|" + d.phaseId() + "|" + d.agentId() + "|" + d.cycle();
    }

    private static ConsistencyFinding ae(ConsistencyRule rule, SubjectRow s, AeRow ae, Text detail) {
        return new ConsistencyFinding(rule, s.siteCode(), s.label(), "AdverseEvent", ae.id(), ae.onset(), detail);
    }

    private static ConsistencyFinding dose(ConsistencyRule rule, SubjectRow s, DoseRow d, Text detail) {
        return new ConsistencyFinding(rule, s.siteCode(), s.label(), "DoseAdministration", d.id(), d.on().toString(),
                detail);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static PartialDate parse(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
