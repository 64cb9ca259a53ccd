package org.vigia.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.vigia.platform.DatabaseOutage;

/**
 * The API's answer while the database is out of reach: 503 {@code {"error":"unavailable","message":...}} with
 * {@code Retry-After}, instead of a 500. The request may be repeated once the database is back (the pool replaces
 * its dead connections by itself). Logged as one line with an incident id, without a stack trace: an outage under
 * load would otherwise fill the log.
 */
public final class DatabaseUnavailableResponse {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableResponse.class.getName());

    private DatabaseUnavailableResponse() {
    }

    /** The 503 answer when {@code thrown} comes from a database outage. */
    public static Optional<Response> of(Throwable thrown) {
        if (!DatabaseOutage.causedBy(thrown)) {
            return Optional.empty();
        }
        String incident = UUID.randomUUID().toString();
        LOG.warning(() -> "API incident " + incident + ": database unavailable: " + rootMessage(thrown));
        return Optional.of(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(DatabaseOutage.API_ERROR, DatabaseOutage.apiMessage(incident).english()))
                .build());
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
