package org.vigia.study.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudyDefinitionReaderTest {

    /** A small valid randomised definition that each test breaks in one place. */
    private static final String VALID = """
            registryId: NCT00000001
            title: "Test trial"
            phase: PHASE3
            targetEnrolment: 30
            definitionVersion: "2.0"
            effectiveFrom: 2026-02-01
            allocation:
              method: RANDOMISED
              ratio: {A: 1, B: 1, C: 1}
              blockSizes: [3, 6]
              stratificationFactors:
                - id: ECOG
                  name: ECOG
                  levels: [{code: ECOG_0, label: "0"}, {code: ECOG_1, label: "1"}]
            agents:
              - {id: IVO, name: Ivonescimab, class: IMMUNOTHERAPY, doseBasis: MG_PER_KG, dose: 10, unit: "mg/kg", route: IV}
              - {id: PEMBRO, name: Pembrolizumab, class: IMMUNOTHERAPY, doseBasis: FLAT_MG, dose: 200, unit: "mg", route: IV}
            arms:
              - id: A
                name: Arm A
                phases:
                  - {id: T, name: T, cycleLengthDays: 21, maxDurationMonths: 24, administrations: [{agent: IVO, days: "1"}]}
              - id: B
                name: Arm B
                phases:
                  - {id: T, name: T, cycleLengthDays: 21, maxDurationMonths: 24, administrations: [{agent: IVO, days: "1"}]}
              - id: C
                name: Arm C
                phases:
                  - {id: T, name: T, cycleLengthDays: 21, maxDurationMonths: 24, administrations: [{agent: PEMBRO, days: "1"}]}
            eligibility:
              - {id: ANC, kind: INCLUSION, type: NUMERIC, label: ANC, labTest: ANC, operator: GE, threshold: 1.5, unit: "10^9/L", source: "ANC ≥ 1.5×10^9/L"}
              - {id: CONSENT, kind: INCLUSION, type: CHECKLIST, label: Consent, source: "Signed consent"}
            visits:
              - {code: "C{n}D1", name: "Cycle {n} day 1", anchor: PHASE_START, phase: T, perCycle: true}
            responseAssessment: {criteria: RECIST_1_1, confirmationRequired: false}
            endpoints:
              - {id: OS, name: OS, category: PRIMARY, type: TIME_TO_EVENT, origin: RANDOMISATION, events: [DEATH_ANY_CAUSE]}
            """;

    @Test
    void readsAValidDefinition() {
        StudyDefinition d = read(VALID);
        assertEquals("NCT00000001", d.registryId());
        assertEquals("2.0", d.definitionVersion());
        assertEquals(3, d.arms().size());
        assertEquals("5.0", d.ctcaeVersion(), "CTCAE v5.0 by default");
        assertTrue(d.bsa().assumption(), "Mosteller default when no bsa section");
    }

    @Test
    void bindsTheDosingSectionsTypedAndRejectsOtherUnknownKeys() {
        String dosing = """
                preCycleLabs:
                  windowDays: 3
                  criteria:
                    - {test: ANC, comparison: AT_LEAST, threshold: 1.5, unit: "10^9/L", source: "ANC ≥1.5"}
                  source: "before each cycle"
                doseModification:
                  rules:
                    - {id: grade3, minGrade: 3, maxGrade: 3, action: HOLD, resumeWhenGradeAtMost: 1, source: "G3: hold"}
                """;
        StudyDefinition d = read(VALID + dosing);
        assertEquals(org.vigia.terminology.LabTest.ANC, d.preCycleLabs().criteria().get(0).test());
        assertEquals(DoseAction.HOLD, d.doseModification().rules().get(0).action());
        StudyDefinitionException typo = assertThrows(StudyDefinitionException.class,
                () -> read(VALID + dosing.replace("windowDays", "windowDay")));
        assertTrue(typo.getMessage().contains("unknown key 'windowDay'"), typo.getMessage());
        StudyDefinitionException invalid = assertThrows(StudyDefinitionException.class,
                () -> read(VALID + dosing.replace("resumeWhenGradeAtMost: 1", "resumeWhenGradeAtMost: 3")));
        assertTrue(invalid.getMessage().contains("doseModification"), invalid.getMessage());
        assertTrue(invalid.getMessage().contains("Rule grade3: HOLD needs resumeWhenGradeAtMost below minGrade"),
                invalid.getMessage());

        StudyDefinitionException e = assertThrows(StudyDefinitionException.class, () -> read(VALID + "sideEffects: []\n"));
        assertTrue(e.getMessage().contains("unknown key 'sideEffects'"), e.getMessage());
        StudyDefinitionException nested = assertThrows(StudyDefinitionException.class,
                () -> read(VALID.replace("threshold: 1.5,", "treshold: 1.5,")));
        assertTrue(nested.getMessage().contains("unknown key 'treshold'"), nested.getMessage());
        assertTrue(nested.getMessage().contains("eligibility[0]"), nested.getMessage());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            id: PEMBRO, name: Pembrolizumab                 | id: IVO, name: Pembrolizumab             | agents: duplicate id 'IVO'
            {agent: PEMBRO, days: "1"}                      | {agent: NIVO, days: "1"}                 | agent 'NIVO' is not defined in agents
            ratio: {A: 1, B: 1, C: 1}                       | ratio: {A: 2, B: 1}                      | allocation.ratio must give one weight per arm
            blockSizes: [3, 6]                              | blockSizes: [3, 4]                       | 4 is not a positive multiple of the ratio sum 3
            operator: GE, threshold: 1.5,                   | operator: GE,                            | a NUMERIC criterion needs operator and threshold
            unit: "10^9/L"                                  | unit: "g/dL"                             | unit 'g/dL' is not a unit of ANC
            {id: CONSENT, kind: INCLUSION                   | {id: ANC, kind: INCLUSION                | eligibility: duplicate id 'ANC'
            category: PRIMARY                               | category: SECONDARY                      | at least one PRIMARY endpoint is required
            dose: 200                                       | dose: 0                                  | agents[PEMBRO].dose must be greater than 0
            unit: "mg/kg"                                   | unit: "mg"                               | unit 'mg' does not fit doseBasis MG_PER_KG
            days: "1"}]}\\n  - id: B                        | days: "1-3x"}]}\\n  - id: B              | cannot read '1-3x'
            levels: [{code: ECOG_0, label: "0"}, {code: ECOG_1, label: "1"}] | levels: [{code: ECOG_0, label: "0"}] | needs at least two levels
            effectiveFrom: 2026-02-01                       | effectiveFrom:                           | effectiveFrom is required
            """)
    void reportsAClearProblem(String from, String to, String expectedMessage) {
        String yaml = VALID.replaceFirst(java.util.regex.Pattern.quote(from.replace("\\n", "\n")),
                java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n")));
        assertTrue(!yaml.equals(VALID), "the test must change the YAML: " + from);
        StudyDefinitionException e = assertThrows(StudyDefinitionException.class, () -> read(yaml));
        assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
    }

    @Test
    void singleArmTakesExactlyOneArmAndNoRatio() {
        String yaml = VALID.replace("method: RANDOMISED", "method: SINGLE_ARM");
        StudyDefinitionException e = assertThrows(StudyDefinitionException.class, () -> read(yaml));
        assertTrue(e.problems().contains("allocation SINGLE_ARM needs exactly one arm, found 3"), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("takes no ratio")), e.problems().toString());
    }

    @Test
    void listsEveryProblemAtOnce() {
        String yaml = VALID.replace("{agent: PEMBRO, days: \"1\"}", "{agent: NIVO, days: \"1\"}")
                .replace("operator: GE, threshold: 1.5,", "operator: GE,");
        StudyDefinitionException e = assertThrows(StudyDefinitionException.class, () -> read(yaml));
        assertEquals(2, e.problems().size(), e.problems().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1|1", "1-3|1,2,3", "1,22|1,22", "1-3, 8|1,2,3,8", "22,1|1,22"})
    void parsesDosingDays(String days, String expected) {
        List<Integer> parsed = new Administration("X", days, null, false, null).dosingDays();
        assertEquals(expected, parsed.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
    }

    private static StudyDefinition read(String yaml) {
        return StudyDefinitionReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
