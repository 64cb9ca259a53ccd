package org.vigia.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigia.study.definition.AnchorType;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.PhaseStart;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.study.definition.VisitDefinition;

/**
 * Plans the visits of one subject from the study definition's visit schedule and the subject's anchor dates.
 * <ul>
 *   <li>Recorded dates are used as given; missing phase starts are projected from each phase's {@code start} rule
 *       (anchor + {@code targetDays}, else {@code minDays}); a missing phase end is its start + planned duration
 *       (cycles × cycle length, or {@code durationDays}; {@code maxDurationMonths} for an open-ended phase);
 *       C1D1 is the first phase's start; end of treatment is the last phase's end.</li>
 *   <li>Per-cycle visits: cycle n is planned from the latest recorded earlier cycle start + cycle lengths (a
 *       delayed cycle moves the later ones), else from the phase start. An open-ended phase has cycles while a
 *       cycle starts before phase start + {@code maxDurationMonths}.</li>
 *   <li>Repeated visits: every {@code repeatEveryDays} for {@code repeatCount} visits, or while the target is on
 *       or before anchor + {@code repeatUntilMonths}.</li>
 * </ul>
 * Visits of phases the arm does not have are left out. The result is ordered by target date.
 * <pre>{@code
 * List<PlannedVisit> visits = new VisitScheduleCalculator(definition).plan("A", anchors);
 * boolean late = visits.get(3).isOutOfWindow(LocalDate.of(2025, 5, 23));
 * }</pre>
 */
public final class VisitScheduleCalculator {

    private final StudyDefinition definition;

    public VisitScheduleCalculator(StudyDefinition definition) {
        this.definition = definition;
    }

    /** The planned visits of a subject in {@code armId}. */
    public List<PlannedVisit> plan(String armId, AnchorDates anchors) {
        Arm arm = definition.getArm(armId);
        Resolver resolver = new Resolver(arm, anchors);
        List<PlannedVisit> planned = new ArrayList<>();
        for (VisitDefinition v : definition.visits()) {
            if (v.phase() != null && arm.findPhase(v.phase()).isEmpty()) {
                continue;
            }
            if (v.perCycle()) {
                planCycles(v, arm.findPhase(v.phase()).orElseThrow(), resolver, anchors, planned);
            } else {
                Dated anchor = resolver.anchor(v.anchor(), v.phase());
                LocalDate first = anchor.date.plusMonths(v.offsetMonths()).plusDays(v.offsetDays());
                if (!v.isRepeated()) {
                    planned.add(visit(v, 1, first, anchor.projected, false));
                } else {
                    LocalDate until = v.repeatUntilMonths() == null ? null : anchor.date.plusMonths(v.repeatUntilMonths());
                    for (int k = 1; ; k++) {
                        LocalDate target = first.plusDays((long) (k - 1) * v.repeatEveryDays());
                        if ((v.repeatCount() != null && k > v.repeatCount()) || (until != null && target.isAfter(until))) {
                            break;
                        }
                        planned.add(visit(v, k, target, anchor.projected, true));
                    }
                }
            }
        }
        planned.sort(Comparator.comparing(PlannedVisit::targetDate));
        return planned;
    }

    /** Start of a phase of an arm: recorded, or projected from the definition. */
    public LocalDate phaseStart(String armId, String phaseId, AnchorDates anchors) {
        return new Resolver(definition.getArm(armId), anchors).phaseStart(phaseId).date;
    }

    /** End (completion) of a phase of an arm: recorded, or projected from the definition. */
    public LocalDate phaseEnd(String armId, String phaseId, AnchorDates anchors) {
        return new Resolver(definition.getArm(armId), anchors).phaseEnd(phaseId).date;
    }

    private void planCycles(VisitDefinition v, TreatmentPhase phase, Resolver resolver, AnchorDates anchors,
            List<PlannedVisit> planned) {
        Dated start = resolver.phaseStart(phase.id());
        if (!phase.isCycled()) {
            planned.add(visit(v, 1, start.date.plusDays(v.cycleDay() - 1L), start.projected, true));
            return;
        }
        LocalDate openEndedLimit = phase.cycles() == null ? start.date.plusMonths(phase.maxDurationMonths()) : null;
        for (int n = 1; ; n++) {
            if (phase.cycles() != null && n > phase.cycles()) {
                break;
            }
            LocalDate cycleStart = plannedCycleStart(phase, n, start.date, anchors);
            if (openEndedLimit != null && !cycleStart.isBefore(openEndedLimit)) {
                break;
            }
            planned.add(visit(v, n, cycleStart.plusDays(v.cycleDay() - 1L), start.projected, true));
        }
    }

