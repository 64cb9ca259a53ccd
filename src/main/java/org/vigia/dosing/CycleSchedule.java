package org.vigia.dosing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.PhaseStart;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.study.definition.VisitDefinition;

/**
 * One subject's treatment time line as the dosing rules read it: when each cycle of each phase actually started (the
 * earliest dose given in the cycle, counted back to its day 1), when each phase started, and from these the window
 * of the next cycle's day 1 and of a phase start.
 * <ul>
 *   <li>Cycle n (n &gt; 1): target = day 1 of the latest earlier cycle given + cycle lengths (a delayed cycle moves
 *       the later ones); window [target − windowBeforeDays, target + windowAfterDays] of the phase's per-cycle day-1
 *       visit ({@code C{n}D1}; no visit: the target itself). Before the window: too early (a protocol deviation
 *       needs a reason); after it: a delay.</li>
 *   <li>Cycle 1: the phase's {@code start} rule, anchor + minDays..maxDays; the anchor is enrolment, or the recorded
 *       start or end of another phase (a phase's end is its start + durationDays, or its last cycle given + the
 *       cycles left). An anchor not recorded yet is not judged.</li>
 * </ul>
 * Example (NCT06494995, {@code cycleLengthDays: 21}, C{n}D1 ±3 days): cycle 1 on 1 Oct; cycle 2 may start from
 * 19 Oct; on 15 Oct it is too early; on 26 Oct it is 4 days late, and cycle 3 is then planned for 16 Nov.
 * <pre>{@code
 * CycleSchedule schedule = new CycleSchedule(definition, "METRONOMIC", enrolledOn, givenDays);
 * CycleSchedule.Verdict v = schedule.judge("TREATMENT", 2, 1, LocalDate.of(2026, 10, 15));
 * }</pre>
 */
public final class CycleSchedule {

    /** A dose given (or a fraction delivered: day 1 of cycle 1) on day {@code day} of cycle {@code cycle}. */
    public record GivenDay(String phaseId, int cycle, int day, LocalDate on) {

        /** Day 1 of the cycle this dose belongs to. */
        public LocalDate cycleStart() {
            return on.minusDays(day - 1L);
        }
    }

    /**
     * Where a cycle's day 1 (or a phase's start) belongs.
     *
     * @param target        the planned date
     * @param earliest      the earliest date allowed
     * @param latest        the latest date in the window, null when open
     * @param previousCycle the earlier cycle the target counts from, or null for a phase start
     * @param from          day 1 of that cycle, or the anchor of the phase start
     */
    public record Window(LocalDate target, LocalDate earliest, LocalDate latest, Integer previousCycle,
                         LocalDate from) {
    }

    /** How a new cycle start compares with its window. */
    public enum Outcome {
        /** Inside the window, or the cycle has already started (judged then), or nothing to count from. */
        ON_TIME,
        /** Day 1 of a later cycle before the earliest date: a protocol deviation. */
        TOO_EARLY,
        /** Day 1 of a later cycle after the window: a delay; later cycles count from it. */
        DELAYED,
        /** A phase starting outside its start window: a protocol deviation. */
        PHASE_OUT_OF_WINDOW
    }

    /** The judgement of one date: the outcome, the window, the days late (DELAYED), the message (deviations). */
    public record Verdict(Outcome outcome, Window window, int daysLate, Text text) {

        static final Verdict ON_TIME = new Verdict(Outcome.ON_TIME, null, 0, null);

        public boolean isDeviation() {
            return outcome == Outcome.TOO_EARLY || outcome == Outcome.PHASE_OUT_OF_WINDOW;
        }
    }

    private final StudyDefinition study;
    private final Arm arm;
    private final LocalDate enrolment;
    private final List<GivenDay> given;

    /**
     * @param enrolment the enrolment date
     * @param given     the doses given and radiotherapy fractions delivered, in any order
     */
    public CycleSchedule(StudyDefinition study, String armId, LocalDate enrolment, List<GivenDay> given) {
        this.study = Objects.requireNonNull(study);
        this.arm = study.getArm(armId);
        this.enrolment = enrolment;
        this.given = List.copyOf(given);
    }

    /** Day 1 of cycle {@code cycle} of the phase, from the doses given in it. */
    public Optional<LocalDate> cycleStart(String phaseId, int cycle) {
        return given.stream().filter(g -> g.phaseId().equals(phaseId) && g.cycle() == cycle)
                .map(GivenDay::cycleStart).min(LocalDate::compareTo);
    }

    /** The phase's first day given. */
    public Optional<LocalDate> phaseStart(String phaseId) {
        return cycleStart(phaseId, 1);
    }

