package org.vigia.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.shared.clinical.BodySurfaceArea;
import org.vigia.shared.clinical.BodySurfaceAreaFormula;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.DoseBasis;

class DoseCalculatorTest {

    private static final BigDecimal FULL = new BigDecimal("100");
    private final DoseCalculator calculator = new DoseCalculator(BodySurfaceAreaFormula.MOSTELLER, new BigDecimal("10"));

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    // Hand-worked: Mosteller √(h·w/3600); DuBois 0.007184·w^0.425·h^0.725; rounded half-up to 0.01 m².
    @ParameterizedTest(name = "{0} {1} cm {2} kg = {3} m²")
    @CsvSource({
            "MOSTELLER, 170, 70, 1.82",  // √3.30556 = 1.8181
            "MOSTELLER, 160, 50, 1.49",  // √2.22222 = 1.4907
            "MOSTELLER, 180, 90, 2.12",  // √4.5 = 2.1213
            "MOSTELLER, 170, 77, 1.91",  // √3.63611 = 1.9069
            "MOSTELLER, 170, 63, 1.72",  // √2.975 = 1.7248
            "DUBOIS, 170, 70, 1.81",    // 1.8097
            "DUBOIS, 160, 50, 1.50",    // 1.5011
            "DUBOIS, 180, 90, 2.10",    // 2.0989
    })
    void bodySurfaceAreaByFormula(BodySurfaceAreaFormula formula, String height, String weight, String expected) {
        BigDecimal bsa = BodySurfaceArea.calculate(formula, bd(height), bd(weight));
        assertAmount(expected, bsa);
        assertEquals(2, bsa.scale());
    }

    @Test
    void docetaxel75PerM2AtMosteller170cm70kgIs136point5mg() {
        PlannedDose dose = calculator.plannedDose(DoseBasis.MG_PER_M2, bd("75"), FULL,
                BodyMeasurements.of(bd("170"), bd("70")));
        assertAmount("1.82", dose.bsaBasis().bsaM2());
        assertAmount("136.5", dose.fullDoseMg());
        assertAmount("136.5", dose.plannedDoseMg());
        assertTrue(dose.bsaRecalculated());
        assertNull(dose.weightKg());
        assertEquals("75 mg/m² × 1.82 m² (Mosteller, 170 cm, 70 kg) = 136.5 mg", dose.working());
    }

    @Test
    void duBoisIsSelectable() {
        PlannedDose dose = new DoseCalculator(BodySurfaceAreaFormula.DUBOIS, new BigDecimal("10")).plannedDose(DoseBasis.MG_PER_M2, bd("75"), FULL,
                BodyMeasurements.of(bd("170"), bd("70")));
        assertAmount("1.81", dose.bsaBasis().bsaM2());
        assertAmount("135.8", dose.plannedDoseMg()); // 75 × 1.81 = 135.75 → 135.8
        assertEquals(BodySurfaceAreaFormula.DUBOIS, dose.bsaBasis().formula());
    }

    @ParameterizedTest(name = "previous 70 kg, now {0} kg: BSA {1}, docetaxel {2} mg, recalculated {3}")
    @CsvSource({
            "76.93, 1.82, 136.5, false", // +9.9 %: keep 1.82
            "77,    1.91, 143.3, true",  // +10 %: √(170·77/3600) = 1.9069 → 1.91; 75 × 1.91 = 143.25 → 143.3
            "63.07, 1.82, 136.5, false", // −9.9 %: keep
            "63,    1.72, 129.0, true",  // −10 %: √(170·63/3600) = 1.7248 → 1.72; 75 × 1.72 = 129.0
            "70,    1.82, 136.5, false", // unchanged
    })
    void bsaIsRecomputedOnlyWhenWeightChangedByTenPercentOrMore(String weight, String bsa, String mg, boolean recalculated) {
        BsaBasis previous = new BsaBasis(bd("1.82"), bd("170"), bd("70"), BodySurfaceAreaFormula.MOSTELLER);
        PlannedDose dose = calculator.plannedDose(DoseBasis.MG_PER_M2, bd("75"), FULL,
                BodyMeasurements.of(bd("170"), bd(weight), previous));
        assertAmount(bsa, dose.bsaBasis().bsaM2());
        assertAmount(mg, dose.plannedDoseMg());
        assertEquals(recalculated, dose.bsaRecalculated());
        if (!recalculated) {
            assertSame(previous, dose.bsaBasis());
            assertTrue(dose.working().contains("previous BSA kept"));
        }
    }

