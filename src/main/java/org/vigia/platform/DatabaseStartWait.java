package org.vigia.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Lets the deployment wait for a database that is still starting instead of failing: Payara logs the persistence
 * unit in while it deploys the WAR (before any start-up bean, Flyway included), and a refused connection there fails
 * the whole deployment. {@link DatabaseSessionCustomizer} calls {@link #fromConfig()} just before that log-in; it
 * connects with the MariaDB driver itself (quietly: no pool warnings) every half second until the database accepts
 * Vigia's account, for at most {@code vigia.db.wait.seconds} (default 120); after that the log-in goes ahead and
 * fails with the database's own error.
 * <p>
 * Used by the run command (its embedded MariaDB starts beside Payara Micro) and by any installation whose database
 * starts with the application server.
 */
public final class DatabaseStartWait {

    private static final Logger LOG = Logger.getLogger(DatabaseStartWait.class.getName());
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);
    private static final long PAUSE_MILLIS = 500;

    private DatabaseStartWait() {
    }

    /** Waits for the database that the MicroProfile Config keys {@code vigia.db.*} name. */
    static void fromConfig() {
        Config config = ConfigProvider.getConfig(DatabaseStartWait.class.getClassLoader());
        String url = config.getOptionalValue(ConfigKeys.DB_URL, String.class).orElse(null);
        if (url == null) {
            return;
        }
        Duration wait = config.getOptionalValue(ConfigKeys.DB_WAIT_SECONDS, Long.class).map(Duration::ofSeconds)
                .orElse(DEFAULT_WAIT);
        Properties credentials = new Properties();
        config.getOptionalValue(ConfigKeys.DB_USER, String.class).ifPresent(u -> credentials.setProperty("user", u));
        config.getOptionalValue(ConfigKeys.DB_PASSWORD, String.class).ifPresent(p -> credentials.setProperty("password", p));
        awaitDatabase(url, credentials, wait);
    }

    /** Whether the database accepted a connection within {@code wait}. */
    static boolean awaitDatabase(String url, Properties credentials, Duration wait) {
        long started = System.nanoTime();
        long deadline = started + wait.toNanos();
        org.mariadb.jdbc.Driver driver = new org.mariadb.jdbc.Driver();
        String firstError = null;
        while (true) {
            try (Connection c = driver.connect(url, credentials)) {
                if (c != null && c.isValid(5)) {
                    if (firstError != null) {
                        LOG.info(String.format("The database answers after %.1f s; deploying.",
                                (System.nanoTime() - started) / 1e9));
                    }
                    return true;
                }
            } catch (SQLException e) {
                if (firstError == null) {
                    firstError = e.getMessage();
                    LOG.info("Waiting up to " + wait.toSeconds() + " s for the database (" + firstError + ")");
                }
            }
            if (System.nanoTime() > deadline) {
                LOG.warning("The database did not answer within " + wait.toSeconds() + " s: " + firstError);
                return false;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
