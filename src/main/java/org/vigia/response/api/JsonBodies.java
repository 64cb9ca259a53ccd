package org.vigia.response.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Collectors;
import org.vigia.shared.InvalidInput;

/**
 * Reads a calculator request straight into the pure domain records with Jackson, so the API and the screens
 * run exactly the same constructors and checks; every problem (bad JSON, unknown enum value, unknown field,
 * a domain check such as a negative size) becomes a 400 naming the field.
 */
final class JsonBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private JsonBodies() {
    }

    static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("A JSON request body is required.");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw new InvalidInput("A JSON request body is required.");
            }
            return value;
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Throwable cause = e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof NullPointerException
                    ? e.getCause() : null;
            String message = cause != null ? cause.getMessage() : firstLine(e.getOriginalMessage());
            throw path.isEmpty() ? new InvalidInput(message) : new InvalidInput(path, path + ": " + message);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("The request body is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
