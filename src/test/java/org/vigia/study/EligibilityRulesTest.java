package org.vigia.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.shared.clinical.Sex;
import org.vigia.shared.text.Texts;
import org.vigia.study.definition.CriterionType;
import org.vigia.study.definition.EligibilityCriterion;
import org.vigia.study.definition.StudyDefinition;

class EligibilityRulesTest {

    private final EligibilityRules rules = new EligibilityRules();

    /**
     * Every computable criterion of every trial at its boundary: at, just inside, just outside. Thresholds read
     * from the registry texts (not from the YAML): e.g. NCT07041788 "Platelets ≥90×10^9/L", "creatinine clearance
     * >60 mL/min"; NCT06494995 "ALT, AST and/or ALP ≤3×ULN", "HBV DNA <500 IU/mL"; NCT07264075 "Age ≥ 18 and
     * < 80", "Serum albumin ≥ 28 g/L". ULN rows give value and ULN (value/ULN is the ×ULN multiple).
     */
    static final String BOUNDARIES = """
            NCT07041788, INC01_AGE,        18,    ,   , MET
            NCT07041788, INC01_AGE,        17,    ,   , NOT_MET
            NCT07041788, INC01_AGE,        19,    ,   , MET
            NCT07041788, INC01_AGE,        75,    ,   , MET
            NCT07041788, INC01_AGE,        74,    ,   , MET
            NCT07041788, INC01_AGE,        76,    ,   , NOT_MET
            NCT07041788, INC05_ECOG,       1,     ,   , MET
            NCT07041788, INC05_ECOG,       0,     ,   , MET
            NCT07041788, INC05_ECOG,       2,     ,   , NOT_MET
            NCT07041788, INC07A_ANC,       1.5,   ,   , MET
            NCT07041788, INC07A_ANC,       1.51,  ,   , MET
            NCT07041788, INC07A_ANC,       1.49,  ,   , NOT_MET
            NCT07041788, INC07B_PLT,       90,    ,   , MET
            NCT07041788, INC07B_PLT,       91,    ,   , MET
            NCT07041788, INC07B_PLT,       89,    ,   , NOT_MET
            NCT07041788, INC07C_HGB,       8,     ,   , MET
            NCT07041788, INC07C_HGB,       8.1,   ,   , MET
            NCT07041788, INC07C_HGB,       7.9,   ,   , NOT_MET
            NCT07041788, INC07D_ALB,       2.8,   ,   , MET
            NCT07041788, INC07D_ALB,       2.9,   ,   , MET
            NCT07041788, INC07D_ALB,       2.7,   ,   , NOT_MET
            NCT07041788, INC07E_BILI,      30,    20, , MET
            NCT07041788, INC07E_BILI,      29,    20, , MET
            NCT07041788, INC07E_BILI,      31,    20, , NOT_MET
            NCT07041788, INC07E_ALT,       100,   40, , MET
            NCT07041788, INC07E_ALT,       99,    40, , MET
            NCT07041788, INC07E_ALT,       101,   40, , NOT_MET
            NCT07041788, INC07E_ALT,       200,   40, LIVER_METASTASES, MET
            NCT07041788, INC07E_ALT,       201,   40, LIVER_METASTASES, NOT_MET
            NCT07041788, INC07E_AST,       100,   40, , MET
            NCT07041788, INC07E_AST,       99,    40, , MET
            NCT07041788, INC07E_AST,       101,   40, , NOT_MET
            NCT07041788, INC07E_AST,       200,   40, LIVER_METASTASES, MET
            NCT07041788, INC07E_AST,       201,   40, LIVER_METASTASES, NOT_MET
            NCT07041788, INC07E_AST,       101,   40, BONE_METASTASES, NOT_MET
            NCT07041788, INC07E_ALP,       300,   120, , MET
            NCT07041788, INC07E_ALP,       299,   120, , MET
            NCT07041788, INC07E_ALP,       301,   120, , NOT_MET
            NCT07041788, INC07E_ALP,       600,   120, BONE_METASTASES, MET
            NCT07041788, INC07E_ALP,       601,   120, BONE_METASTASES, NOT_MET
            NCT07041788, INC07E_ALP,       600,   120, LIVER_METASTASES, MET
            NCT07041788, INC07F_CREAT,     150,   100, , MET
            NCT07041788, INC07F_CREAT,     149,   100, , MET
            NCT07041788, INC07F_CREAT,     151,   100, , NOT_MET
            NCT07041788, INC07F_CRCL,      60,    ,   , NOT_MET
            NCT07041788, INC07F_CRCL,      60.01, ,   , MET
            NCT07041788, INC07F_CRCL,      59.99, ,   , NOT_MET
            NCT07041788, INC07G_APTT,      60,    40, , MET
            NCT07041788, INC07G_APTT,      59,    40, , MET
            NCT07041788, INC07G_APTT,      61,    40, , NOT_MET
            NCT07041788, INC07G_APTT,      61,    40, THERAPEUTIC_ANTICOAGULATION, NOT_MET
            NCT07041788, INC07G_INR,       1.8,   1.2, , MET
            NCT07041788, INC07G_INR,       1.79,  1.2, , MET
            NCT07041788, INC07G_INR,       1.81,  1.2, , NOT_MET
            NCT07041788, INC07G_INR,       3.0,   1.2, THERAPEUTIC_ANTICOAGULATION, NOT_APPLICABLE
            NCT06494995, INC02_AGE,        18,    ,   , MET
            NCT06494995, INC02_AGE,        17,    ,   , NOT_MET
            NCT06494995, INC02_AGE,        75,    ,   , MET
            NCT06494995, INC02_AGE,        76,    ,   , NOT_MET
            NCT06494995, INC08_ECOG,       2,     ,   , MET
            NCT06494995, INC08_ECOG,       1,     ,   , MET
            NCT06494995, INC08_ECOG,       3,     ,   , NOT_MET
            NCT06494995, INC09A_ANC,       1.5,   ,   , MET
            NCT06494995, INC09A_ANC,       1.51,  ,   , MET
            NCT06494995, INC09A_ANC,       1.49,  ,   , NOT_MET
            NCT06494995, INC09B_PLT,       100,   ,   , MET
            NCT06494995, INC09B_PLT,       101,   ,   , MET
            NCT06494995, INC09B_PLT,       99,    ,   , NOT_MET
            NCT06494995, INC09C_HGB,       9,     ,   , MET
            NCT06494995, INC09C_HGB,       9.1,   ,   , MET
            NCT06494995, INC09C_HGB,       8.9,   ,   , NOT_MET
            NCT06494995, INC09D_ALB,       2.8,   ,   , MET
            NCT06494995, INC09D_ALB,       2.9,   ,   , MET
            NCT06494995, INC09D_ALB,       2.7,   ,   , NOT_MET
            NCT06494995, INC09E_BILI,      30,    20, , MET
            NCT06494995, INC09E_BILI,      29,    20, , MET
            NCT06494995, INC09E_BILI,      31,    20, , NOT_MET
            NCT06494995, INC09E_ALT,       120,   40, , MET
            NCT06494995, INC09E_ALT,       119,   40, , MET
            NCT06494995, INC09E_ALT,       121,   40, , NOT_MET
            NCT06494995, INC09E_AST,       120,   40, , MET
            NCT06494995, INC09E_AST,       119,   40, , MET
            NCT06494995, INC09E_AST,       121,   40, , NOT_MET
            NCT06494995, INC09E_ALP,       360,   120, , MET
            NCT06494995, INC09E_ALP,       359,   120, , MET
            NCT06494995, INC09E_ALP,       361,   120, , NOT_MET
            NCT06494995, INC09F_CREAT,     150,   100, , MET
            NCT06494995, INC09F_CREAT,     149,   100, , MET
            NCT06494995, INC09F_CREAT,     151,   100, , NOT_MET
            NCT06494995, INC09F_CRCL,      60,    ,   , MET
            NCT06494995, INC09F_CRCL,      60.01, ,   , MET
            NCT06494995, INC09F_CRCL,      59.99, ,   , NOT_MET
            NCT06494995, INC09G_APTT,      60,    40, , MET
            NCT06494995, INC09G_APTT,      59,    40, , MET
            NCT06494995, INC09G_APTT,      61,    40, , NOT_MET
            NCT06494995, INC09G_INR,       1.8,   1.2, , MET
            NCT06494995, INC09G_INR,       1.79,  1.2, , MET
            NCT06494995, INC09G_INR,       1.81,  1.2, , NOT_MET
            NCT06494995, INC09G_INR,       3.0,   1.2, THERAPEUTIC_ANTICOAGULATION, NOT_APPLICABLE
            NCT06494995, INC10_HBV_DNA,    500,   ,   , NOT_MET
            NCT06494995, INC10_HBV_DNA,    499,   ,   , MET
            NCT06494995, INC10_HBV_DNA,    501,   ,   , NOT_MET
            NCT07277764, INC02_RECURRENCE_INTERVAL, 1,   , , MET
            NCT07277764, INC02_RECURRENCE_INTERVAL, 1.1, , , MET
            NCT07277764, INC02_RECURRENCE_INTERVAL, 0.9, , , NOT_MET
            NCT07277764, INC05_ECOG,       1,     ,   , MET
            NCT07277764, INC05_ECOG,       0,     ,   , MET
            NCT07277764, INC05_ECOG,       2,     ,   , NOT_MET
            NCT07277764, INC06_AGE,        18,    ,   , MET
            NCT07277764, INC06_AGE,        17,    ,   , NOT_MET
            NCT07277764, INC06_AGE,        75,    ,   , MET
            NCT07277764, INC06_AGE,        76,    ,   , NOT_MET
            NCT07264075, INC02_AGE,        18,    ,   , MET
            NCT07264075, INC02_AGE,        17,    ,   , NOT_MET
            NCT07264075, INC02_AGE,        19,    ,   , MET
            NCT07264075, INC02_AGE,        80,    ,   , NOT_MET
            NCT07264075, INC02_AGE,        79,    ,   , MET
            NCT07264075, INC02_AGE,        81,    ,   , NOT_MET
            NCT07264075, INC03_ECOG,       1,     ,   , MET
            NCT07264075, INC03_ECOG,       0,     ,   , MET
            NCT07264075, INC03_ECOG,       2,     ,   , NOT_MET
            NCT07264075, INC09_PDL1_CPS,   1,     ,   , MET
            NCT07264075, INC09_PDL1_CPS,   2,     ,   , MET
            NCT07264075, INC09_PDL1_CPS,   0,     ,   , NOT_MET
            NCT07264075, INC10A_ANC,       1.5,   ,   , MET
            NCT07264075, INC10A_ANC,       1.51,  ,   , MET
            NCT07264075, INC10A_ANC,       1.49,  ,   , NOT_MET
            NCT07264075, INC10A_PLT,       100,   ,   , MET
            NCT07264075, INC10A_PLT,       101,   ,   , MET
            NCT07264075, INC10A_PLT,       99,    ,   , NOT_MET
            NCT07264075, INC10A_HGB,       10,    ,   , MET
            NCT07264075, INC10A_HGB,       10.1,  ,   , MET
            NCT07264075, INC10A_HGB,       9.9,   ,   , NOT_MET
            NCT07264075, INC10B_CRCL,      50,    ,   , MET
            NCT07264075, INC10B_CRCL,      50.01, ,   , MET
            NCT07264075, INC10B_CRCL,      49.99, ,   , NOT_MET
            NCT07264075, INC10C_BILI,      30,    20, , MET
            NCT07264075, INC10C_BILI,      29,    20, , MET
            NCT07264075, INC10C_BILI,      31,    20, , NOT_MET
            NCT07264075, INC10C_BILI,      60,    20, GILBERT_SYNDROME, MET
            NCT07264075, INC10C_BILI,      61,    20, GILBERT_SYNDROME, NOT_MET
            NCT07264075, INC10C_BILI,      60,    20, LIVER_METASTASES, MET
            NCT07264075, INC10C_AST,       100,   40, , MET
            NCT07264075, INC10C_AST,       99,    40, , MET
            NCT07264075, INC10C_AST,       101,   40, , NOT_MET
            NCT07264075, INC10C_AST,       200,   40, LIVER_METASTASES, MET
            NCT07264075, INC10C_AST,       201,   40, LIVER_METASTASES, NOT_MET
            NCT07264075, INC10C_ALT,       100,   40, , MET
            NCT07264075, INC10C_ALT,       99,    40, , MET
            NCT07264075, INC10C_ALT,       101,   40, , NOT_MET
            NCT07264075, INC10C_ALT,       201,   40, LIVER_METASTASES, NOT_MET
            NCT07264075, INC10C_ALB,       28,    ,   , MET
            NCT07264075, INC10C_ALB,       29,    ,   , MET
            NCT07264075, INC10C_ALB,       27,    ,   , NOT_MET
            NCT07264075, INC10D_INR,       1.8,   1.2, , MET
            NCT07264075, INC10D_INR,       1.79,  1.2, , MET
            NCT07264075, INC10D_INR,       1.81,  1.2, , NOT_MET
            NCT07264075, INC10D_INR,       3.0,   1.2, THERAPEUTIC_ANTICOAGULATION, NOT_APPLICABLE
            NCT07264075, INC10D_APTT,      60,    40, , MET
            NCT07264075, INC10D_APTT,      59,    40, , MET
            NCT07264075, INC10D_APTT,      61,    40, , NOT_MET
            NCT07264075, INC10D_APTT,      90,    40, THERAPEUTIC_ANTICOAGULATION, NOT_APPLICABLE
            """;

