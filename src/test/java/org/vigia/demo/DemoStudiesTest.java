package org.vigia.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;

/** The demo fills the studies of the definitions' index, not a list of its own. */
class DemoStudiesTest {

    private static final List<StudyDefinition> INDEXED = StudyDefinitionCatalog.loadFromClasspath("studies/").definitions();

    @Test
    void demoFillsEveryIndexedStudyInIndexOrder() {
        assertEquals(INDEXED.stream().map(StudyDefinition::registryId).toList(), DemoDataLoader.demoStudies(INDEXED, false));
        assertEquals(List.of("NCT07041788", "NCT06494995", "NCT07277764", "NCT07264075"),
                DemoDataLoader.demoStudies(INDEXED, false), "the four shipped trials, as before");
    }

    @Test
    void scaleFillsTheStudyWithTheLargestPlannedEnrolment() {
        assertEquals(List.of("NCT07264075"), DemoDataLoader.demoStudies(INDEXED, true));
    }
}
