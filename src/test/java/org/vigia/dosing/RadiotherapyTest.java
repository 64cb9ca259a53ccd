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

/** NCT07277764: definitive IMRT 2 Gy × 28, 5 days/week; "Early stop if CR at 50 Gy or ulcer occurs per protocol", as the study definition encodes it. */
class RadiotherapyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final DosingDefinition definition = Definitions.load("NCT07277764");
    private final RadiotherapyEventPolicy policy = definition.radiotherapyEventPolicy();

    /** {@code n} fractions of 2 Gy on consecutive weekdays from Monday 2 March 2026. */
    private RadiotherapyDelivery imrtAfter(int n) {
        List<RadiotherapyFraction> fractions = new ArrayList<>();
        LocalDate d = MONDAY;
        while (fractions.size() < n) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                fractions.add(new RadiotherapyFraction(d, new BigDecimal("2")));
            }
            d = d.plusDays(1);
        }
        return new RadiotherapyDelivery(definition.findPrescription("DEFINITIVE_IMRT").orElseThrow(), fractions);
    }

    @Test
    void tracksFractionsAndCumulativeDose() {
        RadiotherapyDelivery course = imrtAfter(25);
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
        RadiotherapyDelivery course = imrtAfter(5); // Mon 2 – Fri 6 March
        course = course.deliver(new RadiotherapyFraction(LocalDate.of(2026, 3, 12), new BigDecimal("2"))); // Thursday
        assertEquals(List.of(new RadiotherapyInterruption(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11), 3)),
                course.interruptions());
        assertEquals(6, course.fractionsDelivered());
    }

    @Test
    void flagsFractionsOffPrescription() {
        RadiotherapyDelivery course = imrtAfter(2).deliver(new RadiotherapyFraction(LocalDate.of(2026, 3, 4), new BigDecimal("1.8")));
        assertEquals(1, course.fractionsOffPrescription().size());
        assertEquals(0, new BigDecimal("5.8").compareTo(course.cumulativeDoseGy()));
    }

    /*
     * The study definition reads the sentence as two rules: CR from 50 Gy (STOP_IF_CR_AT_50GY) and an ulcer at any
     * dose (STOP_IF_ULCER, assumption: true, "the registry gives no dose level for ulcer"). The row "24 fractions,
     * PR, ulcer" therefore stops early: the earlier dosing fragment had read "ulcer" as bound to 50 Gy too.
     */
    @ParameterizedTest(name = "{0} fractions ({0}×2 Gy), response {1}, findings [{2}] → {3} {4}")
    @CsvSource({
            "24, CR, ,      CONTINUE, ''",                  // 48 Gy: below 50 Gy
            "25, CR, ,      STOP_EARLY, STOP_IF_CR_AT_50GY", // 50 Gy and CR
            "25, PR, ,      CONTINUE, ''",
            "25, PR, ULCER, STOP_EARLY, STOP_IF_ULCER",      // 50 Gy and ulcer
            "26, ,   ulcer, STOP_EARLY, STOP_IF_ULCER",      // case-insensitive finding
            "24, PR, ULCER, STOP_EARLY, STOP_IF_ULCER",      // the definition's reading: ulcer at any dose
            "26, CR, ULCER, STOP_EARLY, STOP_IF_CR_AT_50GY STOP_IF_ULCER",
            "28, SD, ,      CONTINUE, ''",
    })
    void stopEarlyIfCompleteResponseAt50GyOrUlcer(int fractions, String response, String finding,
                                                  RadiotherapyRecommendation.Outcome expected, String ruleIds) {
        RadiotherapyObservation observation = RadiotherapyObservation.of(response,
                finding == null ? Set.of() : Set.of(finding));
        RadiotherapyRecommendation recommendation = policy.evaluate(imrtAfter(fractions), observation);
        assertEquals(expected, recommendation.action());
        assertEquals(ruleIds.isBlank() ? List.of() : List.of(ruleIds.split(" ")), recommendation.ruleIds());
    }

    @Test
    void severeRadiationInjurySuspendsDefinitiveImrtOfNct07041788() {
        DosingDefinition hnscc = Definitions.load("NCT07041788");
        RadiotherapyDelivery course = new RadiotherapyDelivery(hnscc.findPrescription("DEFINITIVE_IMRT").orElseThrow(),
                List.of(new RadiotherapyFraction(MONDAY, new BigDecimal("2"))));
        RadiotherapyRecommendation r = hnscc.radiotherapyEventPolicy()
                .evaluate(course, new RadiotherapyObservation(Set.of("severe_radiation_injury")));
        assertEquals(RadiotherapyRecommendation.Outcome.SUSPEND, r.action());
        assertEquals(List.of("SUSPEND_FOR_SEVERE_RADIATION_INJURY"), r.ruleIds());
    }

    @Test
    void ruleIsBoundToItsCourse() {
        RadiotherapyPrescription boost = definition.findPrescription("HD_BOOST").orElseThrow();
        List<RadiotherapyFraction> many = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            many.add(new RadiotherapyFraction(MONDAY.plusDays(i), new BigDecimal("5")));
        }
        RadiotherapyDelivery course = new RadiotherapyDelivery(boost, many); // 55 Gy on the wrong course
        assertEquals(RadiotherapyRecommendation.Outcome.CONTINUE, policy.evaluate(course, RadiotherapyObservation.of("CR", Set.of())).action());
    }
}
