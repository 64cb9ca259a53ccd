package org.vigia.launcher;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The run command ({@code mvn -Prun}): starts an embedded MariaDB unless {@code VIGIA_DB_URL} names a server
 * and, at the same time, Payara Micro with the Vigia WAR, waits until {@code /health/ready} answers and prints the URL and the
 * demo accounts. Ctrl-C stops Payara first, then the database.
 * <p>
 * A Payara Micro that exits, or is not ready within {@code VIGIA_START_TIMEOUT} seconds, or deploys without an
 * HTTP listener, is stopped and started again (three starts in all); after that the launcher stops the database
 * and exits with status 1 and a one-line message.
 */
public final class VigiaLauncher {

    static final String BANNER_PREFIX = "[vigia] ";
    static final int MAX_STARTS = 3;
    static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(180);
    /** How long after Payara's "ready in" the HTTP port may still be closed before the start counts as failed. */
    static final Duration NO_LISTENER_GRACE = Duration.ofSeconds(15);

    private VigiaLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String port = firstNonBlank(System.getenv("VIGIA_PORT"), System.getProperty("vigia.port"), "8080");
        boolean demo = Boolean.parseBoolean(firstNonBlank(System.getenv("VIGIA_DEMO"), System.getProperty("vigia.demo"), "true"));
        File dataDir = new File(firstNonBlank(System.getenv("VIGIA_DATA_DIR"), System.getProperty("vigia.data.dir"), "data"));
        File microJar = new File(System.getProperty("vigia.micro.jar", "target/payara-micro.jar"));
        File war = new File(System.getProperty("vigia.war", "target/vigia.war"));
        File configDir = new File(System.getProperty("vigia.config.dir", "config"));
        Duration startTimeout;
        try {
            startTimeout = startTimeout(firstNonBlank(System.getenv("VIGIA_START_TIMEOUT"), System.getProperty("vigia.start.timeout")));
        } catch (IllegalArgumentException e) {
            System.err.println(BANNER_PREFIX + e.getMessage());
            System.exit(2);
            return;
        }

