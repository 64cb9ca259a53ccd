package org.vigia.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigia.platform.InputRefusals;
import org.vigia.shared.AccessRefused;
import org.vigia.shared.EditConflict;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.RecordNotFound;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Turns every exception into a JSON {@link ApiError} with its status: 400 bad input, 403 refused, 404 not found,
 * 409 edit conflict, 503 database out of reach ({@link DatabaseUnavailableResponse}), 500 otherwise. Bad input
 * includes Bean Validation failures (of a request body or of an entity at flush, with the field's JSON path) and, as
 * a last guard, a value the database refuses as too long or out of range ({@link InputRefusals}). No stack trace
 * ever reaches the client; a 500 carries an incident id that is in the server log.
 */
@Provider
public class ExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        return map(thrown);
    }

    static Response map(Throwable thrown) {
        Optional<InvalidInput> refusal = InputRefusals.of(thrown);
        if (refusal.isPresent()) {
            InvalidInput e = refusal.get();
            return json(400, new ApiError(e instanceof InvalidJson ? "invalid_json" : "invalid_input", e.getMessage(),
                    e.fieldErrors().isEmpty() ? null : e.fieldErrors()));
        }
        Throwable t = unwrap(thrown);
        if (t instanceof RecordNotFound e) {
            return json(404, new ApiError("not_found", e.getMessage()));
        }
        if (t instanceof AccessRefused e) {
            return json(403, new ApiError("forbidden", e.getMessage()));
        }
        if (t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException) {
            return json(403, new ApiError("forbidden", Text.of(Bundle.MESSAGES, "api.forbidden").english()));
        }
        if (t instanceof EditConflict e) {
            return json(409, new ApiError("conflict", e.getMessage()));
        }
        if (t instanceof OptimisticLockException) {
            return json(409, new ApiError("conflict", new EditConflict("The record").getMessage()));
        }
        if (t instanceof ProcessingException) {
            return json(400, new ApiError("invalid_json", Text.of(Bundle.MESSAGES, "api.invalidJsonForCall",
                    firstLine(t.getMessage())).english()));
        }
        if (t instanceof WebApplicationException e && e.getResponse().getEntity() instanceof ApiError) {
            return e.getResponse(); // already says what is wrong (e.g. a parameter that is not a number)
        }
        if (t instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return json(status, new ApiError(Response.Status.fromStatusCode(status) == null ? "error"
                    : Response.Status.fromStatusCode(status).name().toLowerCase(), firstLine(e.getMessage())));
        }
        Optional<Response> unavailable = DatabaseUnavailableResponse.of(thrown);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident, thrown);
        return json(500, new ApiError("internal_error", Text.of(Bundle.MESSAGES, "api.internalError", incident)
                .english()));
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof EJBException && !(cur instanceof jakarta.ejb.AccessLocalException) && !(cur instanceof EJBAccessException) || cur.getClass().getName().endsWith("TransactionRolledbackLocalException"))
                && cur.getCause() != null) {
            cur = cur.getCause();
        }
        if (cur instanceof jakarta.persistence.PersistenceException && cur.getCause() instanceof OptimisticLockException o) {
            return o;
        }
        return cur;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
