package org.vigia.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.clinical.BodySurfaceAreaFormula;
import org.vigia.study.definition.Administration;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.TreatmentPhase;
import org.vigia.dosing.CycleSchedule.GivenDay;
import org.vigia.dosing.CycleSchedule.Outcome;

/**
 * The dosing rules across cycles, from the shipped study definitions:
 * <ul>
 *   <li>NCT06494995 (config/studies/NCT06494995.yaml lines 117-132 and 143-152): phase TREATMENT starts
 *       {@code anchor: ENROLMENT, minDays: 0, maxDays: 7}, {@code cycleLengthDays: 21}; visit {@code C{n}D1}
 *       {@code windowBeforeDays: 3, windowAfterDays: 3}; capecitabine {@code timesPerDay: 2} (line 60, "500 mg orally
 *       twice daily").</li>
 *   <li>NCT07041788 (config/studies/NCT07041788.yaml lines 142-170): INDUCTION "starts within 7 days after SFRT"
 *       ({@code PHASE_START SFRT, minDays 1, maxDays 7}); CRT "within 2 - 4 weeks after the completion of induction"
 *       ({@code PHASE_END INDUCTION, 14..28}); cisplatin "from day 1 to day 3".</li>
 * </ul>
 */
class CycleScheduleTest {

    private static final LocalDate ENROLLED = LocalDate.of(2026, 9, 28);
    private static final LocalDate C1 = LocalDate.of(2026, 10, 1);

    private static StudyDefinition study(String id) {
        return Definitions.load(id).study();
    }

    private static CycleSchedule metronomic(GivenDay... given) {
        return new CycleSchedule(study("NCT06494995"), "METRONOMIC", ENROLLED, List.of(given));
    }

    @ParameterizedTest(name = "cycle 2 on day {0} after cycle 1: {1}")
    @CsvSource({
            "14, TOO_EARLY",   // "cycles 14 days apart in a 21-day schedule"
            "17, TOO_EARLY",   // 21 − 3 − 1
            "18, ON_TIME",     // 21 − 3: the earliest allowed
            "21, ON_TIME",
            "24, ON_TIME",     // 21 + 3: the latest in the window
            "25, DELAYED",
    })
    void cycleTwoCountsFromCycleOneDayOneWithTheC1D1Window(int days, Outcome expected) {
        CycleSchedule s = metronomic(new GivenDay("TREATMENT", 1, 1, C1));
        CycleSchedule.Verdict v = s.judge("TREATMENT", 2, 1, C1.plusDays(days));
        assertEquals(expected, v.outcome());
        assertEquals(C1.plusDays(21), v.window().target());
        assertEquals(C1.plusDays(18), v.window().earliest());
        assertEquals(C1.plusDays(24), v.window().latest());
        assertEquals(expected == Outcome.TOO_EARLY, v.isDeviation());
        if (expected == Outcome.TOO_EARLY) {
            String english = v.text().english();
            assertTrue(english.contains("2026-10-19") && english.contains("2026-10-01"),
                    "names the earliest allowed date and the previous cycle's day 1: " + english);
        }
        if (expected == Outcome.DELAYED) {
            assertEquals(days - 21, v.daysLate());
        }
    }

    @Test
    void aDelayMovesTheLaterCyclesTargets() {
        // cycle 2 given 7 days late (28 days after cycle 1): cycle 3's target is 21 days after cycle 2's actual day 1
        LocalDate c2 = C1.plusDays(28);
        CycleSchedule s = metronomic(new GivenDay("TREATMENT", 1, 1, C1), new GivenDay("TREATMENT", 2, 1, c2));
        CycleSchedule.Window w3 = s.window("TREATMENT", 3).orElseThrow();
        assertEquals(c2.plusDays(21), w3.target());
        assertEquals(2, w3.previousCycle());
        assertEquals(c2, w3.from());
        // 21 days after cycle 2 minus 4 is too early although it is 45 days after cycle 1
        assertEquals(Outcome.TOO_EARLY, s.judge("TREATMENT", 3, 1, c2.plusDays(17)).outcome());
        assertEquals(Outcome.ON_TIME, s.judge("TREATMENT", 3, 1, c2.plusDays(18)).outcome());
        // a skipped cycle number counts two cycle lengths from the last one given
        assertEquals(c2.plusDays(42), s.window("TREATMENT", 4).orElseThrow().target());
    }

