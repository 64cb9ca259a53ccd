package org.vigia.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.transaction.xa.XAException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Tells whether a failure comes from the database being out of reach (stopped, restarting, the connection lost)
 * rather than from the request: such a request is answered 503 and may be repeated, where anything else is a 500.
 * <p>
 * Looks along the whole cause chain (EJB, JTA, JPA and pool exceptions wrap the driver's): a connection exception
 * (SQLSTATE class 08, {@code SQLTransientConnectionException}, {@code SQLNonTransientConnectionException}),
 * MariaDB's "server shutdown in progress" (1053), "connection killed" (1927, SQLSTATE 70100) and "server has gone
 * away" / "lost connection" (2006, 2013), EclipseLink's communication failures, an XA resource manager that failed
 * ({@code XAER_RMFAIL}), the pool that could not allocate a connection, and the transaction manager's
 * {@code SystemException} when the commit or the rollback could not reach the database (JTS5031; JTS wraps the resource's failure in a
 * CORBA {@code INTERNAL} and keeps no cause: the outcome is unknown, which is what the 503 message tells the client).
 * <pre>{@code
 * if (DatabaseOutage.causedBy(e)) { ... 503 ... }
 * }</pre>
 */
public final class DatabaseOutage {

    /** The API's error code for it (HTTP 503); its message is {@link #apiMessage}. */
    public static final String API_ERROR = "unavailable";
    /** Seconds a client is told to wait ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final String POOLING_EXCEPTION = "com.sun.appserv.connectors.internal.api.PoolingException";

    private DatabaseOutage() {
    }

    /** The API's message for it, with the incident id in the log ({@code null}: none). */
    public static Text apiMessage(String incident) {
        return incident == null ? Text.of(Bundle.MESSAGES, "api.unavailable")
                : Text.of(Bundle.MESSAGES, "api.unavailable.incident", incident);
    }

    public static boolean causedBy(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = next(t)) {
            if (isOutage(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException e) {
            String state = e.getSQLState();
            int code = e.getErrorCode();
            return state != null && (state.startsWith("08") || state.equals("70100"))
                    || code == 1053 || code == 1927 || code == 2006 || code == 2013;
        }
        if (t instanceof DatabaseException e && e.isCommunicationFailure()) {
            return true;
        }
        if (t instanceof XAException e) {
            return e.errorCode == XAException.XAER_RMFAIL;
        }
        if (t instanceof jakarta.transaction.SystemException e) {
            return e.getMessage() != null && e.getMessage().contains(" on Resource [");
        }
        return t instanceof jakarta.resource.spi.ResourceAllocationException
                || POOLING_EXCEPTION.equals(t.getClass().getName());
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        if (t instanceof DatabaseException e) {
            return e.getInternalException();
        }
        return t instanceof SQLException e ? e.getNextException() : null;
    }
}