        AtomicBoolean shuttingDown = new AtomicBoolean();
        AtomicReference<PayaraProcess> current = new AtomicReference<>();
        AtomicReference<EmbeddedMariaDb> database = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown.set(true);
            PayaraProcess payara = current.getAndSet(null);
            if (payara != null && payara.isAlive()) {
                System.out.println(BANNER_PREFIX + "stopping Payara Micro ...");
                payara.stop();
            }
            EmbeddedMariaDb db = database.getAndSet(null);
            if (db != null) {
                System.out.println(BANNER_PREFIX + "stopping embedded MariaDB ...");
                db.stop();
            }
            System.out.println(BANNER_PREFIX + "stopped.");
        }, "vigia-shutdown"));

        String dbUrl = System.getenv("VIGIA_DB_URL");
        String dbUser = System.getenv("VIGIA_DB_USER");
        String dbPassword = System.getenv("VIGIA_DB_PASSWORD");
        CompletableFuture<EmbeddedMariaDb> databaseStart = null;
        if (dbUrl == null || dbUrl.isBlank()) {
            // MariaDB starts (and, the first time, installs) while Payara Micro boots; Vigia's deployment waits until
            // the database accepts its account (DatabaseStartWait), so neither waits for the other to begin.
            File home = new File(dataDir, "mariadb");
            int dbPort = EmbeddedMariaDb.freePort();
            System.out.println(BANNER_PREFIX + "starting embedded MariaDB (data in " + home.getAbsolutePath() + ")");
            databaseStart = new CompletableFuture<>();
            CompletableFuture<EmbeddedMariaDb> future = databaseStart;
            Thread starter = new Thread(() -> {
                try {
                    EmbeddedMariaDb embedded = EmbeddedMariaDb.start(home, "vigia", dbPort);
                    database.set(embedded);
                    System.out.printf(BANNER_PREFIX + "embedded MariaDB up (%.1f s)%n", (System.nanoTime() - started) / 1e9);
                    future.complete(embedded);
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                }
            }, "vigia-mariadb-start");
            starter.setDaemon(true);
            starter.start();
            dbUrl = EmbeddedMariaDb.jdbcUrl(dbPort, "vigia");
            dbUser = EmbeddedMariaDb.USER;
            dbPassword = EmbeddedMariaDb.PASSWORD;
        } else {
            System.out.println(BANNER_PREFIX + "using MariaDB at " + dbUrl);
        }

        List<String> command = new ArrayList<>(List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xmx1g", "-XX:+UseParallelGC", "-Djava.awt.headless=true",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-jar", microJar.getPath(),
                "--deploy", war.getPath(),
                "--contextroot", "/",
                "--port", port,
                "--nocluster",
                "--nohazelcast",
                "--disablephonehome",
                "--unpackdir", new File(dataDir, "payara-runtime").getPath(),
                "--prebootcommandfile", new File(configDir, "payara/pre-boot-commands.asadmin").getPath(),
                "--logproperties", new File(configDir, "payara/logging.properties").getPath()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("VIGIA_DB_URL", dbUrl);
        env.put("VIGIA_DB_USER", dbUser == null ? "" : dbUser);
        env.put("VIGIA_DB_PASSWORD", dbPassword == null ? "" : dbPassword);
        env.put("VIGIA_DEMO", Boolean.toString(demo));
        env.put("VIGIA_BASE_URL", "http://localhost:" + port);

        String base = "http://localhost:" + port;
        List<String> banner = new CopyOnWriteArrayList<>();
        ReadinessWait wait = ReadinessWait.withSystemClock(startTimeout, NO_LISTENER_GRACE, Duration.ofMillis(250));
        CompletableFuture<EmbeddedMariaDb> dbStart = databaseStart;
        BooleanSupplier giveUp = () -> shuttingDown.get() || (dbStart != null && dbStart.isCompletedExceptionally());
        StartAttempts.Result result = new StartAttempts(MAX_STARTS, wait).run(() -> {
            PayaraProcess payara = PayaraProcess.start(builder, URI.create(base + "/health/ready"), banner);
            current.set(payara);
            if (shuttingDown.get()) { // Ctrl-C while it was starting: the hook may have missed it
                payara.stop();
            }
            return payara;
        }, giveUp, line -> System.err.println(BANNER_PREFIX + line));

        String failure = null;
        if (dbStart != null && dbStart.isCompletedExceptionally()) {
            failure = "the embedded MariaDB did not start: " + rootMessage(dbStart);
            if (result.ready()) {
                result.attempt().stop();
            }
        } else if (!result.ready() && !shuttingDown.get()) {
            failure = result.reason() + " (Payara Micro started " + result.starts() + " times; VIGIA_START_TIMEOUT="
                    + startTimeout.toSeconds() + " s)";
        }
        if (failure != null && !shuttingDown.get()) {
            System.err.println(BANNER_PREFIX + "Vigia did not start: " + failure + "; stopping.");
            System.exit(1); // the shutdown hook stops the database
        }
        if (!result.ready()) {
            return;
        }
        if (dbStart != null) {
            dbStart.join(); // done: /health/ready checks the database
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println();
        System.out.println("==================================================================");
        System.out.printf("  Vigia is ready at %s/  (%.1f s)%n", base, seconds);
        System.out.println("  Database: " + (database.get() != null ? "embedded MariaDB, " + database.get().jdbcUrl() : dbUrl));
        banner.forEach(line -> System.out.println("  " + line));
        System.out.println("  Stop with Ctrl-C.");
        System.out.println("==================================================================");
        int exit = ((PayaraProcess) result.attempt()).waitFor();
        if (exit != 0 && exit != 143 && exit != 130 && !shuttingDown.get()) {
            System.exit(exit);
        }
    }

    /** The start time-out from {@code VIGIA_START_TIMEOUT} / {@code -Dvigia.start.timeout} (seconds). */
    static Duration startTimeout(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_START_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("VIGIA_START_TIMEOUT must be a positive number of seconds, not '" + value + "'");
    }

    private static String rootMessage(CompletableFuture<?> failed) {
        try {
            failed.join();
            return "?";
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause.toString();
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** One Payara Micro child process: its output is copied to ours and watched for the lines the wait needs. */
    static final class PayaraProcess implements StartAttempts.Attempt {

        private final Process process;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final HttpRequest ready;
        private volatile boolean saysReady;
        private volatile boolean listenerError;
        private volatile boolean deploymentFailed;

        private PayaraProcess(Process process, URI readyUri) {
            this.process = process;
            this.ready = HttpRequest.newBuilder(readyUri).timeout(Duration.ofSeconds(5)).build();
        }

        static PayaraProcess start(ProcessBuilder builder, URI readyUri, List<String> banner) throws java.io.IOException {
            PayaraProcess payara = new PayaraProcess(builder.start(), readyUri);
            Thread pump = new Thread(() -> payara.pump(banner), "vigia-output");
            pump.setDaemon(true);
            pump.start();
            return payara;
        }

        @Override
        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public ReadinessWait.Probe probe() {
            try {
                return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        ? ReadinessWait.Probe.READY : ReadinessWait.Probe.NOT_READY;
            } catch (ConnectException | HttpConnectTimeoutException e) {
                return ReadinessWait.Probe.NOT_LISTENING;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ReadinessWait.Probe.NOT_READY;
            } catch (Exception e) {
                return ReadinessWait.Probe.NOT_READY;
            }
        }

        @Override
        public boolean saysReady() {
            return saysReady;
        }

        @Override
        public boolean reportedListenerError() {
            return listenerError;
        }

        @Override
        public boolean deploymentFailed() {
            return deploymentFailed;
        }

        /** SIGTERM, then after 30 s SIGKILL; waits until the process has ended. */
        @Override
        public void stop() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    System.err.println(BANNER_PREFIX + "Payara Micro did not stop within 30 s; killing it");
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        int waitFor() throws InterruptedException {
            return process.waitFor();
        }

        private void pump(List<String> banner) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                boolean inDeployedList = false;
                boolean deployedSomething = false;
                while ((line = reader.readLine()) != null) {
                    System.out.println(line);
                    // Payara Micro lists what it deployed in its instance configuration: "Deployed": [ {...} ]
                    if (line.contains("\"Deployed\": [")) {
                        inDeployedList = true;
                        deployedSomething = false;
                    } else if (inDeployedList) {
                        if (line.trim().startsWith("]")) {
                            inDeployedList = false;
                            deploymentFailed = !deployedSomething;
                        } else if (!line.isBlank()) {
                            deployedSomething = true;
                        }
                    }
                    int i = line.indexOf("VIGIA-BANNER ");
                    if (i >= 0) {
                        String text = line.substring(i + "VIGIA-BANNER ".length());
                        if (!banner.contains(text)) {
                            banner.add(text);
                        }
                    }
                    if (line.contains("GrizzlyProxy is NULL")) {
                        listenerError = true;
                    }
                    if (line.contains("Payara Micro") && line.contains("ready in")) {
                        saysReady = true;
                    }
                }
            } catch (Exception ignored) {
                // the process ended
            }
        }
    }
}
