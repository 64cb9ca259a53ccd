package org.vigia.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.study.AnchorDates;
import org.vigia.study.PlannedVisit;
import org.vigia.study.VisitScheduleCalculator;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;

/**
 * Which visit a record goes to. NCT07264075 arm A: Q3W cycles from enrolment (C1D1 = enrolment, window ±3 days),
 * TA{n} every 42 days from enrolment (±7). Enrolled Monday 2026-01-05: C2D1 target 2026-01-26 [01-23, 01-29].
 */
class VisitAttachmentRulesTest {

    static final StudyDefinitionCatalog CATALOG = StudyDefinitionCatalog.loadFromClasspath("studies/");
    private static final StudyDefinition NCT07264075 = CATALOG.get("NCT07264075");
    private static final StudyDefinition NCT07041788 = CATALOG.get("NCT07041788");
    private static final LocalDate ENROLLED = LocalDate.of(2026, 1, 5);

    private static List<PlannedVisit> plan(List<VisitAttachmentRules.TreatmentDate> treatment) {
        return new VisitScheduleCalculator(NCT07264075).plan("A", VisitAttachmentRules.anchors(NCT07264075, "A",
                ENROLLED, treatment, Optional.empty()));
    }

    private static Optional<VisitAttachmentRules.Match> lab(List<PlannedVisit> plan, LocalDate on, String picked) {
        return VisitAttachmentRules.match(NCT07264075, plan,
                VisitRecord.of("LabResult", 1L, VisitProcedures.LABS, on).picked(picked));
    }

    @ParameterizedTest(name = "lab on {0} → {1}")
    @CsvSource({
            "2026-01-23, C2D1", // first day of the window (target − 3)
            "2026-01-29, C2D1", // last day of the window (target + 3)
            "2026-01-30, ''",   // a day after: no visit with labs holds it
            "2026-01-22, ''",   // a day before
            "2026-01-05, C1D1",
    })
    void aLabGoesToTheVisitWhoseWindowHoldsIt(LocalDate on, String visit) {
        assertEquals(visit.isEmpty() ? Optional.empty() : Optional.of(visit),
                lab(plan(List.of()), on, null).map(VisitAttachmentRules.Match::visitCode));
    }

    @Test
    void aTumourAssessmentDoesNotGoToACycleVisitAndALabNotToAnAssessmentVisit() {
        List<PlannedVisit> plan = plan(List.of());
        // TA1 target 2026-02-16 [02-09, 02-23]; C3D1 target 2026-02-16 [02-13, 02-19]
        assertEquals("TA1", VisitAttachmentRules.match(NCT07264075, plan, VisitRecord.of("TumourAssessment", 2L,
                VisitProcedures.TUMOUR_ASSESSMENT, LocalDate.of(2026, 2, 10))).orElseThrow().visitCode());
        assertEquals(Optional.empty(), lab(plan, LocalDate.of(2026, 2, 10), null));
    }

    @Test
    void aPickedVisitOutsideItsWindowKeepsTheRecordAndFlagsIt() {
        VisitAttachmentRules.Match m = lab(plan(List.of()), LocalDate.of(2026, 1, 20), "C2D1").orElseThrow();
        assertEquals("C2D1", m.visitCode());
        assertTrue(m.outOfWindow());
        assertTrue(m.picked());
    }

    @Test
    void aPickedVisitTheSubjectDoesNotHaveFallsBackToTheWindow() {
        VisitAttachmentRules.Match m = lab(plan(List.of()), LocalDate.of(2026, 1, 27), "C99X").orElseThrow();
        assertEquals("C2D1", m.visitCode());
        assertFalse(m.picked());
        assertFalse(m.outOfWindow());
    }

    @Test
    void afterTheEndOfTreatmentALabDoesNotStartACycleVisitThatWillNotTakePlace() {
        // discontinued on 2026-01-20: C2D1 (target 01-26) will not take place; TA1 (assessments go on) still does
        List<PlannedVisit> plan = VisitAttachmentRules.takingPlace(NCT07264075, plan(List.of()),
                Optional.of(LocalDate.of(2026, 1, 20)));
        assertFalse(plan.stream().anyMatch(p -> p.code().equals("C2D1")), plan.toString());
        assertTrue(plan.stream().anyMatch(p -> p.code().equals("C1D1")));
        assertTrue(plan.stream().anyMatch(p -> p.code().equals("TA1")));
        assertEquals(Optional.empty(), lab(plan, LocalDate.of(2026, 1, 26), null), "unscheduled, not C2D1");
        // without an end of treatment nothing is left out
        assertEquals(plan(List.of()), VisitAttachmentRules.takingPlace(NCT07264075, plan(List.of()), Optional.empty()));
        // a treatment visit on or before the end stays: its target is not after the stop
        assertTrue(VisitAttachmentRules.takingPlace(NCT07264075, plan(List.of()), Optional.of(LocalDate.of(2026, 1, 26)))
                .stream().anyMatch(p -> p.code().equals("C2D1")));
    }

