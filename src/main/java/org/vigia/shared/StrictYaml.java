package org.vigia.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a YAML file to a record with a strict mapper (unknown keys refused) and says what is wrong in words a
 * data manager can act on: the key and where it is, with its line and the keys known there
 * ({@code unknown key 'treshold' at dosing.doseModification (line 12); known keys: [...]}), or the place and line
 * of a YAML error. The study definitions and the form library read their files with it.
 * <pre>{@code
 * StudyDefinition d = StrictYaml.read(MAPPER, in, StudyDefinition.class);   // StrictYaml.Unreadable otherwise
 * }</pre>
 */
public final class StrictYaml {

    private StrictYaml() {
    }

    /** The file could not be bound: {@link #getMessage()} says what and where. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Exception cause) {
            super(message, cause);
        }
    }

    /** The bound value; null for an empty file. */
    public static <T> T read(ObjectMapper mapper, InputStream in, Class<T> type) {
        try {
            return mapper.readValue(in, type);
        } catch (UnrecognizedPropertyException e) {
            String at = path(e).replaceFirst("\\.?" + Pattern.quote(e.getPropertyName()) + "$", "");
            throw new Unreadable("unknown key '" + e.getPropertyName() + "' at " + (at.isEmpty() ? "top level" : at)
                    + " (line " + line(e) + "); known keys: " + e.getKnownPropertyIds(), e);
        } catch (JsonProcessingException e) {
            throw new Unreadable("cannot read YAML at " + path(e) + " (line " + line(e) + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new Unreadable("cannot read: " + e.getMessage(), e);
        }
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
