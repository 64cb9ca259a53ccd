package org.vigia.dmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;

/** Study definition → DMC dataset parts, from the customer's study definitions. */
class DmcDefinitionMappingTest {

    private static final StudyDefinitionCatalog CATALOG = StudyDefinitionCatalog.loadFromClasspath("studies/");

    @Test
    void nct07041788TreatmentRelatedMortalityOfTwoPercentBecomesAProportionWithTheProtocolWording() {
        StudyDefinition d = CATALOG.get("NCT07041788");
        List<DmcDataset.StoppingRule> rules = DmcDefinitionMapping.stoppingRules(d);
        assertEquals(1, rules.size());
        assertEquals(DmcDataset.StoppingRuleType.TREATMENT_RELATED_MORTALITY, rules.get(0).type());
        // registry: "A predefined stopping rule triggers early termination if treatment-related mortality ≥2%."
        assertEquals(0, new BigDecimal("0.02").compareTo(rules.get(0).threshold()));
        assertEquals("A predefined stopping rule triggers early termination if treatment-related mortality ≥2%.",
                rules.get(0).description());
        assertTrue(DmcDefinitionMapping.unsupportedStoppingRules(d).isEmpty());
    }

    @Test
    void studiesWithoutStoppingRulesHaveNone() {
        assertTrue(DmcDefinitionMapping.stoppingRules(CATALOG.get("NCT07264075")).isEmpty());
    }

    @Test
    void nct07041788EfsAndOsAreDefinedAsTheRegistryWordsThem() {
        List<DmcDataset.EndpointDefinition> defs = DmcDefinitionMapping.endpointDefinitions(CATALOG.get("NCT07041788"));
        // the registry's time-to-event endpoints, in its order: EFS (primary), OS, DMFS, LRRFS, duration of response
        assertEquals(List.of(DmcDataset.Endpoint.EFS, DmcDataset.Endpoint.OS, DmcDataset.Endpoint.DMFS,
                        DmcDataset.Endpoint.LRRFS, DmcDataset.Endpoint.DOR),
                defs.stream().map(DmcDataset.EndpointDefinition::endpoint).toList());
        String efs = defs.get(0).definition();
        assertTrue(efs.contains("Defined as the time from enrollment to the occurrence of the first event"), efs);
        assertTrue(efs.contains("events: PROGRESSION, LOCOREGIONAL_PROGRESSION, DISTANT_METASTASIS, RECURRENCE,"
                + " DEATH_ANY_CAUSE"), efs);
    }

    @Test
    void longArmNamesAreShownByTheirId() {
        List<DmcDataset.Arm> single = DmcDefinitionMapping.arms(CATALOG.get("NCT07041788"));
        assertEquals(List.of(new DmcDataset.Arm("A", "A")), single);
        List<DmcDataset.Arm> three = DmcDefinitionMapping.arms(CATALOG.get("NCT07264075"));
        assertEquals(List.of("Ivonescimab", "Ivonescimab + ligufalimab", "Pembrolizumab (control)"),
                three.stream().map(DmcDataset.Arm::label).toList());
    }

    /** Vigia holds the year of birth only; the age is the earliest possible on the date (year - birth year - 1). */
    @ParameterizedTest
    @CsvSource({
        "1960, 2026-03-01, 60-69",   // 65
        "1966, 2026-12-31, 50-59",   // 59
        "1965, 2026-01-01, 60-69",   // 60
        "2007, 2026-06-01, 18-19",   // 18
        "2006, 2026-06-01, 18-19",   // 19
        "2005, 2026-06-01, 20-29",   // 20
        "1946, 2026-06-01, 70-79",   // 79
        "1945, 2026-06-01, ≥80"})    // 80
    void ageBandsOfTenYears(int birthYear, LocalDate on, String band) {
        assertEquals(band, DmcDefinitionMapping.ageBand(birthYear, on));
    }

    @ParameterizedTest
    @CsvSource({"2027-01-10, 2027-01-10, 1", "2027-01-10, 2027-01-11, 2", "2027-01-10, 2027-01-09, -1",
        "2027-01-10, 2027-02-09, 31"})
    void studyDayOneIsTheFirstDayAndThereIsNoDayZero(LocalDate day1, LocalDate date, int day) {
        assertEquals(day, DmcDefinitionMapping.studyDay(day1, date));
    }
}
