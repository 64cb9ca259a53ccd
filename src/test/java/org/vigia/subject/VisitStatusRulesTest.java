package org.vigia.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigia.study.AnchorDates;
import org.vigia.study.PlannedVisit;
import org.vigia.study.VisitScheduleCalculator;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.VisitDefinition;

/**
 * Visit statuses. NCT07264075 arm A enrolled 2026-01-05: C2D1 [2026-01-23, 2026-01-29] needs LABS, WEIGHT,
 * DOSING, INFUSION_TIMES (labs and the dosing form; ECOG and ADVERSE_EVENTS do not count); TA1 target 2026-02-16.
 */
class VisitStatusRulesTest {

    private static final StudyDefinition DEF = VisitAttachmentRulesTest.CATALOG.get("NCT07264075");
    private static final List<PlannedVisit> PLAN = new VisitScheduleCalculator(DEF).plan("A",
            AnchorDates.enrolledOn(LocalDate.of(2026, 1, 5)));
    private static final SubjectEndDates.Ends NONE = SubjectEndDates.Ends.NONE;

    private static PlannedVisit visit(String code) {
        return PLAN.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static VisitDefinition definition(PlannedVisit p) {
        return DEF.visits().stream().filter(v -> v.code().equals(p.definitionCode())).findFirst().orElseThrow();
    }

    private static VisitStatus status(String code, VisitStatusRules.Facts facts, SubjectEndDates.Ends ends, String today) {
        PlannedVisit p = visit(code);
        return VisitStatusRules.status(definition(p), p, facts, ends, LocalDate.parse(today));
    }

    private static VisitStatusRules.Facts recorded(String... procedures) {
        Map<String, LocalDate> m = new java.util.HashMap<>();
        for (String p : procedures) {
            m.put(p, LocalDate.of(2026, 1, 26));
        }
        return new VisitStatusRules.Facts(m, null, null);
    }

    @Test
    void nothingRecordedIsNotStartedUpToTheLastDayOfTheWindowAndOverdueTheDayAfter() {
        assertEquals(VisitStatus.NOT_STARTED, status("C2D1", VisitStatusRules.Facts.NONE, NONE, "2026-01-10"));
        assertEquals(VisitStatus.NOT_STARTED, status("C2D1", VisitStatusRules.Facts.NONE, NONE, "2026-01-29"));
        assertEquals(VisitStatus.OVERDUE, status("C2D1", VisitStatusRules.Facts.NONE, NONE, "2026-01-30"));
    }

    @Test
    void labsAloneAreInProgressThenOverdueAndLabsWithTheDoseComplete() {
        assertEquals(VisitStatus.IN_PROGRESS, status("C2D1", recorded("LABS"), NONE, "2026-01-26"));
        assertEquals(VisitStatus.OVERDUE, status("C2D1", recorded("LABS"), NONE, "2026-01-30"));
        assertEquals(VisitStatus.COMPLETE, status("C2D1", recorded("LABS", "DOSING"), NONE, "2026-01-30"));
        assertEquals(List.of("LABS"), VisitStatusRules.missing(visit("C2D1"), recorded("DOSING")));
    }

    @Test
    void aVisitMarkedNotDoneIsNotDone() {
        assertEquals(VisitStatus.NOT_DONE, status("C2D1",
                new VisitStatusRules.Facts(Map.of(), null, "patient hospitalised"), NONE, "2026-03-01"));
    }

    @Test
    void treatmentVisitsAfterDiscontinuationAreNotApplicableButAssessmentsGoOn() {
        SubjectEndDates.Ends stopped = new SubjectEndDates.Ends(Optional.of(LocalDate.of(2026, 1, 27)), Optional.empty());
        assertEquals(VisitStatus.NOT_APPLICABLE, status("C3D1", VisitStatusRules.Facts.NONE, stopped, "2026-03-01"));
        // C2D1 (target 01-26) was due before the discontinuation: it stays overdue
        assertEquals(VisitStatus.OVERDUE, status("C2D1", VisitStatusRules.Facts.NONE, stopped, "2026-03-01"));
        // a cycle visit after the stop that has data keeps its status
        assertEquals(VisitStatus.COMPLETE, status("C3D1", recorded("LABS", "DOSING"), stopped, "2026-03-01"));
        assertEquals(VisitStatus.OVERDUE, status("TA1", VisitStatusRules.Facts.NONE, stopped, "2026-03-01"));
    }

    @Test
    void everyVisitAfterDeathIsNotApplicable() {
        SubjectEndDates.Ends died = new SubjectEndDates.Ends(Optional.empty(), Optional.of(LocalDate.of(2026, 2, 1)));
        assertEquals(VisitStatus.NOT_APPLICABLE, status("TA1", VisitStatusRules.Facts.NONE, died, "2026-03-01"));
        assertEquals(VisitStatus.NOT_APPLICABLE, status("C3D1", VisitStatusRules.Facts.NONE, died, "2026-03-01"));
        assertEquals(VisitStatus.OVERDUE, status("C2D1", VisitStatusRules.Facts.NONE, died, "2026-03-01"));
    }

    @Test
    void theSafetyFollowUpIsCompleteWithAContact() {
        PlannedVisit safety = visit("SAFETY-FU");
        assertEquals(Map.of("ADVERSE_EVENTS", "SURVIVAL_STATUS"), VisitProcedures.required(safety.procedures()));
        VisitStatusRules.Facts contact = new VisitStatusRules.Facts(Map.of("SURVIVAL_STATUS", safety.targetDate()), null, null);
        assertEquals(VisitStatus.COMPLETE, VisitStatusRules.status(definition(safety), safety, contact, NONE, safety.latest().plusDays(1)));
    }

    @Test
    void aVisitWithoutRecordableProceduresIsCompleteWithItsTypedDate() {
        StudyDefinition other = VisitAttachmentRulesTest.CATALOG.get("NCT07041788");
        PlannedVisit sim = new VisitScheduleCalculator(other).plan("A", AnchorDates.enrolledOn(LocalDate.of(2025, 3, 3)))
                .stream().filter(p -> p.code().equals("SIM")).findFirst().orElseThrow();
        VisitDefinition def = other.visits().stream().filter(v -> v.code().equals("SIM")).findFirst().orElseThrow();
        assertEquals(VisitStatus.COMPLETE, VisitStatusRules.status(def, sim,
                new VisitStatusRules.Facts(Map.of(), LocalDate.of(2025, 3, 9), null), NONE, LocalDate.of(2025, 4, 1)));
        assertEquals(VisitStatus.OVERDUE, VisitStatusRules.status(def, sim, VisitStatusRules.Facts.NONE, NONE,
                LocalDate.of(2025, 4, 1)));
    }

    @Test
    void theVisitDateIsTheEarliestOfItsRecordsUnlessTyped() {
        VisitStatusRules.Facts f = new VisitStatusRules.Facts(Map.of("LABS", LocalDate.of(2026, 1, 24),
                "DOSING", LocalDate.of(2026, 1, 26)), null, null);
        assertEquals(Optional.of(LocalDate.of(2026, 1, 24)), f.visitDate());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 25)), new VisitStatusRules.Facts(f.recorded(),
                LocalDate.of(2026, 1, 25), null).visitDate());
    }

    @Test
    void aColumnCombinesItsOccurrences() {
        assertEquals(VisitStatus.OVERDUE, VisitStates.column(List.of(VisitStatus.COMPLETE, VisitStatus.OVERDUE, VisitStatus.NOT_STARTED)));
        assertEquals(VisitStatus.COMPLETE, VisitStates.column(List.of(VisitStatus.COMPLETE, VisitStatus.NOT_DONE, VisitStatus.NOT_APPLICABLE)));
        assertEquals(VisitStatus.IN_PROGRESS, VisitStates.column(List.of(VisitStatus.COMPLETE, VisitStatus.NOT_STARTED)));
        assertEquals(VisitStatus.NOT_APPLICABLE, VisitStates.column(List.of(VisitStatus.NOT_APPLICABLE)));
        assertEquals(VisitStatus.NOT_STARTED, VisitStates.column(List.of(VisitStatus.NOT_STARTED, VisitStatus.NOT_APPLICABLE)));
    }

    @Test
    void statesDateAVisitFromItsRecordsAndFlagOutOfWindow() {
        List<VisitStates.State> states = VisitStates.of(DEF, PLAN, List.of(
                new VisitStates.Attached("C2D1", "LABS", LocalDate.of(2026, 1, 24), false),
                new VisitStates.Attached("C2D1", "DOSING", LocalDate.of(2026, 1, 26), false),
                new VisitStates.Attached("C3D1", "LABS", LocalDate.of(2026, 2, 10), true)), Map.of(), NONE,
                LocalDate.of(2026, 2, 12));
        VisitStates.State c2 = states.stream().filter(s -> s.planned().code().equals("C2D1")).findFirst().orElseThrow();
        VisitStates.State c3 = states.stream().filter(s -> s.planned().code().equals("C3D1")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 1, 24), c2.date());
        assertEquals(VisitStatus.COMPLETE, c2.status());
        assertEquals(true, c2.dateFromData());
        assertEquals(VisitStatus.IN_PROGRESS, c3.status());
        assertEquals(true, c3.outOfWindow());
        assertEquals(List.of("DOSING"), c3.missing());
    }
}
