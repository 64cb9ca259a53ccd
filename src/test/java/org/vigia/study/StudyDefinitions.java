package org.vigia.study;

import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.StudyDefinitionCatalog;

/** The bundled definitions (config/studies), loaded once for the tests; the catalogue is immutable. */
final class StudyDefinitions {

    static final StudyDefinitionCatalog CATALOG = StudyDefinitionCatalog.loadFromClasspath("studies/");

    private StudyDefinitions() {
    }

    static StudyDefinition get(String registryId) {
        return CATALOG.get(registryId);
    }
}