    @ParameterizedTest(name = "{0} {1} = {2} (ULN {3}, {4}) -> {5}")
    @CsvSource(textBlock = BOUNDARIES)
    void criterionAtItsBoundary(String trial, String criterionId, String value, String uln, String condition,
            CriterionStatus expected) {
        StudyDefinition definition = StudyDefinitions.get(trial);
        EligibilityCriterion criterion = definition.findCriterion(criterionId).orElseThrow();
        EligibilityEntry entry = uln == null
                ? EligibilityEntry.value(value)
                : EligibilityEntry.ulnMultiple(new BigDecimal(value), new BigDecimal(uln));
        EligibilityInput input = EligibilityInput.empty().with(criterionId, entry);
        if (condition != null) {
            input = input.withCondition(condition);
        }
        CriterionResult result = rules.evaluate(criterion, input);
        assertEquals(expected, result.status(), result.valueText() + " vs " + result.thresholdText());
    }

    @Test
    void theBoundaryTableCoversEveryComputableCriterionOfEveryTrial() {
        Set<String> covered = BOUNDARIES.lines().filter(l -> !l.isBlank())
                .map(l -> l.split(",")[0].trim() + "/" + l.split(",")[1].trim()).collect(Collectors.toSet());
        Set<String> computable = new TreeSet<>();
        for (StudyDefinition d : StudyDefinitions.CATALOG.definitions()) {
            d.eligibility().stream().filter(c -> c.type().isComputable())
                    .forEach(c -> computable.add(d.registryId() + "/" + c.id()));
        }
        Set<String> uncovered = new TreeSet<>(computable);
        uncovered.removeAll(covered);
        assertTrue(uncovered.isEmpty(), "No boundary rows for " + uncovered);
        Set<String> unknown = new HashSet<>(covered);
        unknown.removeAll(computable);
        assertTrue(unknown.isEmpty(), "Rows for criteria that are not computable: " + unknown);
    }

