package org.vigia.dosing;

import org.vigia.study.definition.StudyDefinitionCatalog;

/** The dosing view of the bundled study definitions (config/studies), loaded once for the tests. */
final class Definitions {

    private static final StudyDefinitionCatalog CATALOG = StudyDefinitionCatalog.loadFromClasspath("studies/");

    private Definitions() {
    }

    static DosingDefinition load(String registryId) {
        return DosingDefinition.of(CATALOG.get(registryId));
    }
}
