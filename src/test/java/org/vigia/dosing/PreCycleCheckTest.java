package org.vigia.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.study.definition.AgentClass;
import org.vigia.study.definition.PreCycleLabCriteria;

/** NCT07041788: "ANC ≥1.5×10⁹/L, PLT ≥90×10⁹/L ... ALT/AST ≤2.5×ULN before initiation" (window 3 days, assumed). */
class PreCycleCheckTest {

    private static final LocalDate CYCLE = LocalDate.of(2026, 3, 10);
    private final PreCycleLabCriteria criteria = Definitions.load("NCT07041788").preCycleLabs();
    private final PreCycleCheck check = new PreCycleCheck();

    private static LabResult lab(String test, String value, String unit, String uln, LocalDate on) {
        return new LabResult(test, new BigDecimal(value), unit, uln == null ? null : new BigDecimal(uln), on);
    }

    /** Normal labs drawn the day before the cycle; ULN 40 U/L for ALT and AST. */
    private static List<LabResult> normalLabs() {
        LocalDate day = CYCLE.minusDays(1);
        return new ArrayList<>(List.of(
                lab("ANC", "3.2", "10^9/L", null, day),
                lab("PLT", "210", "10^9/L", null, day),
                lab("ALT", "30", "U/L", "40", day),
                lab("AST", "28", "U/L", "40", day)));
    }

    private static List<LabResult> replacing(String test, LabResult replacement) {
        List<LabResult> labs = normalLabs();
        labs.removeIf(l -> l.test().equals(test));
        if (replacement != null) {
            labs.add(replacement);
        }
        return labs;
    }

    @Test
    void normalLabsGo() {
        PreCycleResult result = check.evaluate(criteria, normalLabs(), CYCLE);
        assertTrue(result.go());
        assertTrue(result.failures().isEmpty());
    }

    @ParameterizedTest(name = "{0} {1} {2} (ULN {3}) → go {4}")
    @CsvSource({
            "ANC, 1.5,  10^9/L, , true",
            "ANC, 1.49, 10^9/L, , false",
            "ANC, 1500, /mm3,   , true",   // 1500/mm3 = 1.5×10^9/L
            "ANC, 1490, /mm3,   , false",
            "ANC, 1.5,  10^3/µL, , true",
            "PLT, 90,   10^9/L, , true",
            "PLT, 89,   10^9/L, , false",
            "PLT, 90000, /mm3,  , true",
            "ALT, 100,  U/L, 40, true",    // 2.5 × 40
            "ALT, 100.4, U/L, 40, false",  // 2.51 × 40
            "AST, 100,  IU/L, 40, true",
            "AST, 100.4, IU/L, 40, false",
    })
    void thresholdsAtTheirEdges(String test, String value, String unit, String uln, boolean go) {
        List<LabResult> labs = replacing(test, lab(test, value, unit, uln, CYCLE.minusDays(1)));
        PreCycleResult result = check.evaluate(criteria, labs, CYCLE);
        assertEquals(go, result.go());
        if (!go) {
            assertEquals(1, result.failures().size());
            PreCycleFailure failure = result.failures().get(0);
            assertEquals(test, failure.test());
            assertEquals(PreCycleFailure.Reason.NOT_MET, failure.reason());
            assertEquals(0, new BigDecimal(value).compareTo(failure.value()));
        }
    }

