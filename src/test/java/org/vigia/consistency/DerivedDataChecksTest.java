package org.vigia.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.consistency.ConsistencyChecks.SubjectRow;
import org.vigia.shared.text.Texts;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;
import org.vigia.subject.ScreeningLabs.ScreeningResult;
import org.vigia.terminology.LabTest;

/** The consistency rules over derived values, on rows as old versions stored them (typed strata and lab values). */
class DerivedDataChecksTest {

    private static final StudyDefinition GORTEC = StudyDefinitionCatalog.loadFromClasspath("studies/").get("NCT07264075");
    private static final Map<Long, SubjectRow> SUBJECTS = Map.of(
            1L, new SubjectRow(1, "CN01", "CN01-001", null, null),
            2L, new SubjectRow(2, "CN01", "CN01-002", null, null));
    private static final Map<String, Object> CPS_25_LARYNX_ECOG_0 = Map.of("TUMOUR.pdl1Cps", new BigDecimal("25"),
            "TUMOUR.primarySite", "LARYNX", "ECOG.ecog", 0);

    @Test
    void aStoredStratumTheDataDoNotGiveIsListedWithBothKeys() {
        List<ConsistencyFinding> f = DerivedDataChecks.strataMismatch(SUBJECTS, List.of(
                new DerivedDataChecks.Randomisation(1, 11L, "PDL1_CPS=CPS_GE_20|HPV_OROPHARYNX=OTHER|ECOG=ECOG_0",
                        LocalDate.of(2026, 3, 1), GORTEC, CPS_25_LARYNX_ECOG_0),
                new DerivedDataChecks.Randomisation(2, 12L, "PDL1_CPS=CPS_1_19|HPV_OROPHARYNX=OTHER|ECOG=ECOG_0",
                        LocalDate.of(2026, 3, 2), GORTEC, CPS_25_LARYNX_ECOG_0)));
        assertEquals(1, f.size(), String.valueOf(f));
        assertEquals(ConsistencyRule.STRATA_MISMATCH, f.get(0).rule());
        assertEquals("CN01-002", f.get(0).subject());
        assertEquals(12L, f.get(0).recordId());
        String detail = Texts.render(f.get(0).detail(), Locale.ENGLISH);
        assertTrue(detail.contains("CPS_1_19") && detail.contains("PDL1_CPS=CPS_GE_20|HPV_OROPHARYNX=OTHER|ECOG=ECOG_0"), detail);
    }

    @Test
    void aStratumWithoutRecordedDataIsListed() {
        List<ConsistencyFinding> f = DerivedDataChecks.strataMismatch(SUBJECTS, List.of(new DerivedDataChecks.Randomisation(
                1, 11L, "PDL1_CPS=CPS_GE_20|HPV_OROPHARYNX=OTHER|ECOG=ECOG_0", null, GORTEC, Map.of())));
        assertEquals(1, f.size());
        assertTrue(Texts.render(f.get(0).detail(), Locale.ENGLISH).contains("TUMOUR.pdl1Cps"));
    }

    @Test
    void anEligibilityLabValueMatchingNoResultOfTheWindowIsListed() {
        ScreeningResult anc = new ScreeningResult(5L, LabTest.ANC, LocalDate.of(2026, 2, 20), new BigDecimal("3.1"),
                "10^9/L", new BigDecimal("3.1"), null);
        ScreeningResult oldPlt = new ScreeningResult(6L, LabTest.PLT, LocalDate.of(2025, 12, 1), new BigDecimal("150"),
                "10^9/L", new BigDecimal("150"), null);
        DerivedDataChecks.EligibilityRecord typedOne = new DerivedDataChecks.EligibilityRecord(1, 21L, GORTEC,
                Map.of("INC10A_ANC", Map.of("value", "1.5"), "INC10A_PLT", Map.of("value", "150")),
                List.of(anc, oldPlt), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        DerivedDataChecks.EligibilityRecord matching = new DerivedDataChecks.EligibilityRecord(2, 22L, GORTEC,
                Map.of("INC10A_ANC", Map.of("value", "3.1")), List.of(anc), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        List<ConsistencyFinding> f = DerivedDataChecks.eligibilityLabUnmatched(SUBJECTS, List.of(typedOne, matching));
        assertEquals(2, f.size(), String.valueOf(f));
        assertTrue(f.stream().allMatch(x -> x.rule() == ConsistencyRule.ELIGIBILITY_LAB_UNMATCHED && x.recordId() == 21L));
        String ancDetail = Texts.render(f.get(0).detail(), Locale.ENGLISH);
        assertTrue(ancDetail.contains("INC10A_ANC") && ancDetail.contains("3.1 10^9/L on 2026-02-20"), ancDetail);
        String pltDetail = Texts.render(f.get(1).detail(), Locale.ENGLISH);
        assertTrue(pltDetail.contains("no result of"), "the December result is outside the window: " + pltDetail);
    }
}
