package org.vigia.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.terminology.CtcaeDictionary;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.clinical.BodySurfaceAreaFormula;
import org.vigia.study.definition.StudyDefinitionCatalog;
import org.vigia.study.definition.TumourClassification;

class BaselineFormRulesTest {

    private static final CtcaeDictionary CTCAE = CtcaeDictionary.load();
    /** The head-and-neck classification as the shipped study definitions carry it. */
    private static final TumourClassification HEAD_AND_NECK = StudyDefinitionCatalog.loadFromClasspath("studies/")
            .get("NCT07277764").tumourClassification();
    private static final BaselineFormRules.Context MOSTELLER = new BaselineFormRules.Context(
            LocalDate.of(2026, 1, 5), BodySurfaceAreaFormula.MOSTELLER, CTCAE, HEAD_AND_NECK);
    private static final BaselineFormRules.Context DUBOIS = new BaselineFormRules.Context(
            LocalDate.of(2026, 1, 5), BodySurfaceAreaFormula.DUBOIS, CTCAE, HEAD_AND_NECK);

    @Test
    void bsaFollowsTheStudyFormula() {
        Map<String, Object> in = Map.of("heightCm", "170", "weightKg", "70", "measuredOn", "2026-01-06");
        // Mosteller: sqrt(170 × 70 / 3600) = sqrt(3.30556) = 1.8181 → 1.82 m²
        assertEquals(new BigDecimal("1.82"), BaselineFormRules.validate(BaselineFormType.VITALS, in, MOSTELLER).get("bsa"));
        // DuBois: 0.007184 × 70^0.425 × 170^0.725 = 0.007184 × 6.0836 × 41.412 = 1.8099 → 1.81 m²
        assertEquals(new BigDecimal("1.81"), BaselineFormRules.validate(BaselineFormType.VITALS, in, DUBOIS).get("bsa"));
    }

    @ParameterizedTest
    @CsvSource({"170,700,weightKg", "170,19.9,weightKg", "99,70,heightCm", "231,70,heightCm", "170,abc,weightKg"})
    void implausibleHeightOrWeightIsRefusedNamingTheField(String height, String weight, String field) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> BaselineFormRules.validate(BaselineFormType.VITALS,
                Map.of("heightCm", height, "weightKg", weight), MOSTELLER));
        assertTrue(e.fieldErrors().containsKey(field), e.fieldErrors().toString());
    }

    @Test
    void limitsThemselvesArePlausible() {
        assertTrue(BaselineFormRules.bsa(BodySurfaceAreaFormula.MOSTELLER, new BigDecimal("100"), new BigDecimal("20")).isPresent());
        assertTrue(BaselineFormRules.bsa(BodySurfaceAreaFormula.MOSTELLER, new BigDecimal("230"), new BigDecimal("250")).isPresent());
        assertFalse(BaselineFormRules.bsa(BodySurfaceAreaFormula.MOSTELLER, new BigDecimal("170"), new BigDecimal("700")).isPresent());
    }

    @Test
    void ecogIsAWholeNumberFromZeroToFive() {
        assertEquals(5, BaselineFormRules.validate(BaselineFormType.ECOG, Map.of("ecog", "5"), MOSTELLER).get("ecog"));
        assertThrows(InvalidInput.class, () -> BaselineFormRules.validate(BaselineFormType.ECOG, Map.of("ecog", "6"), MOSTELLER));
        assertThrows(InvalidInput.class, () -> BaselineFormRules.validate(BaselineFormType.ECOG, Map.of("ecog", "1.5"), MOSTELLER));
    }

    @Test
    void recurrentNasopharyngealCarcinomaNeedsRtnmAndHpvBelongsToOropharynx() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> BaselineFormRules.validate(BaselineFormType.TUMOUR,
                Map.of("primarySite", "NASOPHARYNX", "recurrent", true, "hpvP16", "POSITIVE"), MOSTELLER));
        assertTrue(e.fieldErrors().keySet().containsAll(List.of("rT", "rN", "rM", "hpvP16")), e.fieldErrors().toString());
        Map<String, Object> opc = BaselineFormRules.validate(BaselineFormType.TUMOUR, Map.of("primarySite", "OROPHARYNX",
                "histology", "SCC", "t", "T2", "n", "N1", "m", "M0", "stage", "I", "hpvP16", "POSITIVE"), MOSTELLER);
        assertTrue(BaselineFormRules.isComplete(BaselineFormType.TUMOUR, opc, HEAD_AND_NECK));
    }

    @Test
    void medicalHistoryTakesCtcaeTermsWithTheirDefinedGrades() {
        // CTCAE v5.0 "Dry mouth" has grades 1-3 only
        Map<String, Object> ok = BaselineFormRules.validate(BaselineFormType.MEDICAL_HISTORY,
                Map.of("items", List.of(Map.of("term", "dry mouth", "grade", "3"))), MOSTELLER);
        Map<?, ?> item = (Map<?, ?>) ((List<?>) ok.get("items")).get(0);
        assertEquals("Dry mouth", item.get("term"));
        assertEquals("10013781", item.get("meddraCode"));
        InvalidInput e = assertThrows(InvalidInput.class, () -> BaselineFormRules.validate(BaselineFormType.MEDICAL_HISTORY,
                Map.of("items", List.of(Map.of("term", "Dry mouth", "grade", "4"))), MOSTELLER));
        assertTrue(e.fieldErrors().containsKey("items[0].grade"));
    }
}
