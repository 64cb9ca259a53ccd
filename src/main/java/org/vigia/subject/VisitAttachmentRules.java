package org.vigia.subject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.study.AnchorDates;
import org.vigia.study.PlannedVisit;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.study.definition.VisitDefinition;

/**
 * Which planned visit a dated record belongs to, and the actual treatment dates the schedule anchors on.
 * <ol>
 *   <li>A visit the user picked, when the subject's plan has it and it lists a procedure the record fulfils
 *       ({@link VisitProcedures}); outside its window the record is kept there and flagged out of window (as a
 *       typed visit date is).</li>
 *   <li>An administration of cycle n of a cycled phase: that phase's per-cycle visit n (a delayed cycle is still
 *       that cycle's visit; the window flag tells it was late).</li>
 *   <li>Otherwise the visit whose window [earliest, latest] holds the date (bounds inside) and that lists a
 *       procedure the record fulfils; of several, the one whose target date is nearest; on a tie the one that has
 *       no record of this procedure yet (a blood draw of several tests on a day two visits share serves both), then
 *       the one with the narrower window (C1D1 rather than screening for a lab on the day of enrolment), then the
 *       earlier.</li>
 *   <li>No such visit: the record is unscheduled (kept without a visit).</li>
 * </ol>
 * Anchors: C1D1 of a phase is its earliest cycle 1 administration or its courses' first radiotherapy fraction;
 * cycle n starts with its earliest administration; the first dose is the earliest administration or fraction; the
 * end of treatment is the recorded discontinuation (the earlier of discontinuation and death).
 */
public final class VisitAttachmentRules {

    private VisitAttachmentRules() {
    }

    /** Where a record goes: the visit code, whether the date is outside that visit's window, and whether picked. */
    public record Match(String visitCode, boolean outOfWindow, boolean picked) {
    }

    /** A treatment record the schedule anchors on: its phase (null when unknown), cycle (null for fractions), date. */
    public record TreatmentDate(String phaseId, Integer cycle, LocalDate date) {
    }

    public static Optional<Match> match(StudyDefinition definition, List<PlannedVisit> plan, VisitRecord r) {
        return match(definition, plan, r, java.util.Set.of());
    }

    /**
     * As {@link #match(StudyDefinition, List, VisitRecord)}; of visits at the same distance, one that does not have
     * a record of this procedure yet ({@code alreadyHave}: visit codes) is preferred, so that one blood draw on a
     * day two visits share (IND-C2D1 and IND-WK3) serves both.
     */
    public static Optional<Match> match(StudyDefinition definition, List<PlannedVisit> plan, VisitRecord r,
                                        java.util.Set<String> alreadyHave) {
        if (r.pickedVisit() != null) {
            Optional<PlannedVisit> picked = plan.stream().filter(p -> p.code().equals(r.pickedVisit())
                    && VisitProcedures.accepts(p.procedures(), r.procedure())).findFirst();
            if (picked.isPresent()) {
                return Optional.of(new Match(picked.get().code(), picked.get().isOutOfWindow(r.date()), true));
            }
        }
        if (r.phaseId() != null && r.cycle() != null) {
            List<String> cycleVisits = definition.visits().stream()
                    .filter(v -> v.perCycle() && r.phaseId().equals(v.phase())).map(VisitDefinition::code).toList();
            Optional<PlannedVisit> ofCycle = plan.stream().filter(p -> cycleVisits.contains(p.definitionCode())
                    && p.occurrence() == r.cycle() && VisitProcedures.accepts(p.procedures(), r.procedure())).findFirst();
            if (ofCycle.isPresent()) {
                return Optional.of(new Match(ofCycle.get().code(), ofCycle.get().isOutOfWindow(r.date()), false));
            }
        }
        PlannedVisit best = null;
        for (PlannedVisit p : plan) {
            if (p.isOutOfWindow(r.date()) || !VisitProcedures.accepts(p.procedures(), r.procedure())) {
                continue;
            }
            if (best == null || distance(p, r.date()) < distance(best, r.date())
                    || distance(p, r.date()) == distance(best, r.date()) && better(p, best, alreadyHave)) {
                best = p;
            }
        }
        return Optional.ofNullable(best).map(p -> new Match(p.code(), false, false));
    }

    private static boolean better(PlannedVisit p, PlannedVisit best, java.util.Set<String> alreadyHave) {
        boolean pLacks = !alreadyHave.contains(p.code());
        boolean bestLacks = !alreadyHave.contains(best.code());
        if (pLacks != bestLacks) {
            return pLacks;
        }
        return width(p) < width(best);
    }

    private static long width(PlannedVisit p) {
        return ChronoUnit.DAYS.between(p.earliest(), p.latest());
    }

    private static long distance(PlannedVisit p, LocalDate date) {
        return Math.abs(ChronoUnit.DAYS.between(p.targetDate(), date));
    }

    /**
     * The visits a record may attach to: all but the treatment visits ({@link VisitStatusRules#isTreatmentVisit})
     * planned after the end of treatment ({@code treatmentStop}: the earlier of discontinuation and death), which
     * will not take place (their status is not applicable). A lab drawn after the discontinuation then belongs to
     * the end-of-treatment or a follow-up visit, or is unscheduled, instead of starting a cycle visit that never
     * comes and leaving it overdue.
     */
    public static List<PlannedVisit> takingPlace(StudyDefinition definition, List<PlannedVisit> plan,
                                                 Optional<LocalDate> treatmentStop) {
        if (treatmentStop.isEmpty()) {
            return plan;
        }
        java.util.Set<String> treatmentVisits = new java.util.HashSet<>();
        definition.visits().stream().filter(VisitStatusRules::isTreatmentVisit).forEach(v -> treatmentVisits.add(v.code()));
        return plan.stream().filter(p -> !(treatmentVisits.contains(p.definitionCode())
                && p.targetDate().isAfter(treatmentStop.get()))).toList();
    }

    /** The phase of the arm that gives a radiotherapy course, if any. */
    public static Optional<String> phaseOfCourse(StudyDefinition definition, String armId, String courseId) {
        if (armId == null || courseId == null) {
            return Optional.empty();
        }
        return definition.getArm(armId).phases().stream().filter(ph -> ph.radiotherapyCourses().contains(courseId))
                .map(TreatmentPhase::id).findFirst();
    }

    /** The subject's anchor dates from enrolment, its treatment records and its end of treatment. */
    public static AnchorDates anchors(StudyDefinition definition, String armId, LocalDate enrolledOn,
                                      List<TreatmentDate> treatment, Optional<LocalDate> endOfTreatment) {
        Arm arm = armId == null ? null : definition.getArm(armId);
        LocalDate first = null;
        Map<String, LocalDate> phaseStarts = new HashMap<>();
        Map<String, Map<Integer, LocalDate>> cycleStarts = new HashMap<>();
        for (TreatmentDate t : treatment) {
            first = min(first, t.date());
            if (t.phaseId() == null || arm == null || arm.findPhase(t.phaseId()).isEmpty()) {
                continue;
            }
            if (t.cycle() == null || t.cycle() == 1) {
                phaseStarts.merge(t.phaseId(), t.date(), VisitAttachmentRules::min);
            }
            if (t.cycle() != null) {
                cycleStarts.computeIfAbsent(t.phaseId(), k -> new HashMap<>()).merge(t.cycle(), t.date(),
                        VisitAttachmentRules::min);
            }
        }
        // built once: the with* copies would copy every cycle map per cycle (a page of the matrix plans 50 subjects)
        return new AnchorDates(enrolledOn, first, phaseStarts, Map.of(), cycleStarts, endOfTreatment.orElse(null));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
