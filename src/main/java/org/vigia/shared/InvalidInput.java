package org.vigia.shared;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * Input that breaks a rule: the message says what and how to fix it; {@link #field()} names the field when one
 * field is at fault. Mapped to HTTP 400 by the API and to a message beside the field by the screens.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final String field;
    private final Map<String, String> fieldErrors;

    public InvalidInput(String message) {
        this(null, message);
    }

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
        this.fieldErrors = field == null ? Map.of() : Map.of(field, message);
    }

    public InvalidInput(String message, Map<String, String> fieldErrors) {
        super(message);
        this.field = fieldErrors.size() == 1 ? fieldErrors.keySet().iterator().next() : null;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public String field() {
        return field;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
