package org.vigia.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.study.definition.AgentClass;
import org.vigia.study.definition.StudyDefinitionReader;
import org.vigia.study.definition.DoseModificationRules;

class DosingDefinitionTest {

    /** Binds a {@code doseModification} section with the study definition reader's strict mapper. */
    private static DoseModificationRules parse(String yaml) {
        try {
            JsonNode tree = StudyDefinitionReader.mapper().readTree(yaml).get("doseModification");
            return StudyDefinitionReader.mapper().treeToValue(tree, DoseModificationRules.class);
        } catch (java.io.IOException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new IllegalArgumentException("Invalid doseModification: " + cause.getMessage(), e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCT07041788", "NCT06494995", "NCT07277764", "NCT07264075"})
    void eachTrialLoadsAndEveryRuleIsSourcedOrAnAssumption(String registryId) {
        DosingDefinition definition = Definitions.load(registryId);
        assertEquals(registryId, definition.registryId());
        assertFalse(definition.agents().isEmpty());
        assertFalse(definition.doseModification().rules().isEmpty());
        definition.doseModification().rules().forEach(r ->
                assertTrue(r.source() != null || (r.assumption() && r.note() != null), r.id()));
    }

    @Test
    void nct07041788RulesAreTheProtocolsNotAssumptions() {
        DosingDefinition definition = Definitions.load("NCT07041788");
        definition.doseModification().rules().forEach(r -> {
            assertFalse(r.assumption(), r.id());
            assertTrue(r.source().startsWith("Grade"), r.id());
        });
        assertEquals(2, definition.doseModification().maxReductions());
        assertTrue(definition.doseModification().assumption(), "the maximum of 2 reductions is assumed");
        assertEquals(AgentClass.IMMUNOTHERAPY, definition.findAgentClass("IPAROMLIMAB_TUVONRALIMAB").orElseThrow());
        assertEquals(4, definition.preCycleLabs().criteria().size());
    }

    @Test
    void otherTrialsRulesAreAllAssumptions() {
        for (String id : new String[] {"NCT06494995", "NCT07277764", "NCT07264075"}) {
            Definitions.load(id).doseModification().rules().forEach(r -> assertTrue(r.assumption(), id + " " + r.id()));
        }
    }

    @Test
    void ruleWithoutSourceOrAssumptionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("""
                registryId: X
                doseModification:
                  rules:
                    - {id: r1, minGrade: 1, maxGrade: 2, action: CONTINUE}
                """));
        assertTrue(e.getMessage().contains("r1"), e.getMessage());
    }

    @Test
    void holdWithoutRecoveryGradeAndUnknownKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> parse("""
                registryId: X
                doseModification:
                  rules:
                    - {id: r1, minGrade: 3, maxGrade: 3, action: HOLD, source: "s"}
                """));
        assertThrows(IllegalArgumentException.class, () -> parse("""
                registryId: X
                doseModification:
                  rules:
                    - {id: r1, minGrade: 1, maxGrade: 2, action: CONTINUE, source: "s", grade: 1}
                """));
    }
}
