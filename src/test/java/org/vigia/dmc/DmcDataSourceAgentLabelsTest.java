package org.vigia.dmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.study.definition.StudyDefinitionCatalog;

/** The exposure table keeps one block per agent of the definition, also when two agents share a name. */
class DmcDataSourceAgentLabelsTest {

    private static final StudyDefinitionCatalog CATALOG = StudyDefinitionCatalog.loadFromClasspath("studies/");

    @Test
    void nct07041788InductionAndConcurrentCisplatinAreTwoAgentsNamedByTheirPhases() {
        Map<String, String> labels = DmcDataSource.agentLabels(CATALOG.get("NCT07041788"));
        assertEquals(Map.of(
                "DOCETAXEL", "Docetaxel",
                "CISPLATIN_INDUCTION", "Cisplatin (Induction chemotherapy + iparomlimab/tuvonralimab)",
                "CISPLATIN_CONCURRENT", "Cisplatin (Definitive concurrent chemoradiotherapy)",
                "IPAROMLIMAB_TUVONRALIMAB", "Iparomlimab and Tuvonralimab"), labels);
    }

    @Test
    void agentsWithTheirOwnNamesKeepThem() {
        assertEquals(Map.of("IVONESCIMAB", "Ivonescimab", "LIGUFALIMAB", "Ligufalimab (AK117)",
                "PEMBROLIZUMAB", "Pembrolizumab (KEYTRUDA®)"), DmcDataSource.agentLabels(CATALOG.get("NCT07264075")));
    }
}
