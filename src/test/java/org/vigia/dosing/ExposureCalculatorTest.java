package org.vigia.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureCalculatorTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 5);
    private final ExposureCalculator calculator = new ExposureCalculator();

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    private static DoseAdministration docetaxel(int cycle, int day, String mg) {
        return new DoseAdministration("docetaxel", cycle, DAY0.plusDays(day), bd(mg), bd("136.5"), bd("1.82"));
    }

    @Test
    void docetaxelThreeCyclesWithADelayAndAReduction() {
        // 136.5 mg (75 mg/m² × 1.82) on days 0 and 21; cycle 3 delayed a week (day 49) and reduced to 80 % = 109.2 mg.
        List<DoseAdministration> given = List.of(docetaxel(1, 0, "136.5"), docetaxel(2, 21, "136.5"),
                docetaxel(3, 49, "109.2"));
        List<DoseModificationEvent> events = List.of(
                new DoseModificationEvent("docetaxel", DAY0.plusDays(42), DoseModificationEvent.Kind.HOLD,
                        "Neutrophil count decreased grade 3"),
                new DoseModificationEvent("docetaxel", DAY0.plusDays(49), DoseModificationEvent.Kind.REDUCTION,
                        "Resumed at 80 % after grade 3 neutropenia"),
                new DoseModificationEvent("cisplatin", DAY0.plusDays(49), DoseModificationEvent.Kind.REDUCTION, "other agent"));
        Exposure exposure = calculator.exposure("docetaxel", 21, given, events);

        assertEquals(3, exposure.cycles());
        assertEquals(3, exposure.administrations());
        assertAmount("382.2", exposure.cumulativeDoseMg());
        assertAmount("210.0", exposure.cumulativeDoseMgPerM2()); // 75 + 75 + 60
        // DDI = 382.2 mg / (49 + 21) d = 5.46; PDI = 409.5 mg / 63 d = 6.5; RDI = 84 %.
        assertAmount("84.0", exposure.relativeDoseIntensityPercent());
        assertEquals(1, exposure.holds());
        assertEquals(1, exposure.reductions());
        assertEquals(0, exposure.discontinuations());
        assertEquals(2, exposure.modifications().size());
    }

    @Test
    void fullDosesOnScheduleGiveHundredPercent() {
        Exposure exposure = calculator.exposure("docetaxel", 21,
                List.of(docetaxel(1, 0, "136.5"), docetaxel(2, 21, "136.5"), docetaxel(3, 42, "136.5")), List.of());
        assertAmount("100.0", exposure.relativeDoseIntensityPercent());
        assertAmount("409.5", exposure.cumulativeDoseMg());
    }

    @Test
    void multiDayCycleCountsOmittedDays() {
        // Cisplatin 25 mg/m² × 1.82 = 45.5 mg on d1-3; cycle 2 day 3 omitted (0 mg).
        List<DoseAdministration> given = List.of(
                new DoseAdministration("cisplatin", 1, DAY0, bd("45.5"), bd("45.5"), bd("1.82")),
                new DoseAdministration("cisplatin", 1, DAY0.plusDays(1), bd("45.5"), bd("45.5"), bd("1.82")),
                new DoseAdministration("cisplatin", 1, DAY0.plusDays(2), bd("45.5"), bd("45.5"), bd("1.82")),
                new DoseAdministration("cisplatin", 2, DAY0.plusDays(21), bd("45.5"), bd("45.5"), bd("1.82")),
                new DoseAdministration("cisplatin", 2, DAY0.plusDays(22), bd("45.5"), bd("45.5"), bd("1.82")),
                new DoseAdministration("cisplatin", 2, DAY0.plusDays(23), bd("0"), bd("45.5"), bd("1.82")));
        Exposure exposure = calculator.exposure("cisplatin", 21, given, List.of());
        assertEquals(2, exposure.cycles());
        assertEquals(5, exposure.administrations());
        assertAmount("227.5", exposure.cumulativeDoseMg());
        assertAmount("125.0", exposure.cumulativeDoseMgPerM2());
        // 227.5 / 273 over 42 planned and 42 actual days = 83.3 %
        assertAmount("83.3", exposure.relativeDoseIntensityPercent());
    }

    @Test
    void weightBasedAgentHasNoMgPerM2AndDiscontinuationIsCounted() {
        List<DoseAdministration> given = List.of(
                new DoseAdministration("ivonescimab", 1, DAY0, bd("620"), bd("620"), null));
        Exposure exposure = calculator.exposure("ivonescimab", 21, given, List.of(new DoseModificationEvent(
                "ivonescimab", DAY0.plusDays(15), DoseModificationEvent.Kind.DISCONTINUATION, "Pneumonitis grade 3")));
        assertNull(exposure.cumulativeDoseMgPerM2());
        assertAmount("100.0", exposure.relativeDoseIntensityPercent());
        assertEquals(1, exposure.discontinuations());
        assertEquals("Pneumonitis grade 3", exposure.modifications().get(0).reason());
    }

    @Test
    void nothingGiven() {
        Exposure exposure = calculator.exposure("docetaxel", 21, List.of(), List.of());
        assertEquals(0, exposure.cycles());
        assertAmount("0", exposure.cumulativeDoseMg());
        assertNull(exposure.relativeDoseIntensityPercent());
    }
}