    private static LocalDate plannedCycleStart(TreatmentPhase phase, int n, LocalDate phaseStart, AnchorDates anchors) {
        for (int m = n - 1; m >= 1; m--) {
            Optional<LocalDate> actual = anchors.cycleStart(phase.id(), m);
            if (actual.isPresent()) {
                return actual.get().plusDays((long) (n - m) * phase.cycleLengthDays());
            }
        }
        return phaseStart.plusDays((long) (n - 1) * phase.cycleLengthDays());
    }

    private static PlannedVisit visit(VisitDefinition v, int n, LocalDate target, boolean projected, boolean numbered) {
        return new PlannedVisit(number(v.code(), n, numbered), number(v.name(), n, false), v.code(), n, target,
                target.minusDays(v.windowBeforeDays()), target.plusDays(v.windowAfterDays()), projected, v.procedures());
    }

    private static String number(String text, int n, boolean appendIfNoPlaceholder) {
        if (text.contains("{n}")) {
            return text.replace("{n}", Integer.toString(n));
        }
        return appendIfNoPlaceholder ? text + "-" + n : text;
    }

    private record Dated(LocalDate date, boolean projected) {
    }

    /** Resolves anchors for one arm: recorded dates first, projections from the definition otherwise. */
    private static final class Resolver {
        private final Arm arm;
        private final AnchorDates anchors;

        Resolver(Arm arm, AnchorDates anchors) {
            this.arm = arm;
            this.anchors = anchors;
        }

        Dated anchor(AnchorType type, String phaseId) {
            return switch (type) {
                case ENROLMENT -> new Dated(anchors.enrolment(), false);
                case FIRST_DOSE -> anchors.firstDose() != null ? new Dated(anchors.firstDose(), false)
                        : phaseStart(arm.phases().get(0).id());
                case PHASE_START -> phaseStart(phaseId);
                case PHASE_END -> phaseEnd(phaseId);
                case END_OF_TREATMENT -> anchors.endOfTreatment() != null ? new Dated(anchors.endOfTreatment(), false)
                        : projected(phaseEnd(arm.phases().get(arm.phases().size() - 1).id()));
            };
        }

        Dated phaseStart(String phaseId) {
            LocalDate recorded = anchors.phaseStarts().get(phaseId);
            if (recorded != null) {
                return new Dated(recorded, false);
            }
            if (phaseId.equals(arm.phases().get(0).id()) && anchors.firstDose() != null) {
                return new Dated(anchors.firstDose(), false);
            }
            TreatmentPhase phase = arm.findPhase(phaseId).orElseThrow(() -> new IllegalArgumentException(
                    "Arm " + arm.id() + " has no phase " + phaseId));
            PhaseStart rule = phase.start();
            if (rule == null) {
                int index = arm.phases().indexOf(phase);
                return index == 0 ? new Dated(anchors.enrolment(), true)
                        : projected(phaseEnd(arm.phases().get(index - 1).id()));
            }
            Dated base = switch (rule.anchor()) {
                case PHASE_START -> phaseStart(rule.phase());
                case PHASE_END -> phaseEnd(rule.phase());
                default -> new Dated(anchors.enrolment(), false);
            };
            return new Dated(base.date.plusDays(rule.plannedOffsetDays()), true);
        }

        Dated phaseEnd(String phaseId) {
            LocalDate recorded = anchors.phaseEnds().get(phaseId);
            if (recorded != null) {
                return new Dated(recorded, false);
            }
            TreatmentPhase phase = arm.findPhase(phaseId).orElseThrow(() -> new IllegalArgumentException(
                    "Arm " + arm.id() + " has no phase " + phaseId));
            Dated start = phaseStart(phaseId);
            if (phase.durationDays() == null && phase.isCycled() && phase.cycles() != null) {
                LocalDate afterLastCycle = plannedCycleStart(phase, phase.cycles() + 1, start.date, anchors);
                return new Dated(afterLastCycle, true);
            }
            Integer days = phase.plannedDurationDays();
            LocalDate end = days != null ? start.date.plusDays(days) : start.date.plusMonths(phase.maxDurationMonths());
            return new Dated(end, true);
        }

        private static Dated projected(Dated d) {
            return new Dated(d.date, true);
        }
    }

    /** The definition this calculator plans from. */
    public StudyDefinition definition() {
        return definition;
    }
}
