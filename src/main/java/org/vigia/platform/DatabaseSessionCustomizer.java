package org.vigia.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's session set-up for Vigia's persistence unit (registered in {@code persistence.xml}), run at deployment
 * just before the first log-in:
 * <ul>
 *   <li>waits for a database that is still starting ({@link DatabaseStartWait});</li>
 *   <li>while the database is out of reach, a read fails after one retry one second later instead of EclipseLink's
 *   default three retries five seconds apart, so that a request gets its 503 in about a second rather than hanging
 *   for fifteen (the pool, which validates each connection, hands out no dead ones to retry around).</li>
 * </ul>
 */
public class DatabaseSessionCustomizer implements SessionCustomizer {

    static final int QUERY_RETRIES = 1;
    static final int RETRY_DELAY_MILLIS = 1000;

    @Override
    public void customize(Session session) {
        DatabaseStartWait.fromConfig();
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(QUERY_RETRIES);
            login.setDelayBetweenConnectionAttempts(RETRY_DELAY_MILLIS);
        }
    }
}