    @Test
    void everyCriterionOfEveryTrialIsMissingWithoutAValue() {
        for (StudyDefinition d : StudyDefinitions.CATALOG.definitions()) {
            EligibilityAssessment a = rules.assess(d, EligibilityInput.empty());
            assertEquals(EligibilityOutcome.INCOMPLETE, a.outcome(), d.registryId());
            for (EligibilityCriterion c : d.eligibility()) {
                assertEquals(CriterionStatus.MISSING, a.get(c.id()).status(), d.registryId() + "/" + c.id());
                assertTrue(a.reasons().stream().anyMatch(r -> r.contains(c.id())), c.id());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} = {4}")
    @CsvSource({
            // NCT07041788 "ANC ≥1.5×10^9/L": 1500/mm3 = 1.5 × 10^9/L
            "NCT07041788, INC07A_ANC, 1500, /mm3, MET",
            "NCT07041788, INC07A_ANC, 1490, /mm3, NOT_MET",
            // "Hemoglobin ≥8 g/dL": 80 g/L = 8 g/dL
            "NCT07041788, INC07C_HGB, 80, g/L, MET",
            "NCT07041788, INC07C_HGB, 79, g/L, NOT_MET",
            // "Serum albumin ≥2.8 g/dL": 28 g/L
            "NCT07041788, INC07D_ALB, 28, g/L, MET",
            "NCT07041788, INC07D_ALB, 27.9, g/L, NOT_MET",
            // NCT07264075 "Serum albumin ≥ 28 g/L": 2.8 g/dL
            "NCT07264075, INC10C_ALB, 2.8, g/dL, MET",
            "NCT07264075, INC10C_ALB, 2.79, g/dL, NOT_MET",
            // NCT07264075 "Platelet count ≥ 100×109/L (100,000/mm3)"
            "NCT07264075, INC10A_PLT, 100000, /mm3, MET",
            "NCT07264075, INC10A_PLT, 99000, /mm3, NOT_MET",
    })
    void convertsALabValueEnteredInAnotherUnitOfTheSameTest(String trial, String criterionId, String value,
            String unit, CriterionStatus expected) {
        EligibilityCriterion c = StudyDefinitions.get(trial).findCriterion(criterionId).orElseThrow();
        CriterionResult r = rules.evaluate(c, EligibilityInput.empty()
                .with(criterionId, EligibilityEntry.value(new BigDecimal(value), unit)));
        assertEquals(expected, r.status(), r.valueText());
    }

    @Test
    void rejectsAUnitOfAnotherTest() {
        EligibilityCriterion c = StudyDefinitions.get("NCT07041788").findCriterion("INC07A_ANC").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> rules.evaluate(c,
                EligibilityInput.empty().with(c.id(), EligibilityEntry.value(BigDecimal.ONE, "g/dL"))));
    }

    @ParameterizedTest(name = "CG {0} y {1} {2} kg Scr {3} {4} -> {5} ({6})")
    @CsvSource({
            // NCT06494995 "creatinine clearance ≥60 mL/min (Cockcroft-Gault)": (140-68)×60/72 = 60 -> at the boundary
            "NCT06494995, 68, MALE, 60, 1.0, mg/dL, MET",
            "NCT06494995, 68, MALE, 61, 1.0, mg/dL, MET",      // 61
            "NCT06494995, 68, MALE, 59, 1.0, mg/dL, NOT_MET",  // 59
            "NCT06494995, 68, MALE, 60, 88.42, µmol/L, MET",   // 88.42 µmol/L = 1.0 mg/dL
            "NCT06494995, 68, FEMALE, 60, 1.0, mg/dL, NOT_MET", // 60 × 0.85 = 51
            // NCT07264075 "≥ 50 mL/min": female 60 y 50 kg 0.85 mg/dL: 80×50/61.2×0.85 = 55.56
            "NCT07264075, 60, FEMALE, 50, 0.85, mg/dL, MET",
            // male 80 y 50 kg 0.8 mg/dL: 60×50/57.6 = 52.08; female ×0.85 = 44.27
            "NCT07264075, 80, FEMALE, 50, 0.8, mg/dL, NOT_MET",
            // NCT07041788 "creatinine clearance >60 mL/min": exactly 60 is not > 60
            "NCT07041788, 68, MALE, 60, 1.0, mg/dL, NOT_MET",
            "NCT07041788, 68, MALE, 61, 1.0, mg/dL, MET",
    })
    void computesCockcroftGaultClearance(String trial, int age, String sex, String weight, String scr, String unit,
            CriterionStatus expected) {
        StudyDefinition d = StudyDefinitions.get(trial);
        EligibilityCriterion c = d.eligibility().stream()
                .filter(x -> x.type() == CriterionType.CREATININE_CLEARANCE).findFirst().orElseThrow();
        CriterionResult r = rules.evaluate(c, EligibilityInput.empty().with(c.id(), EligibilityEntry.cockcroftGault(
                age, Sex.valueOf(sex), new BigDecimal(weight), new BigDecimal(scr), unit)));
        assertEquals(expected, r.status(), r.valueText());
    }

    @Test
    void renalFunctionOfNct07041788IsSatisfiedByEitherCreatinineOrClearance() {
        StudyDefinition d = StudyDefinitions.get("NCT07041788");
        EligibilityInput creatinineHighClearanceGood = allOtherCriteriaMet(d)
                .with("INC07F_CREAT", EligibilityEntry.ulnMultiple(new BigDecimal("151"), new BigDecimal("100")))
                .with("INC07F_CRCL", EligibilityEntry.value("61"));
        EligibilityAssessment a = rules.assess(d, creatinineHighClearanceGood);
        assertEquals(CriterionStatus.NOT_MET, a.get("INC07F_CREAT").status());
        assertEquals(EligibilityOutcome.ELIGIBLE, a.outcome(), a.reasons().toString());

        EligibilityAssessment onlyCreatinine = rules.assess(d, without(allOtherCriteriaMet(d), "INC07F_CRCL")
                .with("INC07F_CREAT", EligibilityEntry.ulnMultiple(new BigDecimal("150"), new BigDecimal("100"))));
        assertEquals(CriterionStatus.MISSING, onlyCreatinine.get("INC07F_CRCL").status());
        assertEquals(EligibilityOutcome.ELIGIBLE, onlyCreatinine.outcome(), onlyCreatinine.reasons().toString());

        EligibilityAssessment neither = rules.assess(d, allOtherCriteriaMet(d)
                .with("INC07F_CREAT", EligibilityEntry.ulnMultiple(new BigDecimal("151"), new BigDecimal("100")))
                .with("INC07F_CRCL", EligibilityEntry.value("60")));
        assertEquals(EligibilityOutcome.NOT_ELIGIBLE, neither.outcome());
        assertEquals(2, neither.reasons().size(), neither.reasons().toString());
    }

    @Test
    void nct06494995NeedsBothCreatinineAndClearance() {
        StudyDefinition d = StudyDefinitions.get("NCT06494995");
        EligibilityAssessment a = rules.assess(d, allOtherCriteriaMet(d)
                .with("INC09F_CRCL", EligibilityEntry.value("59")));
        assertEquals(EligibilityOutcome.NOT_ELIGIBLE, a.outcome());
        assertEquals(1, a.reasons().size());
        assertTrue(a.reasons().get(0).startsWith("INC09F_CRCL"), a.reasons().get(0));
    }

    @Test
    void aFullyMetSubjectIsEligibleInEveryTrial() {
        for (StudyDefinition d : StudyDefinitions.CATALOG.definitions()) {
            EligibilityAssessment a = rules.assess(d, allOtherCriteriaMet(d));
            assertEquals(EligibilityOutcome.ELIGIBLE, a.outcome(), d.registryId() + " " + a.reasons());
            assertTrue(a.reasons().isEmpty());
        }
    }

    @Test
    void aNotMetCriterionMakesTheSubjectNotEligibleEvenWithOthersMissing() {
        StudyDefinition d = StudyDefinitions.get("NCT07264075");
        EligibilityAssessment a = rules.assess(d, EligibilityInput.empty()
                .with("INC09_PDL1_CPS", EligibilityEntry.value("0")));
        assertEquals(EligibilityOutcome.NOT_ELIGIBLE, a.outcome());
        assertTrue(a.reasons().get(0).startsWith("INC09_PDL1_CPS"), a.reasons().get(0));
        assertTrue(a.reasons().get(0).contains("≥ 1 CPS"), a.reasons().get(0));
    }

    @Test
    void exclusionChecklistYesExcludes() {
        StudyDefinition d = StudyDefinitions.get("NCT07277764");
        EligibilityAssessment a = rules.assess(d, allOtherCriteriaMet(d)
                .with("EXC04_PRIOR_PD1", EligibilityEntry.yes()));
        assertEquals(CriterionStatus.NOT_MET, a.get("EXC04_PRIOR_PD1").status());
        assertEquals(EligibilityOutcome.NOT_ELIGIBLE, a.outcome());
        assertEquals(CriterionStatus.MET, a.get("EXC01_DISTANT_METASTASIS").status());
    }

    @Test
    void investigatorOverrideTurnsACriterionMetByOverride() {
        StudyDefinition d = StudyDefinitions.get("NCT07041788");
        EligibilityAssessment a = rules.assess(d, allOtherCriteriaMet(d)
                .with("INC07B_PLT", EligibilityEntry.value("88"))
                .withOverride("INC07B_PLT", "Repeat count 92 pending; sponsor agreed by e-mail"));
        CriterionResult plt = a.get("INC07B_PLT");
        assertEquals(CriterionStatus.MET_BY_OVERRIDE, plt.status());
        assertEquals("Repeat count 92 pending; sponsor agreed by e-mail", plt.overrideReason());
        assertEquals(0, new BigDecimal("88").compareTo(plt.value()));
        assertEquals(EligibilityOutcome.ELIGIBLE, a.outcome());
        assertThrows(IllegalArgumentException.class, () -> EligibilityInput.empty().withOverride("INC07B_PLT", " "));
    }

    @Test
    void hbvDnaMayBeNotApplicableButAnUnconditionalCriterionMayNot() {
        StudyDefinition d = StudyDefinitions.get("NCT06494995");
        CriterionResult r = rules.evaluate(d.findCriterion("INC10_HBV_DNA").orElseThrow(), EligibilityInput.empty()
                .with("INC10_HBV_DNA", EligibilityEntry.notApplicable("HBsAg negative")));
        assertEquals(CriterionStatus.NOT_APPLICABLE, r.status());
        assertNull(r.value());
        EligibilityCriterion anc = d.findCriterion("INC09A_ANC").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> rules.evaluate(anc, EligibilityInput.empty()
                .with("INC09A_ANC", EligibilityEntry.notApplicable("?"))));
    }