    /** Completion of the phase (the day after its last planned day), once it has started; empty if open-ended. */
    public Optional<LocalDate> phaseEnd(String phaseId) {
        TreatmentPhase phase = arm.findPhase(phaseId).orElse(null);
        Optional<LocalDate> start = phaseStart(phaseId);
        if (phase == null || start.isEmpty()) {
            return Optional.empty();
        }
        if (phase.durationDays() != null) {
            return Optional.of(start.get().plusDays(phase.durationDays()));
        }
        if (phase.isCycled() && phase.cycles() != null) {
            return latestStartBefore(phaseId, phase.cycles() + 1)
                    .map(w -> w.from().plusDays((long) (phase.cycles() + 1 - w.previousCycle()) * phase.cycleLengthDays()));
        }
        return Optional.empty();
    }

    /** The window of day 1 of {@code cycle}; empty when nothing recorded to count from. */
    public Optional<Window> window(String phaseId, int cycle) {
        TreatmentPhase phase = arm.findPhase(phaseId).orElse(null);
        if (phase == null) {
            return Optional.empty();
        }
        if (cycle <= 1 || !phase.isCycled()) {
            return phaseWindow(phase);
        }
        VisitDefinition visit = dayOneVisit(phaseId);
        int before = visit == null ? 0 : visit.windowBeforeDays();
        int after = visit == null ? 0 : visit.windowAfterDays();
        return latestStartBefore(phaseId, cycle).map(w -> {
            LocalDate target = w.from().plusDays((long) (cycle - w.previousCycle()) * phase.cycleLengthDays());
            return new Window(target, target.minusDays(before), target.plusDays(after), w.previousCycle(), w.from());
        });
    }

    /**
     * Judges a dose on {@code day} of {@code cycle} dated {@code on}: only when it would start the cycle (no dose of
     * the cycle given yet, or an earlier day 1 than the one recorded).
     */
    public Verdict judge(String phaseId, int cycle, int day, LocalDate on) {
        LocalDate start = on.minusDays(day - 1L);
        Optional<LocalDate> recorded = cycleStart(phaseId, cycle);
        if (recorded.isPresent() && !start.isBefore(recorded.get())) {
            return Verdict.ON_TIME;
        }
        Optional<Window> window = window(phaseId, cycle);
        if (window.isEmpty()) {
            return Verdict.ON_TIME;
        }
        Window w = window.get();
        TreatmentPhase phase = arm.findPhase(phaseId).orElseThrow();
        if (w.previousCycle() == null) {
            boolean outside = start.isBefore(w.earliest()) || w.latest() != null && start.isAfter(w.latest());
            return outside ? new Verdict(Outcome.PHASE_OUT_OF_WINDOW, w, 0, text("dose.refused.phaseWindow",
                    phase.name(), start, w.earliest(), w.latest() == null ? "—" : w.latest(), w.from()))
                    : new Verdict(Outcome.ON_TIME, w, 0, null);
        }
        if (start.isBefore(w.earliest())) {
            return new Verdict(Outcome.TOO_EARLY, w, 0, text("dose.refused.cycleTooEarly", cycle, phase.name(),
                    start, w.earliest(), w.previousCycle(), w.from(), phase.cycleLengthDays()));
        }
        if (start.isAfter(w.latest())) {
            return new Verdict(Outcome.DELAYED, w, (int) ChronoUnit.DAYS.between(w.target(), start), null);
        }
        return new Verdict(Outcome.ON_TIME, w, 0, null);
    }

    private Optional<Window> phaseWindow(TreatmentPhase phase) {
        PhaseStart rule = phase.start();
        if (rule == null || rule.anchor() == null) {
            return Optional.empty();
        }
        Optional<LocalDate> anchor = switch (rule.anchor()) {
            case ENROLMENT -> Optional.ofNullable(enrolment);
            case PHASE_START -> phaseStart(rule.phase());
            case PHASE_END -> phaseEnd(rule.phase());
            case FIRST_DOSE -> phaseStart(arm.phases().get(0).id());
            case END_OF_TREATMENT -> Optional.empty();
        };
        return anchor.map(a -> new Window(a.plusDays(rule.plannedOffsetDays()), a.plusDays(rule.minDays()),
                rule.maxDays() == null ? null : a.plusDays(rule.maxDays()), null, a));
    }

    /** The latest cycle before {@code cycle} with a dose given, as (cycle, its day 1). */
    private Optional<Window> latestStartBefore(String phaseId, int cycle) {
        for (int m = cycle - 1; m >= 1; m--) {
            Optional<LocalDate> start = cycleStart(phaseId, m);
            if (start.isPresent()) {
                return Optional.of(new Window(null, null, null, m, start.get()));
            }
        }
        return Optional.empty();
    }

    /** The per-cycle visit on day 1 of the phase's cycles ({@code C{n}D1}), if the schedule has one. */
    private VisitDefinition dayOneVisit(String phaseId) {
        return study.visits().stream().filter(v -> v.perCycle() && v.cycleDay() == 1)
                .filter(v -> phaseId.equals(v.phase()) || v.phase() == null && arm.phases().size() == 1)
                .findFirst().orElse(null);
    }

    private static Text text(String key, Object... args) {
        return Text.of(Bundle.DOSING, key, args);
    }
}
