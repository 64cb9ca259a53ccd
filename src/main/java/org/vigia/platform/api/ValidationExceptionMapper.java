package org.vigia.platform.api;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of request bodies and parameters as JSON 400 with a message per field (more specific
 * than Jersey's own mapper, which answers with an empty body).
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException exception) {
        return ExceptionMappers.map(exception);
    }
}
