package org.vigia.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Validates a JSON request body against its Bean Validation constraints.
 * <p>
 * Resource methods call this instead of putting {@code @Valid} on the body parameter: Payara 6.2025's OpenAPI
 * generator fails on validation annotations on non-path parameters (payara/Payara#7649).
 * <pre>{@code
 * public Response create(NewSite body) { RequestBodies.valid(body); ... }
 * }</pre>
 */
public final class RequestBodies {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private RequestBodies() {
    }

    public static <T> T valid(T body) {
        if (body == null) {
            throw new InvalidInput(Text.of(Bundle.MESSAGES, "api.bodyRequired"));
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    /** A required value of a request body: a clear 400 naming the field when it is missing. */
    public static <T> T required(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new InvalidInput(field, Text.of(Bundle.MESSAGES, "error.required", field));
        }
        return value;
    }
}
