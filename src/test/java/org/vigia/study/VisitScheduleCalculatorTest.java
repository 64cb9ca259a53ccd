package org.vigia.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected dates worked by hand from the registry timings (calendar arithmetic in the comments). */
class VisitScheduleCalculatorTest {

    private static final VisitScheduleCalculator NCT07041788 =
            new VisitScheduleCalculator(StudyDefinitions.get("NCT07041788"));
    // enrolled Monday 2025-03-03, SFRT given 2025-03-12
    private static final AnchorDates IPA = AnchorDates.enrolledOn(LocalDate.of(2025, 3, 3))
            .withPhaseStart("SFRT", LocalDate.of(2025, 3, 12));

    @ParameterizedTest(name = "{0}: {1} [{2}, {3}]")
    @CsvSource({
            "SCR,         2025-03-03, 2025-02-03, 2025-03-03", // 28 days before enrolment
            "SIM,         2025-03-10, 2025-03-03, 2025-03-10", // planning CT within 7 days of enrolment
            "SFRT,        2025-03-12, 2025-03-12, 2025-03-12",
            "IND-C1D1,    2025-03-13, 2025-03-10, 2025-03-16", // induction starts the day after SFRT (≤7 days)
            "IND-C2D1,    2025-04-03, 2025-03-31, 2025-04-06", // +21
            "IND-C3D1,    2025-04-24, 2025-04-21, 2025-04-27", // +42
            "EOI,         2025-05-15, 2025-05-08, 2025-05-22", // induction completion = C1D1 + 63
            "CRT-C1D1,    2025-05-29, 2025-05-27, 2025-05-31", // 2 weeks after induction, ±48 h
            "CRT-C2D1,    2025-06-19, 2025-06-17, 2025-06-21",
            "RT-WK1,      2025-05-29, 2025-05-28, 2025-05-30",
            "RT-WK7,      2025-07-10, 2025-07-09, 2025-07-11", // CRT start + 42
            "POST-CRT,    2025-08-10, 2025-08-03, 2025-08-17", // CRT end 2025-07-10 (+42 days) + 1 month
            "MAINT-C1D1,  2025-08-07, 2025-08-04, 2025-08-10", // 4 weeks after CRT end
            "MAINT-C14D1, 2026-05-07, 2026-05-04, 2026-05-10", // + 13 × 21 = 273 days
    })
    void plansNct07041788FromEnrolmentAndTheSfrtDate(String code, LocalDate target, LocalDate earliest,
            LocalDate latest) {
        PlannedVisit v = find(NCT07041788.plan("A", IPA), code);
        assertEquals(target, v.targetDate());
        assertEquals(earliest, v.earliest());
        assertEquals(latest, v.latest());
    }

    @Test
    void nct07041788HasThreeInductionTwoConcurrentAndFourteenMaintenanceCycles() {
        List<PlannedVisit> visits = NCT07041788.plan("A", IPA);
        assertEquals(3, count(visits, "IND-C{n}D1"));
        assertEquals(2, count(visits, "CRT-C{n}D1"));
        assertEquals(14, count(visits, "MAINT-C{n}D1"));
        assertEquals(7, count(visits, "RT-WK{n}"));
        assertTrue(find(visits, "EOI").projected());
        assertFalse(find(visits, "SFRT").projected());
        assertFalse(find(visits, "SCR").projected());
        for (int i = 1; i < visits.size(); i++) {
            assertFalse(visits.get(i).targetDate().isBefore(visits.get(i - 1).targetDate()), "ordered by date");
        }
    }

    @Test
    void aDelayedCycleMovesTheLaterCyclesAndThePhaseEnd() {
        AnchorDates delayed = IPA.withCycleStart("INDUCTION", 2, LocalDate.of(2025, 4, 7)); // 4 days late
        List<PlannedVisit> visits = NCT07041788.plan("A", delayed);
        assertEquals(LocalDate.of(2025, 4, 3), find(visits, "IND-C2D1").targetDate(), "cycle 2 keeps its plan");
        assertEquals(LocalDate.of(2025, 4, 28), find(visits, "IND-C3D1").targetDate()); // 04-07 + 21
        assertEquals(LocalDate.of(2025, 5, 19), find(visits, "EOI").targetDate());      // 04-07 + 42
    }