    @Test
    void thresholdAndValueTextsAreReadable() {
        StudyDefinition d = StudyDefinitions.get("NCT07041788");
        CriterionResult alt = rules.evaluate(d.findCriterion("INC07E_ALT").orElseThrow(), EligibilityInput.empty()
                .with("INC07E_ALT", EligibilityEntry.ulnMultiple(new BigDecimal("120"), new BigDecimal("40"))));
        assertEquals("≤ 2.5 ×ULN", alt.thresholdText());
        assertEquals("3 ×ULN (120, ULN 40)", alt.valueText());
        CriterionResult age = rules.evaluate(d.findCriterion("INC01_AGE").orElseThrow(),
                EligibilityInput.empty().with("INC01_AGE", EligibilityEntry.value("80")));
        assertEquals("≥ 18 and ≤ 75 years", age.thresholdText());
    }

    @Test
    void valueAndThresholdTextsRenderInTheReadersLanguage() {
        StudyDefinition d = StudyDefinitions.get("NCT07041788");
        CriterionResult age = rules.evaluate(d.findCriterion("INC01_AGE").orElseThrow(),
                EligibilityInput.empty().with("INC01_AGE", EligibilityEntry.value("44")));
        assertEquals("44 years", age.valueText());
        assertEquals("44 岁", Texts.render(age.shownValue(), Locale.SIMPLIFIED_CHINESE));
        assertEquals("≥ 18 且 ≤ 75 岁", Texts.render(age.shownThreshold(), Locale.SIMPLIFIED_CHINESE));
        CriterionResult histology = rules.evaluate(d.findCriterion("INC02_HISTOLOGY").orElseThrow(),
                EligibilityInput.empty().with("INC02_HISTOLOGY", EligibilityEntry.answer(true)));
        assertEquals("yes", histology.valueText());
        assertEquals("yes required", histology.thresholdText());
        assertEquals("是", Texts.render(histology.shownValue(), Locale.SIMPLIFIED_CHINESE));
        assertEquals("需为是", Texts.render(histology.shownThreshold(), Locale.SIMPLIFIED_CHINESE));
        CriterionResult ecog = rules.evaluate(d.findCriterion("INC05_ECOG").orElseThrow(),
                EligibilityInput.empty().with("INC05_ECOG", EligibilityEntry.value("1")));
        assertEquals("1 ECOG", Texts.render(ecog.shownValue(), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void rejectsAnEntryForAnUnknownCriterion() {
        StudyDefinition d = StudyDefinitions.get("NCT07041788");
        assertThrows(IllegalArgumentException.class,
                () -> rules.assess(d, EligibilityInput.empty().with("NO_SUCH", EligibilityEntry.yes())));
    }

    static EligibilityInput without(EligibilityInput input, String criterionId) {
        java.util.Map<String, EligibilityEntry> entries = new java.util.HashMap<>(input.entries());
        entries.remove(criterionId);
        return new EligibilityInput(entries, input.subjectConditions(), input.overrides());
    }

    /** An input meeting every criterion comfortably (values chosen well inside every registry threshold). */
    static EligibilityInput allOtherCriteriaMet(StudyDefinition d) {
        EligibilityInput input = EligibilityInput.empty();
        for (EligibilityCriterion c : d.eligibility()) {
            EligibilityEntry entry = switch (c.type()) {
                case CHECKLIST -> EligibilityEntry.answer(c.kind() == org.vigia.study.definition.CriterionKind.INCLUSION);
                case ULN_MULTIPLE -> EligibilityEntry.ulnMultiple(new BigDecimal("10"), new BigDecimal("40"));
                case CREATININE_CLEARANCE -> EligibilityEntry.value("95");
                case NUMERIC -> EligibilityEntry.value(comfortablyInside(c));
            };
            input = input.with(c.id(), entry);
        }
        return input;
    }

    private static BigDecimal comfortablyInside(EligibilityCriterion c) {
        return switch (c.id()) {
            case "INC01_AGE", "INC02_AGE", "INC06_AGE" -> new BigDecimal("55");
            case "INC05_ECOG", "INC08_ECOG", "INC03_ECOG" -> BigDecimal.ZERO;
            case "INC10_HBV_DNA" -> new BigDecimal("20");
            case "INC02_RECURRENCE_INTERVAL" -> new BigDecimal("2.5");
            case "INC09_PDL1_CPS" -> new BigDecimal("25");
            default -> c.threshold().multiply(new BigDecimal("1.5")); // all remaining are ≥ lab thresholds
        };
    }
}
