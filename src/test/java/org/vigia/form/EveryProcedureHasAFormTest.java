package org.vigia.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vigia.form.definition.FormCatalog;
import org.vigia.form.definition.FormDefinition;
import org.vigia.form.definition.FormLibrary;
import org.vigia.study.PlannedVisit;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;
import org.vigia.study.definition.VisitDefinition;
import org.vigia.subject.VisitProcedures;
import org.vigia.subject.VisitStatusRules;

/**
 * Issue 16's "done when": every procedure named in the four study definitions has a form a coordinator can fill, a
 * built-in one or one of the shipped form library; and the defined forms count towards the visit's status.
 */
class EveryProcedureHasAFormTest {

    private static final FormLibrary LIBRARY = FormCatalog.loadFromClasspath("forms/").library();
    private static final List<StudyDefinition> STUDIES = StudyDefinitionCatalog.loadFromClasspath("studies/").definitions();

    @Test
    void everyProcedureOfTheFourTrialsHasAForm() {
        Set<String> without = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        for (StudyDefinition d : STUDIES) {
            for (VisitDefinition v : d.visits()) {
                for (String p : v.procedures()) {
                    named.add(p);
                    if (!VisitProcedures.builtIn(p) && !VisitProcedures.HELD_BY_SCREENING_FORMS.contains(p)
                            && LIBRARY.forProcedure(p).isEmpty()) {
                        without.add(d.registryId() + " " + v.code() + " " + p);
                    }
                }
            }
        }
        assertEquals(4, STUDIES.size());
        assertTrue(named.containsAll(List.of("QOL", "BIOSAMPLE", "RT_PLANNING_CT", "ULCER_CHECK", "VITALS", "ECOG",
                "PREGNANCY_TEST", "HBV_HCV", "SUBSEQUENT_THERAPY")), named.toString());
        assertEquals(Set.of(), without, "procedures no form records");
    }

    @Test
    void aVisitAskingForAFormIsCompleteOnlyWithIt() {
        Set<String> forms = Set.of("QOL", "VITALS");
        PlannedVisit p = new PlannedVisit("EOI", "End of induction", "EOI", 1, java.time.LocalDate.of(2026, 3, 1),
                java.time.LocalDate.of(2026, 2, 22), java.time.LocalDate.of(2026, 3, 8), false,
                List.of("TUMOUR_ASSESSMENT", "QOL", "ADVERSE_EVENTS"));
        var scanOnly = new VisitStatusRules.Facts(Map.of("TUMOUR_ASSESSMENT", java.time.LocalDate.of(2026, 3, 1)), null, null);
        assertEquals(List.of("QOL"), VisitStatusRules.missing(p, scanOnly, forms));
        assertEquals(List.of(), VisitStatusRules.missing(p, scanOnly), "without forms the questionnaire does not count");
        var both = new VisitStatusRules.Facts(Map.of("TUMOUR_ASSESSMENT", java.time.LocalDate.of(2026, 3, 1),
                "QOL", java.time.LocalDate.of(2026, 3, 2)), null, null);
        assertEquals(List.of(), VisitStatusRules.missing(p, both, forms));
        assertTrue(VisitProcedures.accepts(p.procedures(), "QOL"), "a QOL form record belongs at a visit listing QOL");
        assertFalse(VisitProcedures.accepts(List.of("LABS"), "QOL"));
    }

    @Test
    void theNewFormsOfThisRoundAreInTheLibrary() {
        for (String oid : List.of("EC", "RTP", "UC", "HB")) {
            FormDefinition f = LIBRARY.latest(oid).orElseThrow(() -> new AssertionError(oid));
            assertFalse(f.anyVisit(), oid + " is asked by the visits that list " + f.procedure());
        }
        assertEquals("ULCER", LIBRARY.latest("UC").orElseThrow().item("UCYN").orElseThrow().radiotherapyEvent().event());
    }
}