    @Test
    void aDelayedCycleIsStillItsCycleVisitAndMovesTheNextCycle() {
        // cycle 2 given 10 days late (2026-02-05, window ended 01-29)
        List<VisitAttachmentRules.TreatmentDate> given = List.of(
                new VisitAttachmentRules.TreatmentDate("TREATMENT", 1, ENROLLED),
                new VisitAttachmentRules.TreatmentDate("TREATMENT", 2, LocalDate.of(2026, 2, 5)));
        List<PlannedVisit> plan = plan(given);
        VisitAttachmentRules.Match dose = VisitAttachmentRules.match(NCT07264075, plan, VisitRecord.of(
                "TreatmentAdministration", 3L, VisitProcedures.DOSING, LocalDate.of(2026, 2, 5)).cycle("TREATMENT", 2))
                .orElseThrow();
        assertEquals("C2D1", dose.visitCode());
        assertTrue(dose.outOfWindow());
        PlannedVisit c3 = plan.stream().filter(p -> p.code().equals("C3D1")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 26), c3.targetDate()); // 02-05 + 21, not 02-16
        assertEquals("C3D1", lab(plan, LocalDate.of(2026, 2, 24), null).orElseThrow().visitCode());
    }

    @Test
    void overlappingWindowsGoToTheNearestTarget() {
        // NCT07041788: induction from 2025-03-13; IND-WK2 target 03-27 (±1), IND-WK3 and IND-C2D1 both 04-03
        AnchorDates anchors = AnchorDates.enrolledOn(LocalDate.of(2025, 3, 3))
                .withPhaseStart("SFRT", LocalDate.of(2025, 3, 12)).withPhaseStart("INDUCTION", LocalDate.of(2025, 3, 13));
        List<PlannedVisit> plan = new VisitScheduleCalculator(NCT07041788).plan("A", anchors);
        assertEquals("IND-WK2", VisitAttachmentRules.match(NCT07041788, plan, VisitRecord.of("LabResult", 1L,
                VisitProcedures.LABS, LocalDate.of(2025, 3, 28))).orElseThrow().visitCode());
        // 04-03: IND-WK3 and IND-C2D1 share the target; the narrower window first, then the visit without labs yet
        VisitRecord draw = VisitRecord.of("LabResult", 1L, VisitProcedures.LABS, LocalDate.of(2025, 4, 3));
        assertEquals("IND-WK3", VisitAttachmentRules.match(NCT07041788, plan, draw).orElseThrow().visitCode());
        assertEquals("IND-C2D1", VisitAttachmentRules.match(NCT07041788, plan, draw, java.util.Set.of("IND-WK3"))
                .orElseThrow().visitCode());
        // 03-31 is only in IND-C2D1's window [03-31, 04-06]
        assertEquals("IND-C2D1", VisitAttachmentRules.match(NCT07041788, plan, VisitRecord.of("LabResult", 1L,
                VisitProcedures.LABS, LocalDate.of(2025, 3, 31))).orElseThrow().visitCode());
    }

    @Test
    void aFractionStartsThePhaseThatGivesItsCourse() {
        assertEquals(Optional.of("SFRT"), VisitAttachmentRules.phaseOfCourse(NCT07041788, "A", "SFRT"));
        AnchorDates a = VisitAttachmentRules.anchors(NCT07041788, "A", LocalDate.of(2025, 3, 3), List.of(
                new VisitAttachmentRules.TreatmentDate("SFRT", null, LocalDate.of(2025, 3, 12))), Optional.empty());
        assertEquals(LocalDate.of(2025, 3, 12), a.phaseStarts().get("SFRT"));
        assertEquals(LocalDate.of(2025, 3, 12), a.firstDose());
    }
}
