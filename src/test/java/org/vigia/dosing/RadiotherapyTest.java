package org.vigia.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NCT07277764: definitive IMRT 2 Gy × 28, 5 days/week; "Early stop if CR at 50 Gy or ulcer occurs per protocol". */
class RadiotherapyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final DosingDefinition definition = Definitions.load("NCT07277764");
    private final RadiotherapyEventPolicy policy = new RadiotherapyEventPolicy(definition.radiotherapyEventRules());

    /** {@code n} fractions of 2 Gy on consecutive weekdays from Monday 2 March 2026. */
    private RadiotherapyCourse imrtAfter(int n) {
        List<RadiotherapyFraction> fractions = new ArrayList<>();
        LocalDate d = MONDAY;
        while (fractions.size() < n) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                fractions.add(new RadiotherapyFraction(d, new BigDecimal("2")));
            }
            d = d.plusDays(1);
        }
        return new RadiotherapyCourse(definition.findRadiotherapyCourse("IMRT").orElseThrow(), fractions);
    }

    @Test
    void tracksFractionsAndCumulativeDose() {
        RadiotherapyCourse course = imrtAfter(25);
        assertEquals(25, course.fractionsDelivered());
        assertEquals(3, course.fractionsRemaining());
        assertEquals(0, new BigDecimal("50").compareTo(course.cumulativeDoseGy()));
        assertEquals(0, new BigDecimal("6").compareTo(course.remainingDoseGy()));
        assertEquals(0, new BigDecimal("89.3").compareTo(course.percentOfPrescription())); // 50/56 = 89.29 %
        assertFalse(course.complete());
        assertTrue(imrtAfter(28).complete());
        assertTrue(course.interruptions().isEmpty());
        assertEquals(33, course.overallTreatmentDays()); // Mon 2 Mar → Fri 3 Apr 2026
    }

    @Test
    void findsInterruptionsOnWorkingDays() {
        RadiotherapyCourse course = imrtAfter(5); // Mon 2 – Fri 6 March
        course = course.deliver(new RadiotherapyFraction(LocalDate.of(2026, 3, 12), new BigDecimal("2"))); // Thursday
        assertEquals(List.of(new RadiotherapyInterruption(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11), 3)),
                course.interruptions());
        assertEquals(6, course.fractionsDelivered());
    }

    @Test
    void flagsFractionsOffPrescription() {
        RadiotherapyCourse course = imrtAfter(2).deliver(new RadiotherapyFraction(LocalDate.of(2026, 3, 4), new BigDecimal("1.8")));
        assertEquals(1, course.fractionsOffPrescription().size());
        assertEquals(0, new BigDecimal("5.8").compareTo(course.cumulativeDoseGy()));
    }

    @ParameterizedTest(name = "{0} fractions ({0}×2 Gy), response {1}, findings [{2}] → {3}")
    @CsvSource({
            "24, CR, ,      CONTINUE",    // 48 Gy: below 50 Gy
            "25, CR, ,      STOP_EARLY",  // 50 Gy and CR
            "25, PR, ,      CONTINUE",
            "25, PR, ULCER, STOP_EARLY",  // 50 Gy and ulcer
            "26, ,   ulcer, STOP_EARLY",  // case-insensitive finding
            "24, PR, ULCER, CONTINUE",    // the reading given: the rule applies from 50 Gy
            "28, SD, ,      CONTINUE",
    })
    void stopEarlyIfCompleteResponseOrUlcerAt50Gy(int fractions, String response, String finding, RadiotherapyAction expected) {
        RadiotherapyObservation observation = new RadiotherapyObservation(response,
                finding == null ? Set.of() : Set.of(finding));
        RadiotherapyRecommendation recommendation = policy.evaluate(imrtAfter(fractions), observation);
        assertEquals(expected, recommendation.action());
        assertEquals(expected == RadiotherapyAction.STOP_EARLY ? List.of("stop-early-CR-or-ulcer-at-50-Gy") : List.of(),
                recommendation.ruleIds());
    }

    @Test
    void ruleIsBoundToItsCourse() {
        RadiotherapyPrescription boost = definition.findRadiotherapyCourse("HDRT boost").orElseThrow();
        List<RadiotherapyFraction> many = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            many.add(new RadiotherapyFraction(MONDAY.plusDays(i), new BigDecimal("5")));
        }
        RadiotherapyCourse course = new RadiotherapyCourse(boost, many); // 55 Gy on the wrong course
        assertEquals(RadiotherapyAction.CONTINUE, policy.evaluate(course, new RadiotherapyObservation("CR", Set.of())).action());
    }
}
