package org.vigia.form.definition;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.List;
import org.vigia.shared.StrictYaml;

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
            form = StrictYaml.read(MAPPER, in, FormDefinition.class);
        } catch (StrictYaml.Unreadable e) {
            throw new FormDefinitionException(sourceName, e.getMessage(), e);
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

}
