package org.vigia.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.shared.clinical.Sex;
import org.vigia.study.EligibilityOutcome;
import org.vigia.study.EligibilityRules;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;
import org.vigia.subject.EligibilityEntries;
import org.vigia.subject.EligibilityLabRules;
import org.vigia.subject.ScreeningLabs.ScreeningResult;
import org.vigia.terminology.LabTest;

/**
 * The generator's eligibility entries meet every criterion of each trial, or fail one for a planned screen failure,
 * and every lab value is one of the subject's recorded screening results (nothing typed twice).
 */
class DemoEligibilityTest {

    private static final StudyDefinitionCatalog CATALOG = StudyDefinitionCatalog.loadFromClasspath("studies/");
    /**
     * Upper limits of normal in the canonical units (creatinine µmol/L, bilirubin µmol/L, enzymes U/L); APTT has no
     * default normal range (sql/V011), so none.
     */
    private static BigDecimal uln(LabTest test) {
        if (test == LabTest.APTT) {
            return null;
        }
        return new BigDecimal(switch (test) {
            case CREAT -> "110";
            case BILI -> "21";
            default -> "40";
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCT07041788", "NCT06494995", "NCT07277764", "NCT07264075"})
    void aPlannedEligibleSubjectIsEligibleAndAScreenFailureIsNot(String registryId) {
        StudyDefinition def = CATALOG.get(registryId);
        assertEquals(EligibilityOutcome.ELIGIBLE, outcome(def, false), registryId);
        assertEquals(EligibilityOutcome.NOT_ELIGIBLE, outcome(def, true), registryId);
    }

    private static EligibilityOutcome outcome(StudyDefinition def, boolean failing) {
        Map<LabTest, DemoEligibility.Result> results = new EnumMap<>(LabTest.class);
        if (!failing) { // the planner's baseline labs of an enrolled subject
            results.put(LabTest.ANC, result(LabTest.ANC, "3.2", "10^9/L"));
            results.put(LabTest.ALT, result(LabTest.ALT, "22", "U/L"));
            results.put(LabTest.CREAT, result(LabTest.CREAT, "70", "µmol/L"));
        }
        for (DemoEligibility.NeededLab lab : DemoEligibility.missingLabs(def, results.keySet(), failing, DemoEligibilityTest::uln)) {
            results.put(lab.test(), result(lab.test(), lab.value().toPlainString(), lab.unit()));
        }
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>(DemoEligibility.entries(def, failing, results,
                Map.of("ECOG", BigDecimal.ONE, "CPS", new BigDecimal("25"))));
        List<ScreeningResult> screening = new ArrayList<>();
        results.values().forEach(r -> screening.add(new ScreeningResult(1L, r.test(), LocalDate.of(2026, 1, 2), r.value(),
                r.unit(), r.canonical(), r.uln())));
        assertTrue(EligibilityLabRules.problems(def, entries, t -> screening.stream().filter(s -> s.test() == t).toList(),
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 3)).isEmpty(), def.registryId() + " " + entries);
        def.eligibility().stream().filter(c -> c.isAge()).forEach(c -> entries.put(c.id(), Map.of("value", "60")));
        return new EligibilityRules().assess(def, EligibilityEntries.toInput(def, entries, List.of(), Map.of(), 60, Sex.MALE)).outcome();
    }

    private static DemoEligibility.Result result(LabTest test, String value, String unit) {
        BigDecimal v = new BigDecimal(value);
        return new DemoEligibility.Result(test, v, unit, test.toCanonical(v, unit), uln(test));
    }
}