    @ParameterizedTest(name = "{0} {1} × {2} kg, {3} % = {4} mg")
    @CsvSource({
            "MG_PER_KG, 5,   62, 100, 310.0",   // iparomlimab/tuvonralimab 5 mg/kg (NCT07041788)
            "MG_PER_KG, 10,  62, 100, 620.0",   // ivonescimab 10 mg/kg (NCT07264075)
            "MG_PER_KG, 45,  62, 100, 2790.0",  // ligufalimab 45 mg/kg (NCT07264075)
            "MG_PER_KG, 5,   71.3, 100, 356.5", // 5 × 71.3
            "FLAT_MG,   200, 62, 100, 200.0",   // pembrolizumab 200 mg (NCT07264075)
            "FLAT_MG,   240, 62, 100, 240.0",   // anti-PD-1 240 mg (NCT07277764)
    })
    void weightBasedAndFlatDoses(DoseBasis basis, String dose, String weight, String percent, String expected) {
        PlannedDose planned = calculator.plannedDose(basis, bd(dose), bd(percent), BodyMeasurements.of(null, bd(weight)));
        assertAmount(expected, planned.plannedDoseMg());
        assertNull(planned.bsaBasis());
        assertFalse(planned.bsaRecalculated());
    }

    @ParameterizedTest(name = "docetaxel at {0} % = {1} mg")
    @CsvSource({
            "100, 136.5",
            "80,  109.2", // after one −20 % reduction: 136.5 × 0.8
            "60,  81.9",  // after two: 136.5 × 0.6
            "75,  102.4", // 102.375 → 102.4 (half-up)
    })
    void percentOfFullDoseIsApplied(String percent, String expected) {
        PlannedDose dose = calculator.plannedDose(DoseBasis.MG_PER_M2, bd("75"), bd(percent),
                BodyMeasurements.of(bd("170"), bd("70")));
        assertAmount("136.5", dose.fullDoseMg());
        assertAmount(expected, dose.plannedDoseMg());
        assertEquals(1, dose.plannedDoseMg().scale());
    }

    @Test
    void agentFromTheDefinitionPlansItsDose() {
        DosingDefinition definition = Definitions.load("NCT07041788");
        Agent cisplatin = definition.findAgent("CISPLATIN_INDUCTION").orElseThrow();
        PlannedDose dose = calculator.plannedDose(cisplatin, 3, FULL, BodyMeasurements.of(bd("170"), bd("70")));
        assertAmount("45.5", dose.plannedDoseMg()); // 25 × 1.82
        Agent io = definition.findAgent("IPAROMLIMAB_TUVONRALIMAB").orElseThrow();
        assertAmount("310.0", calculator.plannedDose(io, 1, FULL, BodyMeasurements.of(bd("170"), bd("62"))).plannedDoseMg());
    }

    @Test
    void concurrentCisplatinPerCycleIsDividedOverItsThreeDays() {
        // NCT07041788 "Cisplatin 100mg/m², infused over 3 days (d1-3)": 100/3 mg/m² × 1.82 m² = 60.67 → 60.7 mg a day
        Agent concurrent = Definitions.load("NCT07041788").findAgent("CISPLATIN_CONCURRENT").orElseThrow();
        PlannedDose day = calculator.plannedDose(concurrent, 3, FULL, BodyMeasurements.of(bd("170"), bd("70")));
        assertAmount("60.7", day.plannedDoseMg());
        assertTrue(day.working().startsWith("(100 ÷ 3 days) mg/m² × 1.82 m²"), day.working());
    }

    @Test
    void refusesRadiotherapyAndMissingMeasurements() {
        BodyMeasurements m = BodyMeasurements.of(bd("170"), bd("70"));
        assertThrows(IllegalArgumentException.class, () -> calculator.plannedDose(DoseBasis.GY, bd("2"), FULL, m));
        assertThrows(IllegalArgumentException.class,
                () -> calculator.plannedDose(DoseBasis.MG_PER_M2, bd("75"), FULL, BodyMeasurements.of(null, bd("70"))));
        assertThrows(IllegalArgumentException.class,
                () -> calculator.plannedDose(DoseBasis.MG_PER_KG, bd("5"), FULL, BodyMeasurements.of(bd("170"), null)));
        assertThrows(IllegalArgumentException.class, () -> calculator.plannedDose(DoseBasis.FLAT_MG, bd("200"), bd("0"), m));
    }
}
