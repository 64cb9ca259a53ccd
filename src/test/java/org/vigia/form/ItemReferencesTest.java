package org.vigia.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigia.form.definition.FormCatalog;
import org.vigia.form.definition.FormDefinition;
import org.vigia.shared.InvalidInput;

/** {@code reference: ADVERSE_EVENT}: the CM row's CMAENO is the id of one of the subject's adverse events (issue 16). */
class ItemReferencesTest {

    private static FormDefinition cm;

    @BeforeAll
    static void load() {
        cm = FormCatalog.loadFromClasspath("forms/").library().latest("CM").orElseThrow();
    }

    private static FormResult medications(String... aeNos) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("CMANY[0].CMYN", "Y");
        for (int r = 0; r < aeNos.length; r++) {
            v.put("CM[" + r + "].CMTRT", "Prednisolone");
            v.put("CM[" + r + "].CMINDC", "Immune-related pneumonitis");
            v.put("CM[" + r + "].CMCAT", "CORTICOSTEROID");
            v.put("CM[" + r + "].CMROUTE", "ORAL");
            v.put("CM[" + r + "].CMSTDAT", "2026-03");
            v.put("CM[" + r + "].CMONGO", "Y");
            if (aeNos[r] != null) {
                v.put("CM[" + r + "].CMAENO", aeNos[r]);
            }
        }
        return FormEngine.evaluate(cm, v, Set.of(), Map.of(), LocalDate.of(2026, 6, 30));
    }

    @Test
    void anAdverseEventOfTheSubjectIsAccepted() {
        FormResult r = medications("41", "42");
        assertEquals(FormStatus.COMPLETE, r.status());
        ItemReferences.check(cm, r, () -> List.of(41L, 42L, 43L));
    }

    @Test
    void anotherSubjectsOrAnUnknownAdverseEventIsRefusedNamingEachPath() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> ItemReferences.check(cm, medications("41", "99", "7"), () -> List.of(41L)));
        assertEquals(Set.of("CM[1].CMAENO", "CM[2].CMAENO"), e.fieldErrors().keySet());
        assertTrue(e.fieldErrors().get("CM[1].CMAENO").contains("Adverse event treated"), e.fieldErrors().toString());
        assertTrue(e.fieldErrors().get("CM[1].CMAENO").contains("99"), e.fieldErrors().toString());
        assertFalse(e.fieldErrors().get("CM[1].CMAENO").startsWith("form."), "a text, not a key");
    }

    @Test
    void theSubjectsAdverseEventsAreReadOnlyWhenAValueReferencesOne() {
        AtomicInteger reads = new AtomicInteger();
        ItemReferences.check(cm, medications((String) null), () -> {
            reads.incrementAndGet();
            return List.of();
        });
        assertEquals(0, reads.get());
    }
}
