package org.vigia.study.definition;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.util.List;
import org.vigia.shared.StrictYaml;

/**
 * Reads a study definition YAML (schema: config/studies/README.md) and validates it with
 * {@link StudyDefinitionValidator}.
 * <p>
 * Binding is strict: an unknown key anywhere is an error (a typo such as {@code treshold} must not silently
 * drop a rule). The only tolerated extra top-level sections are {@code preCycleLabs} and {@code doseModification},
 * owned by the dosing feature and kept as raw trees on {@link StudyDefinition}.
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *     StudyDefinition def = StudyDefinitionReader.read(in, path.toString());
 * }
 * }</pre>
 */
public final class StudyDefinitionReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private StudyDefinitionReader() {
    }

    /** Reads and validates; throws {@link StudyDefinitionException} listing every problem. */
    public static StudyDefinition read(InputStream in) {
        return read(in, "study definition");
    }

    /** As {@link #read(InputStream)}, naming {@code sourceName} (file or resource) in error messages. */
    public static StudyDefinition read(InputStream in, String sourceName) {
        StudyDefinition definition;
        try {
            definition = StrictYaml.read(MAPPER, in, StudyDefinition.class);
        } catch (StrictYaml.Unreadable e) {
            throw new StudyDefinitionException(sourceName, e.getMessage(), e);
        }
        if (definition == null) {
            throw new StudyDefinitionException(sourceName, List.of("the file is empty"));
        }
        List<String> problems = StudyDefinitionValidator.validate(definition);
        if (!problems.isEmpty()) {
            throw new StudyDefinitionException(sourceName, problems);
        }
        return definition;
    }

    /** The mapper used for binding (YAML, java.time, BigDecimal floats), e.g. to bind {@code preCycleLabs}. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

}
