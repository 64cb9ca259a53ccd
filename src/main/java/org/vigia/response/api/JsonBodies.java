package org.vigia.response.api;

import org.vigia.platform.api.StrictJson;

/**
 * Reads a calculator request straight into the pure domain records with the API's strict JSON reader, so the API
 * and the screens run exactly the same constructors and checks; every problem (bad JSON, a wrong type, an unknown
 * enum value or field, a domain check such as a negative size) becomes a 400 naming the field.
 */
final class JsonBodies {

    private JsonBodies() {
    }

    static <T> T read(String body, Class<T> type) {
        return StrictJson.read(body, type);
    }
}
