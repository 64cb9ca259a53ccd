package org.vigia.form.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads one form file (YAML, format in the README, "Forms as data") into a {@link FormDefinition} and validates it
 * ({@link FormDefinitionValidator}). Binding is strict: an unknown key anywhere is an error naming the key, its
 * location and the known keys (a typo such as {@code requird} must not silently drop a rule).
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *     FormDefinition form = FormDefinitionReader.read(in, path.toString());
 * }
 * }</pre>
 */
public final class FormDefinitionReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private FormDefinitionReader() {
    }

    /** Reads and validates; throws {@link FormDefinitionException} naming {@code sourceName} and every problem. */
    public static FormDefinition read(InputStream in, String sourceName) {
        FormDefinition form;
        try {
            form = MAPPER.readValue(in, FormDefinition.class);
        } catch (UnrecognizedPropertyException e) {
            String at = path(e).replaceFirst("\\.?" + java.util.regex.Pattern.quote(e.getPropertyName()) + "$", "");
            throw new FormDefinitionException(sourceName, "unknown key '" + e.getPropertyName() + "' at "
                    + (at.isEmpty() ? "top level" : at)
                    + " (line " + line(e) + "); known keys: " + e.getKnownPropertyIds(), e);
        } catch (JsonProcessingException e) {
            throw new FormDefinitionException(sourceName, "cannot read YAML at " + path(e) + " (line " + line(e) + "): "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FormDefinitionException(sourceName, "cannot read: " + e.getMessage(), e);
        }
        if (form == null) {
            throw new FormDefinitionException(sourceName, List.of("the file is empty"));
        }
        List<String> problems = FormDefinitionValidator.validate(form);
        if (!problems.isEmpty()) {
            throw new FormDefinitionException(sourceName, problems);
        }
        return form;
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException m) {
            String p = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return p.isEmpty() ? "top level" : p.replace(".[", "[");
        }
        return "?";
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? -1 : e.getLocation().getLineNr();
    }
}
