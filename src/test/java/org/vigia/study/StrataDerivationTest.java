package org.vigia.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigia.study.definition.AllocationMethod;
import org.vigia.study.definition.StudyDefinition;

/**
 * Strata derived from the recorded baseline data. NCT07264075 (protocol 004, GORTEC 2024-04) is the only bundled
 * randomised trial; its factors are ours (the registry names none) but each rests on a protocol item:
 * inclusion 9 "Tumours must be PD-L1 positive (CPS ≥ 1)" (levels CPS 1-19 / ≥20), inclusion 6 "HPV status test
 * results based on tumour tissue samples must be obtained prior to randomization for patients with oropharyngeal
 * cancer" (oropharynx HPV/p16-positive / other), inclusion 3 "ECOG performance status score of 0 or 1" (ECOG 0 / 1).
 * The other three trials (NCT06494995 investigator-assigned cohorts, NCT07041788 and NCT07277764 single arm) are not
 * randomised and have no strata.
 */
class StrataDerivationTest {

    private static final StudyDefinition GORTEC = StudyDefinitions.get("NCT07264075");

    private static Map<String, Object> recorded(String cps, String site, String hpv, Integer ecog) {
        Map<String, Object> m = new HashMap<>();
        m.put("TUMOUR.pdl1Cps", cps == null ? null : new BigDecimal(cps));
        m.put("TUMOUR.primarySite", site);
        m.put("TUMOUR.hpvP16", hpv);
        m.put("ECOG.ecog", ecog);
        return m;
    }

    @ParameterizedTest(name = "CPS {0}, {1} HPV {2}, ECOG {3} → {4} {5} {6}")
    @CsvSource({
            "1,    LARYNX,      ,         0, CPS_1_19,  OTHER,            ECOG_0",
            "19.9, ORAL_CAVITY, ,         1, CPS_1_19,  OTHER,            ECOG_1",
            "20,   OROPHARYNX,  POSITIVE, 0, CPS_GE_20, OPC_HPV_POSITIVE, ECOG_0",
            "100,  OROPHARYNX,  NEGATIVE, 1, CPS_GE_20, OTHER,            ECOG_1",
            "45,   HYPOPHARYNX, ,         0, CPS_GE_20, OTHER,            ECOG_0",
    })
    void nct07264075StrataFollowTheRecordedData(String cps, String site, String hpv, int ecog,
                                                String cpsLevel, String hpvLevel, String ecogLevel) {
        StrataDerivation.Result r = StrataDerivation.derive(GORTEC, recorded(cps, site, hpv, ecog));
        assertTrue(r.complete(), r.toString());
        assertEquals(Map.of("PDL1_CPS", cpsLevel, "HPV_OROPHARYNX", hpvLevel, "ECOG", ecogLevel), r.levels());
        assertEquals("PDL1_CPS=" + cpsLevel + "|HPV_OROPHARYNX=" + hpvLevel + "|ECOG=" + ecogLevel,
                StratifiedBlockRandomiser.stratumKey(GORTEC, r.levels()));
    }

    @Test
    void oropharynxWithoutHpvStatusIsMissingItButAnotherSiteNeedsNone() {
        StrataDerivation.Result opc = StrataDerivation.derive(GORTEC, recorded("30", "OROPHARYNX", null, 0));
        assertFalse(opc.complete());
        assertEquals(List.of("TUMOUR.hpvP16"), opc.missing());
        StrataDerivation.Result larynx = StrataDerivation.derive(GORTEC, recorded("30", "LARYNX", null, 0));
        assertTrue(larynx.complete());
    }

    @Test
    void nothingRecordedNamesEveryMissingItem() {
        StrataDerivation.Result r = StrataDerivation.derive(GORTEC, Map.of());
        assertEquals(List.of("TUMOUR.pdl1Cps", "TUMOUR.primarySite", "ECOG.ecog"), r.missing());
        assertTrue(r.levels().isEmpty());
    }

    @Test
    void aValueNoLevelFitsHasNoLevelAndNoMissingItem() {
        // CPS 0 is PD-L1 negative (inclusion 9 asks CPS ≥ 1); ECOG 2 is outside inclusion 3
        StrataDerivation.Result r = StrataDerivation.derive(GORTEC, recorded("0", "LARYNX", null, 2));
        StrataDerivation.FactorResult cps = r.factors().get(0);
        assertNull(cps.level());
        assertTrue(cps.missing().isEmpty());
        assertEquals("TUMOUR.pdl1Cps=0", cps.recorded());
        assertNull(r.factors().get(2).level());
        assertEquals(Map.of("HPV_OROPHARYNX", "OTHER"), r.levels());
    }

    @Test
    void studiesWithoutRandomisationHaveNoStrata() {
        for (String id : List.of("NCT06494995", "NCT07041788", "NCT07277764")) {
            StudyDefinition def = StudyDefinitions.get(id);
            assertTrue(def.allocation() == null || def.allocation().method() != AllocationMethod.RANDOMISED, id);
            assertTrue(StrataDerivation.derive(def, Map.of()).factors().isEmpty(), id);
        }
    }
}
