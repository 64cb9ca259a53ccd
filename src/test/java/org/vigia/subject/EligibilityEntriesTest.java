package org.vigia.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.clinical.Sex;
import org.vigia.study.CriterionStatus;
import org.vigia.study.EligibilityRules;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionReader;

class EligibilityEntriesTest {

    private static StudyDefinition read(String registryId) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("config/studies/" + registryId + ".yaml"))) {
            return StudyDefinitionReader.read(in, registryId + ".yaml");
        }
    }

    @Test
    void creatinineClearanceIsComputedWithTheSubjectsAgeAndSex() throws Exception {
        StudyDefinition def = read("NCT06494995");
        // Cockcroft-Gault: (140 − 60) × 72 kg / (72 × 1.0 mg/dL) = 80 mL/min (male); NCT06494995 requires ≥ 60
        var input = EligibilityEntries.toInput(def, Map.of("INC09F_CRCL",
                Map.of("creatinine", "1.0", "creatinineUnit", "mg/dL", "weightKg", "72")), Set.of(), Map.of(), 60, Sex.MALE);
        var result = new EligibilityRules().evaluate(def.findCriterion("INC09F_CRCL").orElseThrow(), input);
        assertEquals(0, new BigDecimal("80").compareTo(result.value()));
        assertEquals(CriterionStatus.MET, result.status());
        // female: × 0.85 = 68 mL/min
        var female = EligibilityEntries.toInput(def, Map.of("INC09F_CRCL",
                Map.of("creatinine", "1.0", "creatinineUnit", "mg/dL", "weightKg", "72")), Set.of(), Map.of(), 60, Sex.FEMALE);
        assertEquals(0, new BigDecimal("68").compareTo(
                new EligibilityRules().evaluate(def.findCriterion("INC09F_CRCL").orElseThrow(), female).value()));
    }

    @Test
    void textThatIsNotANumberIsRefusedNamingTheCriterion() throws Exception {
        InvalidInput e = assertThrows(InvalidInput.class, () -> EligibilityEntries.toInput(read("NCT07041788"),
                Map.of("INC07A_ANC", Map.of("value", "abc")), Set.of(), Map.of(), 60, Sex.MALE));
        assertTrue(e.fieldErrors().containsKey("INC07A_ANC"), e.fieldErrors().toString());
    }

    @Test
    void onlyConditionalCriteriaMayBeNotApplicable() throws Exception {
        StudyDefinition def = read("NCT06494995");
        EligibilityEntries.toInput(def, Map.of("INC10_HBV_DNA", Map.of("notApplicable", "no HBV infection")),
                Set.of(), Map.of(), 60, Sex.MALE);
        InvalidInput e = assertThrows(InvalidInput.class, () -> EligibilityEntries.toInput(def,
                Map.of("INC09A_ANC", Map.of("notApplicable", "x")), Set.of(), Map.of(), 60, Sex.MALE));
        assertTrue(e.fieldErrors().containsKey("INC09A_ANC"));
    }

    @Test
    void aUnitThatDoesNotFitTheTestIsRefused() throws Exception {
        InvalidInput e = assertThrows(InvalidInput.class, () -> EligibilityEntries.toInput(read("NCT07041788"),
                Map.of("INC07A_ANC", Map.of("value", "1.5", "unit", "mg/dL")), Set.of(), Map.of(), 60, Sex.MALE));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
    }
}
