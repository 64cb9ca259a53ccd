package org.vigia.study.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Schema 2 of the study definitions: the protocol values that were code are required, named by path and file when
 * missing; the four shipped definitions carry exactly the values the code had; a schema 1 version (stored before)
 * still reads, with those values.
 */
class ProtocolValuesTest {

    private static final String SOURCE = "studies/NCT07277764.yaml";
    private static final ObjectMapper YAML = StudyDefinitionReader.mapper();
    private static final StudyDefinitionCatalog CATALOG = StudyDefinitionCatalog.loadFromClasspath("studies/");

    /** The shipped NCT07277764 definition as a tree, changed by {@code edit}, read back. */
    private static StudyDefinition readEdited(Consumer<ObjectNode> edit) {
        try (InputStream in = ProtocolValuesTest.class.getClassLoader().getResourceAsStream(SOURCE)) {
            ObjectNode tree = (ObjectNode) YAML.readTree(in);
            edit.accept(tree);
            byte[] yaml = YAML.writeValueAsBytes(tree);
            return StudyDefinitionReader.read(new ByteArrayInputStream(yaml), SOURCE);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void remove(ObjectNode tree, String path) {
        String[] parts = path.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        assertTrue(node.has(parts[parts.length - 1]), "the shipped file has " + path);
        node.remove(parts[parts.length - 1]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tumourClassification                         | tumourClassification is required
            tumourClassification.primarySites            | tumourClassification.primarySites is required
            tumourClassification.tCategories             | tumourClassification.tCategories is required
            tumourClassification.nCategories             | tumourClassification.nCategories is required
            tumourClassification.mCategories             | tumourClassification.mCategories is required
            tumourClassification.stages                  | tumourClassification.stages is required
            tumourClassification.hpvStatuses             | tumourClassification.hpvStatuses is required
            radiotherapyCheck.mucositisTerm              | radiotherapyCheck.mucositisTerm is required
            radiotherapyCheck.dermatitisTerm             | radiotherapyCheck.dermatitisTerm is required
            radiotherapyCheck.maxWeek                    | radiotherapyCheck.maxWeek is required
            radiotherapyCheck.maxGrade                   | radiotherapyCheck.maxGrade is required
            dosing                                       | dosing is required
            dosing.doseTolerancePercent                  | dosing.doseTolerancePercent is required
            dosing.bsaWeightChangePercent                | dosing.bsaWeightChangePercent is required
            safetyReporting                              | safetyReporting.initialReportHours is required
            safetyReporting.initialReportHours           | safetyReporting.initialReportHours is required
            dmc                                          | dmc is required
            dmc.safetySummariesByArm                     | dmc.safetySummariesByArm is required
            dmc.treatmentEmergentDays                    | dmc.treatmentEmergentDays is required
            dmc.landmarkYears                            | dmc.landmarkYears is required
            dmc.mostFrequentTerms                        | dmc.mostFrequentTerms is required
            dmc.labShiftTests                            | dmc.labShiftTests is required
            dmc.excludedAeStatuses                       | dmc.excludedAeStatuses is required
            """)
    void aSchemaTwoDefinitionMissingAProtocolValueIsRefusedNamingFileAndPath(String path, String expected) {
        StudyDefinitionException e = assertThrows(StudyDefinitionException.class, () -> readEdited(t -> remove(t, path)));
        assertTrue(e.getMessage().startsWith(SOURCE + ": invalid study definition"), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(expected)), e.problems().toString());
    }

    @Test
    void outOfRangeValuesAndUnknownSitesAreRefused() {
        StudyDefinitionException e = assertThrows(StudyDefinitionException.class, () -> readEdited(t -> {
            ((ObjectNode) t.get("tumourClassification")).putArray("hpvP16Sites").add("TONSIL");
            ((ObjectNode) t.get("radiotherapyCheck")).put("maxGrade", 5);
            ((ObjectNode) t.get("dosing")).put("bsaWeightChangePercent", 0);
            ((ObjectNode) t.get("safetyReporting")).put("initialReportHours", 0);
        }));
        assertEquals(List.of("tumourClassification.hpvP16Sites: 'TONSIL' is not one of tumourClassification.primarySites",
                        "radiotherapyCheck.maxGrade is required (highest grade recorded, 1 to 4)",
                        "dosing.bsaWeightChangePercent is required (weight change in percent that recomputes the BSA,"
                                + " above 0 and below 100)",
                        "safetyReporting.initialReportHours is required (hours from awareness of an SAE to the initial"
                                + " report, 1 or more)"),
                e.problems());
    }

    @Test
    void theProposalDecisionLimitIsSevenDaysWhenAbsentAndTheDefinitionsValueWhenGiven() {
        assertEquals(7, readEdited(t -> { }).safetyReporting().proposalDecisionLimitDays());
        assertEquals(3, readEdited(t -> ((ObjectNode) t.get("safetyReporting")).put("proposalDecisionDays", 3))
                .safetyReporting().proposalDecisionLimitDays());
        StudyDefinitionException e = assertThrows(StudyDefinitionException.class, () -> readEdited(t ->
                ((ObjectNode) t.get("safetyReporting")).put("proposalDecisionDays", 0)));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("safetyReporting.proposalDecisionDays must be 1 or more")),
                e.problems().toString());
    }

    @Test
    void aStudyWithoutTheRadiotherapySectionHasNoWeeklyCheck() {
        StudyDefinition d = readEdited(t -> remove(t, "radiotherapyCheck"));
        assertTrue(d.findRadiotherapyCheck().isEmpty());
    }

    @Test
    void aNewerSchemaIsRefused() {
        StudyDefinitionException e = assertThrows(StudyDefinitionException.class,
                () -> readEdited(t -> t.put("schemaVersion", 3)));
        assertTrue(e.problems().contains("schemaVersion 3 is newer than this Vigia reads (2)"), e.problems().toString());
    }

    @Test
    void aSchemaOneVersionStoredBeforeStillReadsWithTheValuesTheCodeHad() {
        StudyDefinition old = readEdited(t -> {
            t.put("schemaVersion", 1);
            t.put("definitionVersion", "1.0");
            List.of("tumourClassification", "radiotherapyCheck", "dosing", "safetyReporting").forEach(t::remove);
            ObjectNode dmc = (ObjectNode) t.get("dmc");
            List.of("treatmentEmergentDays", "landmarkYears", "mostFrequentTerms", "labShiftTests", "excludedAeStatuses")
                    .forEach(dmc::remove);
        });
        assertEquals(SchemaOneDefaults.TUMOUR_CLASSIFICATION, old.tumourClassification());
        assertEquals(SchemaOneDefaults.RADIOTHERAPY_CHECK, old.radiotherapyCheck());
        assertEquals(SchemaOneDefaults.DOSING, old.dosing());
        assertEquals(SchemaOneDefaults.SAFETY_REPORTING, old.safetyReporting());
        assertEquals(List.of(3), old.dmc().landmarkYears(), "schema 1: the endpoints' landmarkMonths (36) first");
        assertEquals(30, old.dmc().treatmentEmergentDays());
        assertEquals(10, old.dmc().mostFrequentTerms());
        assertEquals(SchemaOneDefaults.LAB_SHIFT_TESTS, old.dmc().labShiftTests());
        assertEquals(SchemaOneDefaults.EXCLUDED_AE_STATUSES, old.dmc().excludedAeStatuses());
        assertFalse(old.dmc().safetySummariesByArm(), "what the file says is kept");
    }

    /** The constants the code held before schema 2, written out: the shipped definitions must carry exactly these. */
    @Test
    void schemaOneDefaultsAreTheFormerConstants() {
        TumourClassification t = SchemaOneDefaults.TUMOUR_CLASSIFICATION;
        assertEquals(List.of("NASOPHARYNX", "OROPHARYNX", "ORAL_CAVITY", "HYPOPHARYNX", "LARYNX", "OTHER"), t.primarySites());
        assertEquals(List.of("TX", "T0", "Tis", "T1", "T2", "T3", "T4", "T4a", "T4b"), t.tCategories());
        assertEquals(List.of("NX", "N0", "N1", "N2", "N2a", "N2b", "N2c", "N3", "N3a", "N3b"), t.nCategories());
        assertEquals(List.of("M0", "M1"), t.mCategories());
        assertEquals(List.of("0", "I", "II", "III", "IVA", "IVB", "IVC"), t.stages());
        assertEquals(List.of("POSITIVE", "NEGATIVE", "NOT_DONE"), t.hpvStatuses());
        assertEquals(List.of("OROPHARYNX"), t.hpvP16Sites());
        assertEquals(List.of("NASOPHARYNX"), t.ebvDnaSites());
        assertEquals(List.of("NASOPHARYNX"), t.recurrenceStagingSites());
        RadiotherapyCheckSettings rt = SchemaOneDefaults.RADIOTHERAPY_CHECK;
        assertEquals("Mucositis oral", rt.mucositisTerm());
        assertEquals("Dermatitis radiation", rt.dermatitisTerm());
        assertEquals(10, rt.maxWeek());
        assertEquals(4, rt.maxGrade());
        assertEquals(0, new BigDecimal("5").compareTo(SchemaOneDefaults.DOSING.doseTolerancePercent()));
        assertEquals(0, new BigDecimal("10").compareTo(SchemaOneDefaults.DOSING.bsaWeightChangePercent()));
        assertEquals(Duration.ofHours(24), SchemaOneDefaults.SAFETY_REPORTING.initialReportWindow());
        assertEquals(List.of("PROPOSED", "DISMISSED", "DELETED", "ENTERED_IN_ERROR"), SchemaOneDefaults.EXCLUDED_AE_STATUSES);
        assertEquals(List.of("ANC", "PLT", "WBC", "LYM", "HGB", "ALT", "AST", "ALP", "GGT", "BILI", "ALB", "CREAT"),
                SchemaOneDefaults.LAB_SHIFT_TESTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCT07041788", "NCT06494995", "NCT07277764", "NCT07264075"})
    void eachShippedDefinitionIsSchemaTwoAndCarriesTheFormerValues(String registryId) {
        StudyDefinition d = CATALOG.get(registryId);
        assertEquals(2, d.schemaVersion());
        assertTrue(StudyDefinitionValidator.validate(d).isEmpty());
        TumourClassification t = d.tumourClassification();
        TumourClassification was = SchemaOneDefaults.TUMOUR_CLASSIFICATION;
        assertEquals(List.of(was.primarySites(), was.tCategories(), was.nCategories(), was.mCategories(), was.stages(),
                        was.hpvStatuses(), was.hpvP16Sites(), was.ebvDnaSites(), was.recurrenceStagingSites()),
                List.of(t.primarySites(), t.tCategories(), t.nCategories(), t.mCategories(), t.stages(), t.hpvStatuses(),
                        t.hpvP16Sites(), t.ebvDnaSites(), t.recurrenceStagingSites()));
        RadiotherapyCheckSettings rt = d.findRadiotherapyCheck().orElseThrow(() -> new AssertionError(
                "every study had the weekly check before schema 2"));
        assertEquals(List.of("Mucositis oral", "Dermatitis radiation", 10, 4),
                List.of(rt.mucositisTerm(), rt.dermatitisTerm(), rt.maxWeek(), rt.maxGrade()));
        assertEquals(0, d.dosing().doseTolerancePercent().compareTo(SchemaOneDefaults.DOSING.doseTolerancePercent()));
        assertEquals(0, d.dosing().bsaWeightChangePercent().compareTo(SchemaOneDefaults.DOSING.bsaWeightChangePercent()));
        assertEquals(Duration.ofHours(24), d.safetyReporting().initialReportWindow());
        assertEquals(SchemaOneDefaults.EXCLUDED_AE_STATUSES, d.dmc().excludedAeStatuses());
        assertEquals(SchemaOneDefaults.LAB_SHIFT_TESTS, d.dmc().labShiftTests());
        assertEquals(30, d.dmc().treatmentEmergentDays());
        assertEquals(10, d.dmc().mostFrequentTerms());
    }

    /**
     * The texts version 1.0 stored in an installation from before still read, and give the same protocol values as
     * version 1.1: data entered under 1.0 behave as they did.
     */
    @ParameterizedTest
    @ValueSource(strings = {"NCT07041788", "NCT06494995", "NCT07277764", "NCT07264075"})
    void theStoredVersionOneTextsStillReadWithTheSameValuesAsVersionOnePointOne(String registryId) {
        StudyDefinition old = StudyDefinitionCatalog.loadFromClasspath("studies-1.0/").get(registryId);
        StudyDefinition now = CATALOG.get(registryId);
        assertEquals(List.of(1, "1.0"), List.of(old.schemaVersion(), old.definitionVersion()));
        assertEquals(now.effectiveFrom(), old.effectiveFrom(), "1.1 changes no protocol value: same effective date");
        TumourClassification t = now.tumourClassification();
        TumourClassification o = old.tumourClassification();
        assertEquals(List.of(t.primarySites(), t.tCategories(), t.nCategories(), t.mCategories(), t.stages(),
                        t.hpvStatuses(), t.hpvP16Sites(), t.ebvDnaSites(), t.recurrenceStagingSites()),
                List.of(o.primarySites(), o.tCategories(), o.nCategories(), o.mCategories(), o.stages(), o.hpvStatuses(),
                        o.hpvP16Sites(), o.ebvDnaSites(), o.recurrenceStagingSites()));
        RadiotherapyCheckSettings rt = now.findRadiotherapyCheck().orElseThrow();
        RadiotherapyCheckSettings ort = old.findRadiotherapyCheck().orElseThrow();
        assertEquals(List.of(rt.mucositisTerm(), rt.dermatitisTerm(), rt.maxWeek(), rt.maxGrade()),
                List.of(ort.mucositisTerm(), ort.dermatitisTerm(), ort.maxWeek(), ort.maxGrade()));
        assertEquals(0, now.dosing().doseTolerancePercent().compareTo(old.dosing().doseTolerancePercent()));
        assertEquals(0, now.dosing().bsaWeightChangePercent().compareTo(old.dosing().bsaWeightChangePercent()));
        assertEquals(now.safetyReporting().initialReportWindow(), old.safetyReporting().initialReportWindow());
        DmcSettings d = now.dmc();
        DmcSettings od = old.dmc();
        assertEquals(List.of(d.safetySummariesByArm(), d.treatmentEmergentDays(), d.landmarkYears(), d.mostFrequentTerms(),
                        d.labShiftTests(), d.excludedAeStatuses()),
                List.of(od.safetySummariesByArm(), od.treatmentEmergentDays(), od.landmarkYears(), od.mostFrequentTerms(),
                        od.labShiftTests(), od.excludedAeStatuses()));
        assertEquals(now.preCycleLabs(), old.preCycleLabs());
        assertEquals(now.doseModification(), old.doseModification());
    }

    /** NCT07041788 1.2: "oral mucositis (RTOG grading)"; "severe cases require radiotherapy suspension". */
    @Test
    void aSevereWeeklyCheckRaisesTheSuspensionRuleOfNct07041788() {
        StudyDefinition d = CATALOG.get("NCT07041788");
        RadiotherapyCheckSettings rt = d.findRadiotherapyCheck().orElseThrow();
        assertTrue(rt.rtog());
        assertEquals(List.of(3, "SEVERE_RADIATION_INJURY"), List.of(rt.severeFromGrade(), rt.severeEvent()));
        assertTrue(rt.severe(3));
        assertTrue(!rt.severe(2));
        assertTrue(d.radiotherapyCourses().stream().flatMap(c -> c.eventRules().stream())
                .anyMatch(r -> r.event().equals(rt.severeEvent()) && r.action() == RadiotherapyAction.SUSPEND_RADIOTHERAPY));
        List<String> problems = new java.util.ArrayList<>();
        ProtocolValues.severeEvent(problems, CATALOG.get("NCT06494995"));
        assertEquals(List.of(), problems, "a study without the rule has nothing to check");
        StudyDefinitionException wrong = assertThrows(StudyDefinitionException.class, () -> readEdited(t ->
                ((ObjectNode) t.get("radiotherapyCheck")).put("severeFromGrade", 3).put("severeEvent", "NO_SUCH_EVENT")));
        assertTrue(wrong.problems().contains(
                "radiotherapyCheck.severeEvent: no radiotherapy course has an event rule for 'NO_SUCH_EVENT'"),
                wrong.problems().toString());
        StudyDefinitionException half = assertThrows(StudyDefinitionException.class, () -> readEdited(t ->
                ((ObjectNode) t.get("radiotherapyCheck")).put("severeFromGrade", 3)));
        assertTrue(half.problems().stream().anyMatch(m -> m.contains("go together")), half.problems().toString());
    }
}
