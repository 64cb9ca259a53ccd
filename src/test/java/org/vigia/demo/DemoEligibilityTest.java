package org.vigia.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The generator's eligibility entries meet every criterion of each trial, or fail one for a planned screen failure. */
class DemoEligibilityTest {

    private static final StudyDefinitionCatalog CATALOG = StudyDefinitionCatalog.loadFromClasspath("studies/");

    @ParameterizedTest
    @ValueSource(strings = {"NCT07041788", "NCT06494995", "NCT07277764", "NCT07264075"})
    void aPlannedEligibleSubjectIsEligibleAndAScreenFailureIsNot(String registryId) {
        StudyDefinition def = CATALOG.get(registryId);
        assertEquals(EligibilityOutcome.ELIGIBLE, outcome(def, false), registryId);
        assertEquals(EligibilityOutcome.NOT_ELIGIBLE, outcome(def, true), registryId);
    }

    private static EligibilityOutcome outcome(StudyDefinition def, boolean failing) {
        Map<String, Map<String, Object>> entries = DemoEligibility.entries(def, 60, failing);
        return new EligibilityRules().assess(def, EligibilityEntries.toInput(def, entries, List.of(), Map.of(), 60, Sex.MALE)).outcome();
    }
}
