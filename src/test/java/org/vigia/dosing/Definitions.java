package org.vigia.dosing;

/** Loads the test YAML fragments under src/test/resources/dosing. */
final class Definitions {

    private Definitions() {
    }

    static DosingDefinition load(String registryId) {
        return DosingDefinition.read(Definitions.class.getResourceAsStream("/dosing/" + registryId + ".yaml"));
    }
}