    @Test
    void aCycleAlreadyStartedIsNotJudgedAgainAndAnEarlierDayOneIs() {
        CycleSchedule s = metronomic(new GivenDay("TREATMENT", 1, 1, C1), new GivenDay("TREATMENT", 2, 1, C1.plusDays(21)));
        // capecitabine day 5 of cycle 2, or cadonilimab on cycle 2's day 1: the cycle's start was judged already
        assertEquals(Outcome.ON_TIME, s.judge("TREATMENT", 2, 5, C1.plusDays(25)).outcome());
        assertNull(s.judge("TREATMENT", 2, 1, C1.plusDays(21)).window());
        // but a day 1 moved earlier than the one recorded is judged
        assertEquals(Outcome.TOO_EARLY, s.judge("TREATMENT", 2, 1, C1.plusDays(14)).outcome());
        assertEquals(C1.plusDays(21), s.cycleStart("TREATMENT", 2).orElseThrow());
    }

    @ParameterizedTest(name = "first dose {0} days after enrolment: {1}")
    @CsvSource({"-1, PHASE_OUT_OF_WINDOW", "0, ON_TIME", "7, ON_TIME", "8, PHASE_OUT_OF_WINDOW"})
    void thePhaseStartsWithinSevenDaysOfEnrolment(int days, Outcome expected) {
        CycleSchedule.Verdict v = metronomic().judge("TREATMENT", 1, 1, ENROLLED.plusDays(days));
        assertEquals(expected, v.outcome());
        assertEquals(ENROLLED, v.window().from());
        assertEquals(ENROLLED.plusDays(7), v.window().latest());
        if (v.isDeviation()) {
            assertTrue(v.text().english().contains("2026-10-05"), v.text().english());
        }
    }

    @Test
    void inductionCountsFromTheSfrtFractionAndCrtFromTheEndOfInduction() {
        StudyDefinition hn = study("NCT07041788");
        LocalDate sfrt = LocalDate.of(2026, 9, 12);
        List<GivenDay> given = new ArrayList<>();
        // no SFRT recorded yet: the anchor is unknown and induction is not judged
        assertEquals(Outcome.ON_TIME, new CycleSchedule(hn, "A", ENROLLED, given).judge("INDUCTION", 1, 1, sfrt).outcome());
        given.add(new GivenDay("SFRT", 1, 1, sfrt));
        CycleSchedule s = new CycleSchedule(hn, "A", ENROLLED, given);
        // "Induction therapy starts within 7 days after SFRT": SFRT day + 1 .. + 7
        assertEquals(Outcome.PHASE_OUT_OF_WINDOW, s.judge("INDUCTION", 1, 1, sfrt).outcome());
        assertEquals(Outcome.ON_TIME, s.judge("INDUCTION", 1, 1, sfrt.plusDays(1)).outcome());
        assertEquals(Outcome.ON_TIME, s.judge("INDUCTION", 1, 1, sfrt.plusDays(7)).outcome());
        assertEquals(Outcome.PHASE_OUT_OF_WINDOW, s.judge("INDUCTION", 1, 1, sfrt.plusDays(8)).outcome());

        LocalDate ind1 = sfrt.plusDays(3);
        given.add(new GivenDay("INDUCTION", 1, 1, ind1));
        given.add(new GivenDay("INDUCTION", 2, 1, ind1.plusDays(21)));
        given.add(new GivenDay("INDUCTION", 3, 1, ind1.plusDays(49))); // cycle 3 a week late
        s = new CycleSchedule(hn, "A", ENROLLED, given);
        // completion of induction: cycle 3 day 1 + 21; CRT "within 2 - 4 weeks" of it
        LocalDate end = ind1.plusDays(70);
        assertEquals(end, s.phaseEnd("INDUCTION").orElseThrow());
        assertEquals(Outcome.PHASE_OUT_OF_WINDOW, s.judge("CRT", 1, 1, end.plusDays(13)).outcome());
        assertEquals(Outcome.ON_TIME, s.judge("CRT", 1, 1, end.plusDays(14)).outcome());
        assertEquals(Outcome.ON_TIME, s.judge("CRT", 1, 1, end.plusDays(28)).outcome());
        assertEquals(Outcome.PHASE_OUT_OF_WINDOW, s.judge("CRT", 1, 1, end.plusDays(29)).outcome());
    }