    @Test
    void recordedPhaseEndAndEndOfTreatmentAreUsedAsGiven() {
        AnchorDates a = IPA.withPhaseEnd("CRT", LocalDate.of(2025, 7, 20)).withEndOfTreatment(LocalDate.of(2026, 6, 1));
        List<PlannedVisit> visits = NCT07041788.plan("A", a);
        assertEquals(LocalDate.of(2025, 8, 20), find(visits, "POST-CRT").targetDate());
        assertFalse(find(visits, "POST-CRT").projected());
        assertEquals(LocalDate.of(2026, 7, 1), find(visits, "SAFETY-FU").targetDate()); // EOT + 30
    }

    @ParameterizedTest(name = "EOI actual {0} out of window: {1}")
    @CsvSource({"2025-05-07, true", "2025-05-08, false", "2025-05-15, false", "2025-05-22, false", "2025-05-23, true"})
    void isOutOfWindowAtTheWindowEdges(LocalDate actual, boolean out) {
        assertEquals(out, find(NCT07041788.plan("A", IPA), "EOI").isOutOfWindow(actual));
    }

    @Test
    void nct07277764PlansTheFiftyGrayReviewAndTheThreeMonthOrrFromTheEndOfRadiotherapy() {
        VisitScheduleCalculator calc = new VisitScheduleCalculator(StudyDefinitions.get("NCT07277764"));
        List<PlannedVisit> visits = calc.plan("A", AnchorDates.enrolledOn(LocalDate.of(2025, 10, 13)));
        assertEquals(LocalDate.of(2025, 11, 3), find(visits, "IND-D22").targetDate());   // D22 = D1 + 21
        assertEquals(LocalDate.of(2025, 11, 9), calc.phaseStart("A", "DEFINITIVE_RT",
                AnchorDates.enrolledOn(LocalDate.of(2025, 10, 13))));                     // ~D28 = D1 + 27
        assertEquals(LocalDate.of(2025, 12, 11), find(visits, "RT-50GY").targetDate());  // 25th fraction, day 33
        PlannedVisit orr = find(visits, "ORR-3M");                                        // RT end 12-17 + 3 months
        assertEquals(LocalDate.of(2026, 3, 17), orr.targetDate());
        assertEquals(LocalDate.of(2026, 3, 3), orr.earliest());
        assertEquals(LocalDate.of(2026, 3, 31), orr.latest());
        // maintenance Q3W from 2025-12-17 for up to 12 months: cycles start before 2026-12-17 -> 18 (last 2026-12-09)
        assertEquals(18, count(visits, "MAINT-C{n}D1"));
        assertEquals(LocalDate.of(2026, 12, 9), find(visits, "MAINT-C18D1").targetDate());
    }

    @Test
    void nct07264075PlansQ3wCyclesForUpTo24MonthsAndSixWeeklyAssessments() {
        VisitScheduleCalculator calc = new VisitScheduleCalculator(StudyDefinitions.get("NCT07264075"));
        for (String arm : List.of("A", "B", "C")) {
            List<PlannedVisit> visits = calc.plan(arm, AnchorDates.enrolledOn(LocalDate.of(2026, 2, 2)));
            // 24 months = 2028-02-02; cycle 35 starts 2028-01-17 (+714 days), cycle 36 would be 2028-02-07
            assertEquals(35, count(visits, "C{n}D1"), arm);
            assertEquals(LocalDate.of(2028, 1, 17), find(visits, "C35D1").targetDate());
            // every 42 days from randomisation until 2028-02-02: 17 × 42 = 714 days -> 2028-01-17
            assertEquals(17, count(visits, "TA{n}"));
            assertEquals(LocalDate.of(2026, 3, 16), find(visits, "TA1").targetDate());
        }
    }

    @Test
    void nct06494995TumourAssessmentsCountFromTheFirstDose() {
        VisitScheduleCalculator calc = new VisitScheduleCalculator(StudyDefinitions.get("NCT06494995"));
        List<PlannedVisit> visits = calc.plan("METRONOMIC", AnchorDates.enrolledOn(LocalDate.of(2024, 8, 1))
                .withFirstDose(LocalDate.of(2024, 8, 5)));
        assertEquals(LocalDate.of(2024, 8, 5), find(visits, "C1D1").targetDate());
        assertEquals(LocalDate.of(2024, 9, 16), find(visits, "TA1").targetDate()); // + 42 days
        assertFalse(find(visits, "TA1").projected());
    }

    private static PlannedVisit find(List<PlannedVisit> visits, String code) {
        return visits.stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no visit " + code + " in "
                        + visits.stream().map(PlannedVisit::code).toList()));
    }

    private static long count(List<PlannedVisit> visits, String definitionCode) {
        return visits.stream().filter(v -> v.definitionCode().equals(definitionCode)).count();
    }
}