    @Test
    void failureCarriesTheThreshold() {
        PreCycleResult result = check.evaluate(criteria,
                replacing("ANC", lab("ANC", "1.4", "10^9/L", null, CYCLE)), CYCLE);
        PreCycleFailure failure = result.failures().get(0);
        assertEquals("≥1.5 10^9/L", failure.threshold());
        assertEquals("10^9/L", failure.unit());
        PreCycleResult alt = check.evaluate(criteria, replacing("ALT", lab("ALT", "120", "U/L", "40", CYCLE)), CYCLE);
        assertEquals("≤2.5×ULN", alt.failures().get(0).threshold());
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({"ANC", "PLT", "ALT", "AST"})
    void missingRequiredLabFails(String test) {
        PreCycleResult result = check.evaluate(criteria, replacing(test, null), CYCLE);
        assertFalse(result.go());
        assertEquals(List.of(new PreCycleFailure(test, null, null, result.failures().get(0).threshold(),
                PreCycleFailure.Reason.MISSING, result.failures().get(0).text())), result.failures());
    }

    @Test
    void missingUlnForTimesUlnCriterionFails() {
        PreCycleResult result = check.evaluate(criteria, replacing("ALT", lab("ALT", "30", "U/L", null, CYCLE)), CYCLE);
        assertFalse(result.go());
        assertEquals(PreCycleFailure.Reason.MISSING, result.failures().get(0).reason());
    }

    @ParameterizedTest(name = "ANC drawn {0} days before the cycle → go {1}")
    @CsvSource({"0, true", "3, true", "4, false", "30, false"})
    void labOlderThanTheWindowFails(int daysBefore, boolean go) {
        PreCycleResult result = check.evaluate(criteria,
                replacing("ANC", lab("ANC", "3.0", "10^9/L", null, CYCLE.minusDays(daysBefore))), CYCLE);
        assertEquals(go, result.go());
        if (!go) {
            assertEquals(PreCycleFailure.Reason.OUT_OF_WINDOW, result.failures().get(0).reason());
        }
    }

    @Test
    void undatedOrFutureLabFails() {
        assertEquals(PreCycleFailure.Reason.OUT_OF_WINDOW, check.evaluate(criteria,
                replacing("PLT", lab("PLT", "200", "10^9/L", null, null)), CYCLE).failures().get(0).reason());
        assertEquals(PreCycleFailure.Reason.OUT_OF_WINDOW, check.evaluate(criteria,
                replacing("PLT", lab("PLT", "200", "10^9/L", null, CYCLE.plusDays(1))), CYCLE).failures().get(0).reason());
    }

    @Test
    void latestResultCounts() {
        List<LabResult> labs = replacing("ANC", lab("ANC", "3.0", "10^9/L", null, CYCLE.minusDays(3)));
        labs.add(lab("ANC", "1.2", "10^9/L", null, CYCLE.minusDays(1)));
        PreCycleResult falling = check.evaluate(criteria, labs, CYCLE);
        assertFalse(falling.go());
        assertEquals(0, new BigDecimal("1.2").compareTo(falling.failures().get(0).value()));

        List<LabResult> recovered = replacing("ANC", lab("ANC", "1.2", "10^9/L", null, CYCLE.minusDays(3)));
        recovered.add(lab("ANC", "1.8", "10^9/L", null, CYCLE));
        assertTrue(check.evaluate(criteria, recovered, CYCLE).go());
    }

    @Test
    void unitThatDoesNotFitFails() {
        PreCycleResult result = check.evaluate(criteria, replacing("PLT", lab("PLT", "200", "g/dL", null, CYCLE)), CYCLE);
        assertEquals(PreCycleFailure.Reason.UNIT_MISMATCH, result.failures().get(0).reason());
    }

    @Test
    void reportsEveryFailure() {
        List<LabResult> labs = List.of(
                lab("ANC", "1.4", "10^9/L", null, CYCLE),
                lab("PLT", "80", "10^9/L", null, CYCLE),
                lab("ALT", "30", "U/L", "40", CYCLE.minusDays(10)));
        PreCycleResult result = check.evaluate(criteria, labs, CYCLE);
        assertFalse(result.go());
        assertEquals(List.of(PreCycleFailure.Reason.NOT_MET, PreCycleFailure.Reason.NOT_MET,
                        PreCycleFailure.Reason.OUT_OF_WINDOW, PreCycleFailure.Reason.MISSING),
                result.failures().stream().map(PreCycleFailure::reason).toList());
        assertEquals(List.of("ANC", "PLT", "ALT", "AST"), result.failures().stream().map(PreCycleFailure::test).toList());
    }

    @Test
    void gatesChemotherapyCyclesOnly() {
        assertTrue(criteria.appliesTo(AgentClass.CHEMOTHERAPY));
        assertFalse(criteria.appliesTo(AgentClass.IMMUNOTHERAPY));
        assertTrue(Definitions.load("NCT07264075").preCycleLabs().appliesTo(AgentClass.IMMUNOTHERAPY));
    }

    @Test
    void otherUnitsConvertForAssumedCriteria() {
        // NCT06494995 (assumed gate): bilirubin ≤1.5×ULN; 1.2 mg/dL with ULN 1.0 mg/dL is 1.2×ULN → passes;
        // creatinine ≤1.5×ULN: 1.6 mg/dL with ULN 1.0 mg/dL fails.
        PreCycleLabCriteria capecitabine = Definitions.load("NCT06494995").preCycleLabs();
        List<LabResult> labs = new ArrayList<>(normalLabs());
        labs.set(1, lab("PLT", "100", "10^9/L", null, CYCLE));
        labs.add(lab("BILI", "1.2", "mg/dL", "1.0", CYCLE));
        labs.add(lab("CREAT", "1.6", "mg/dL", "1.0", CYCLE));
        PreCycleResult result = check.evaluate(capecitabine, labs, CYCLE);
        assertEquals(List.of("CREAT"), result.failures().stream().map(PreCycleFailure::test).toList());
    }
}
