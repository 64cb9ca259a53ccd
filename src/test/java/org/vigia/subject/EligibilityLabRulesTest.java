package org.vigia.subject;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.shared.InvalidInput;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionReader;
import org.vigia.subject.ScreeningLabs.ScreeningResult;
import org.vigia.terminology.LabTest;

/**
 * Eligibility lab values taken from the screening results. NCT07264075 inclusion 10: "Absolute neutrophil value (ANC)
 * ≥ 1.5×109/L (1,500/mm3)", "Serum total bilirubin ≤ 1.5× upper limit of normal (ULN)", "Calculated creatinine
 * clearance (Appendix 4) ≥ 50 mL/min", with "satisfactory laboratory test results obtained during the screening
 * period".
 */
class EligibilityLabRulesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 10, 6);
    private static final LocalDate TO = LocalDate.of(2026, 11, 3);

    private static StudyDefinition read(String registryId) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("config/studies/" + registryId + ".yaml"))) {
            return StudyDefinitionReader.read(in, registryId + ".yaml");
        }
    }

    private static ScreeningResult result(long id, LabTest test, String value, String unit, String canonical, String uln) {
        return new ScreeningResult(id, test, LocalDate.of(2026, 11, 1), new BigDecimal(value), unit,
                new BigDecimal(canonical), uln == null ? null : new BigDecimal(uln));
    }

    private static final Map<LabTest, List<ScreeningResult>> RESULTS = Map.of(
            LabTest.ANC, List.of(result(11, LabTest.ANC, "2100", "/mm3", "2.1", null)),
            LabTest.BILI, List.of(result(12, LabTest.BILI, "12", "µmol/L", "12", "20")),
            LabTest.CREAT, List.of(result(13, LabTest.CREAT, "0.9", "mg/dL", "79.578", null)));

    private static List<EligibilityLabRules.Problem> problems(StudyDefinition def, Map<String, Map<String, Object>> entries) {
        return EligibilityLabRules.problems(def, entries, t -> RESULTS.getOrDefault(t, List.of()), FROM, TO);
    }

    @Test
    void aValueEqualToAResultInAnyUnitOfTheTestIsTaken() throws Exception {
        StudyDefinition def = read("NCT07264075");
        assertTrue(problems(def, Map.of(
                "INC10A_ANC", Map.of("value", "2.1"),
                "INC10C_BILI", Map.of("value", "12", "uln", "20"),
                "INC10B_CRCL", Map.of("creatinine", "0.9", "creatinineUnit", "mg/dL", "weightKg", "70"))).isEmpty());
        assertTrue(problems(def, Map.of("INC10A_ANC", Map.of("value", "2100", "unit", "/mm3"))).isEmpty());
        assertTrue(problems(def, Map.of("INC10C_BILI", Map.of("value", "0.6"))).isEmpty(), "12 / 20 = 0.6 ×ULN");
    }

    @Test
    void aTypedValueMatchingNoResultIsRefusedNamingTheCriterionAndTheResults() throws Exception {
        StudyDefinition def = read("NCT07264075");
        InvalidInput e = assertThrows(InvalidInput.class, () -> EligibilityLabRules.check(def,
                Map.of("INC10A_ANC", Map.of("value", "1.5")), t -> RESULTS.getOrDefault(t, List.of()), FROM, TO));
        String message = e.fieldErrors().get("INC10A_ANC");
        assertTrue(message.contains("1.5 10^9/L") && message.contains("2100 /mm3 on 2026-11-01"), message);
    }

    @Test
    void aLabCriterionWithoutAnyResultInTheWindowSaysSo() throws Exception {
        StudyDefinition def = read("NCT07264075");
        List<EligibilityLabRules.Problem> p = problems(def, Map.of("INC10A_PLT", Map.of("value", "150")));
        assertEquals(1, p.size());
        assertEquals("INC10A_PLT", p.get(0).criterionId());
        assertTrue(p.get(0).text().english().contains("no result of Platelet"), p.get(0).text().english());
    }

    @Test
    void checklistAndClearanceInMlPerMinuteNeedNoResult() throws Exception {
        StudyDefinition def = read("NCT07264075");
        assertDoesNotThrow(() -> EligibilityLabRules.check(def, Map.of("INC04_SURVIVAL", Map.of("answer", true),
                "INC10B_CRCL", Map.of("value", "90")), t -> List.of(), FROM, TO));
        assertEquals(28, EligibilityLabRules.windowDays(def), "SCR windowBeforeDays");
    }
}
