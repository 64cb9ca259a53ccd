package org.vigia.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.form.definition.FormCatalog;
import org.vigia.form.definition.FormDefinition;

/**
 * The QoL form's scores, hand-computed with the EORTC QLQ-C30 Scoring Manual (3rd edition): raw score RS = mean of
 * the answered items; functional scales 100 × (1 − (RS − 1) / range), symptom scales and items 100 × (RS − 1) / range,
 * global health 100 × (RS − 1) / range with range 6; a scale is scored when at least half of its items are answered.
 */
class FormScoresTest {

    private static final FormDefinition QOL = FormCatalog.loadFromClasspath("forms/").library().forProcedure("QOL")
            .orElseThrow();

    @Test
    void theCoreQuestionnaireIsScoredFromTheStoredAnswers() {
        Map<String, String> v = new HashMap<>();
        v.put("QS[0].QSDAT", "2026-03-02");
        v.put("C30[0].C30Q29", "6"); // global health: RS = (6 + 5) / 2 = 5.5, 100 × 4.5 / 6 = 75
        v.put("C30[0].C30Q30", "5");
        for (int i = 1; i <= 5; i++) {
            v.put("C30[0].C30Q0" + i, "1"); // physical functioning: no problem at all, 100
        }
        v.put("C30[0].C30Q10", "2"); // fatigue 10, 12, 18: RS = (2 + 3 + 4) / 3 = 3, 100 × 2 / 3 = 66.67
        v.put("C30[0].C30Q12", "3");
        v.put("C30[0].C30Q18", "4");
        v.put("C30[0].C30Q08", "4"); // dyspnoea, single item: 100 × 3 / 3 = 100
        Map<String, BigDecimal> c30 = FormScores.of(QOL, v).get("EORTC_QLQ_C30");
        assertEquals(new BigDecimal("75.00"), c30.get("QL2"));
        assertEquals(new BigDecimal("100.00"), c30.get("PF2"));
        assertEquals(new BigDecimal("66.67"), c30.get("FA"));
        assertEquals(new BigDecimal("100.00"), c30.get("DY"));
        assertNull(c30.get("EF"), "no emotional functioning item answered");
        assertNull(c30.get("SUMSC"), "the summary score needs all its scales");
        assertTrue(c30.containsKey("EF"), "a scale that cannot be scored is listed as null");
    }

    @Test
    void aScaleWithFewerThanHalfItsItemsAnsweredIsNotScored() {
        Map<String, String> v = new HashMap<>();
        v.put("C30[0].C30Q01", "2"); // physical functioning 1-5: two of five answered, less than half
        v.put("C30[0].C30Q02", "2");
        assertNull(FormScores.of(QOL, v).get("EORTC_QLQ_C30").get("PF2"));
        v.put("C30[0].C30Q03", "2"); // three of five: RS = 2, 100 × (1 − 1 / 3) = 66.67
        assertEquals(new BigDecimal("66.67"), FormScores.of(QOL, v).get("EORTC_QLQ_C30").get("PF2"));
    }

    @Test
    void theHeadAndNeckModuleIsScoredFromItsOwnGroup() {
        Map<String, String> v = new HashMap<>();
        v.put("HN[0].HNQ01", "1"); // pain 1-4: RS = (1 + 2 + 3 + 4) / 4 = 2.5, 100 × 1.5 / 3 = 50
        v.put("HN[0].HNQ02", "2");
        v.put("HN[0].HNQ03", "3");
        v.put("HN[0].HNQ04", "4");
        v.put("HN[0].HNQ31", "2"); // painkillers: yes, 100 × (2 − 1) / 1 = 100
        v.put("HN[0].HNQ35", "1"); // weight gain: no, 0
        Map<String, BigDecimal> hn = FormScores.of(QOL, v).get("EORTC_QLQ_HN35");
        assertEquals(new BigDecimal("50.00"), hn.get("HNPA"));
        assertEquals(new BigDecimal("100.00"), hn.get("HNPK"));
        assertEquals(new BigDecimal("0.00"), hn.get("HNWG"));
        assertNull(hn.get("HNSW"));
        assertTrue(FormScores.of(QOL, v).get("EORTC_QLQ_C30").values().stream().allMatch(x -> x == null),
                "nothing of the core questionnaire answered");
    }
}