    @Test
    void dayThreeOfCisplatinComesTwoDaysAfterItsDayOne() {
        DosingDefinition hn = Definitions.load("NCT07041788");
        TreatmentPhase induction = hn.study().getArm("A").findPhase("INDUCTION").orElseThrow();
        var agent = hn.study().getAgent("CISPLATIN_INDUCTION");
        Administration adm = AdministrationChecks.administration(induction, agent, entry(1, 1, C1));
        TreatmentAdministration dayOne = line("CISPLATIN_INDUCTION", 1, 1, C1);
        // day 3 with no day 1 recorded
        InvalidInput missing = assertThrows(InvalidInput.class, () -> AdministrationChecks.requireAfterDayOne(adm, agent,
                induction, entry(1, 3, C1.plusDays(2)), List.of()));
        assertTrue(missing.fieldTexts().containsKey("day"), missing.fieldTexts().toString());
        // day 3 before day 1, and on day 1 + 1
        for (LocalDate wrong : List.of(C1.minusDays(1), C1.plusDays(1))) {
            InvalidInput early = assertThrows(InvalidInput.class, () -> AdministrationChecks.requireAfterDayOne(adm, agent,
                    induction, entry(1, 3, wrong), List.of(dayOne)));
            assertTrue(early.fieldTexts().containsKey("on"), early.fieldTexts().toString());
            assertTrue(early.fieldTexts().get("on").english().contains("2026-10-01"), "names day 1's date");
        }
        AdministrationChecks.requireAfterDayOne(adm, agent, induction, entry(1, 3, C1.plusDays(2)), List.of(dayOne));
        // day 1 of the next cycle needs nothing from this one; cycle 2 day 2 is not cycle 1's
        AdministrationChecks.requireAfterDayOne(adm, agent, induction, entry(2, 1, C1.plusDays(21)), List.of(dayOne));
        assertThrows(InvalidInput.class, () -> AdministrationChecks.requireAfterDayOne(adm, agent, induction,
                entry(2, 2, C1.plusDays(22)), List.of(dayOne)));
    }

    @Test
    void capecitabineTwiceDailyPlansTheDailyDose() {
        // NCT06494995 line 55-63: capecitabine 500 mg, timesPerDay 2 → 1000 mg a day; 80 % → 800 mg
        DosingDefinition d = Definitions.load("NCT06494995");
        var capecitabine = d.study().getAgent("CAPECITABINE_METRONOMIC");
        DoseCalculator calculator = new DoseCalculator(BodySurfaceAreaFormula.MOSTELLER, new BigDecimal("10"));
        PlannedDose full = calculator.plannedDose(capecitabine, 21, new BigDecimal("100"), new BodyMeasurements(null, null, null));
        assertEquals(0, new BigDecimal("1000").compareTo(full.plannedDoseMg()), full.toString());
        assertEquals(0, new BigDecimal("1000").compareTo(full.fullDoseMg()), full.toString());
        assertTrue(full.working().contains("500 × 2 a day"), full.working());
        PlannedDose reduced = calculator.plannedDose(capecitabine, 21, new BigDecimal("80"), new BodyMeasurements(null, null, null));
        assertEquals(0, new BigDecimal("800").compareTo(reduced.plannedDoseMg()));
        // once-daily agents are unchanged: cadonilimab 10 mg/kg × 70 kg
        PlannedDose cadonilimab = calculator.plannedDose(d.study().getAgent("CADONILIMAB"), 1, new BigDecimal("100"),
                new BodyMeasurements(null, new BigDecimal("70"), null));
        assertEquals(0, new BigDecimal("700").compareTo(cadonilimab.plannedDoseMg()));
        // 500 mg recorded at "100 %" against the 1000 mg daily plan is a departure (−50 %), no longer silent
        assertFalse(new DoseDeviationRules(new BigDecimal("5")).check(DoseRecommendation.give(capecitabine.id(),
                full.plannedDoseMg()), new AdministeredDose(capecitabine.id(), C1, new BigDecimal("500"), null)).isEmpty());
    }

    private static AdministrationEntry entry(int cycle, int day, LocalDate on) {
        return new AdministrationEntry("CISPLATIN_INDUCTION", "INDUCTION", cycle, day, on,
                TreatmentAdministration.Status.GIVEN, null, null, BigDecimal.TEN, null, null, null, null, null, false,
                null, null, null);
    }

    private static TreatmentAdministration line(String agent, int cycle, int day, LocalDate on) {
        return new TreatmentAdministration(1L, agent, "INDUCTION", cycle, day, on, TreatmentAdministration.Status.GIVEN,
                new BigDecimal("100"), new DoseDecision(org.vigia.study.definition.DoseAction.CONTINUE, null, null,
                List.of(), List.of()), DoseRecommendation.give(agent, BigDecimal.TEN), "test");
    }
}
