package org.vigia.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditEntityNamesTest {

    @Test
    void aSearchByTheClassNameOrTheFormerNameFindsBoth() {
        assertEquals(Set.of("TreatmentAdministration", "DoseAdministration"),
                AuditEntityNames.matching("TreatmentAdministration"));
        assertEquals(Set.of("TreatmentAdministration", "DoseAdministration"), AuditEntityNames.matching("DoseAdministration"));
        assertEquals(Set.of("GeneratedDmcReport", "DmcReport"), AuditEntityNames.matching("DmcReport"));
        assertEquals(Set.of("AdverseEvent", "SaeReport"), AuditEntityNames.matching("AdverseEvent"));
    }

    @Test
    void aNameWithoutAFormerNameMatchesItself() {
        assertEquals(Set.of("Subject"), AuditEntityNames.matching("Subject"));
        assertEquals(Set.of("Access"), AuditEntityNames.matching("Access"));
        assertEquals(Set.of(), AuditEntityNames.prefixes("Subject"));
    }

    @Test
    void baselineFormsWereNamedWithTheirType() {
        assertEquals("BaselineForm", AuditEntityNames.current("BaselineForm.ECOG"));
        assertEquals(Set.of("BaselineForm."), AuditEntityNames.prefixes("BaselineForm"));
        assertEquals(Set.of("BaselineForm", "BaselineForm.ECOG"), AuditEntityNames.matching("BaselineForm.ECOG"));
    }

    @Test
    void everyCurrentNameIsAnEntityClassOfVigia() throws Exception {
        for (String now : AuditEntityNames.FORMER.values()) {
            boolean found = false;
            for (String pkg : new String[] {"ae", "dosing", "dmc", "subject", "lab", "response.assessment"}) {
                try {
                    Class<?> type = Class.forName("org.vigia." + pkg + "." + now);
                    found = type.isAnnotationPresent(jakarta.persistence.Entity.class);
                    if (found) {
                        break;
                    }
                } catch (ClassNotFoundException e) {
                    // another package
                }
            }
            assertEquals(true, found, now + " is an @Entity class");
        }
    }
}
