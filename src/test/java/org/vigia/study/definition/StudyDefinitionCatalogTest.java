package org.vigia.study.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StudyDefinitionCatalogTest {

    @Test
    void loadsEveryBundledDefinition() {
        StudyDefinitionCatalog catalog = StudyDefinitionCatalog.loadFromClasspath("studies/");
        assertEquals(4, catalog.definitions().size());
    }
}
