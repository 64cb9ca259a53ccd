package org.vigia.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Vigia started with the run command in the background, on its own port and data directory, for the
 * benchmarks. Its output goes to a log file and is read for Payara's and the launcher's own start-up figures.
 * <p>
 * Stopping sends SIGTERM to the launcher JVM (so it stops Payara, then MariaDB, as on Ctrl-C) and waits for
 * every process it started to end; only a process of this tree that is still there after the time-out is killed.
 * <pre>{@code
 * VigiaInstance vigia = VigiaInstance.start(List.of("mvn", "-o", "-Prun"), projectDir, dataDir, "pw", log);
 * vigia.awaitFirstPage(Duration.ofMinutes(5));
 * ... vigia.baseUrl() ...
 * vigia.stop(Duration.ofSeconds(60));
 * }</pre>
 */
final class VigiaInstance {

    private static final Pattern PAYARA_READY = Pattern.compile("Payara Micro\\s+(\\S+).*ready in ([\\d,.\\u00a0\\u202f ]+)\\(ms\\)");
    private static final Pattern LAUNCHER_READY = Pattern.compile("Vigia is ready at \\S+\\s+\\(([\\d.]+) s\\)");
    private static final Pattern DATABASE = Pattern.compile("Database: embedded MariaDB, (jdbc:\\S+)");

    private final Process process;
    private final int port;
    private final long startedNanos;
    private final Path log;
    private volatile String payaraVersion;
    private volatile Long payaraReadyMs;
    private volatile Double launcherReadySeconds;
    private volatile String jdbcUrl;
    private volatile Long readyNanos;
    private volatile Long firstPageNanos;
    private volatile String lastReadyStatus = "no answer";
    private volatile String lastPageStatus = "not asked yet";

    private VigiaInstance(Process process, int port, long startedNanos, Path log) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /** Starts {@code command} in {@code projectDir} on a free port with its data in {@code dataDir}. */
    static VigiaInstance start(List<String> command, Path projectDir, Path dataDir, String demoPassword, Path log)
            throws IOException {
        int port = freePort();
        Files.createDirectories(dataDir);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("VIGIA_PORT", Integer.toString(port));
        env.put("VIGIA_DATA_DIR", dataDir.toAbsolutePath().toString());
        env.put("VIGIA_DEMO", "true");
        env.put("VIGIA_DEMO_PASSWORD", demoPassword);
        // no synthetic trials in the background: they would compete with the load for the CPU (the HTTP scenarios make
        // their own subjects; bench/data-run measures with data)
        env.put("VIGIA_DEMO_DATA", "none");
        env.remove("VIGIA_DB_URL"); // always its own embedded database
        long started = System.nanoTime();
        Process process = builder.start();
        VigiaInstance vigia = new VigiaInstance(process, port, started, log);
        Thread pump = new Thread(vigia::pump, "vigia-output-" + port);
        pump.setDaemon(true);
        pump.start();
        return vigia;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    /**
     * Polls {@code /health/ready} and {@code /login.xhtml} every 100 ms until the login page answers 200.
     *
     * @return seconds from the start of the command to the first page
     * @throws IllegalStateException when the command ends or the time-out passes first
     */
    double awaitFirstPage(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (firstPageNanos == null) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the run command ended (exit " + process.exitValue()
                        + ") before the first page; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no first page within " + timeout.toSeconds() + " s (last answers: "
                        + "/health/ready " + lastReadyStatus + ", /login.xhtml " + lastPageStatus + "); see " + log);
            }
            if (readyNanos == null && status(client, "/health/ready", true) == 200) {
                readyNanos = System.nanoTime();
            }
            if (readyNanos != null && status(client, "/login.xhtml", false) == 200) {
                firstPageNanos = System.nanoTime();
            } else {
                Thread.sleep(100);
            }
        }
        return seconds(firstPageNanos);
    }

    /** Seconds from the start of the command to the first 200 of {@code /health/ready}. */
    Optional<Double> readySeconds() {
        return Optional.ofNullable(readyNanos).map(this::seconds);
    }

    /** Payara Micro's own "ready in N (ms)" (boot and deployment, inside its JVM). */
    Optional<Long> payaraReadyMillis() {
        return Optional.ofNullable(payaraReadyMs);
    }

    Optional<String> payaraVersion() {
        return Optional.ofNullable(payaraVersion);
    }

    /** The launcher's own figure: from its main() to /health/ready (excludes Maven). */
    Optional<Double> launcherReadySeconds() {
        return Optional.ofNullable(launcherReadySeconds);
    }

    /** The embedded MariaDB's JDBC URL, as the launcher printed it. */
    Optional<String> jdbcUrl() {
        return Optional.ofNullable(jdbcUrl);
    }

    Path log() {
        return log;
    }

    /**
     * Stops Vigia as Ctrl-C would and waits until every process it started has ended.
     *
     * @return seconds from the stop signal until every process was gone
     */
    double stop(Duration timeout) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        List<ProcessHandle> toSignal = launcher(tree);
        long stopping = System.nanoTime();
        System.out.println("[bench] SIGTERM to " + toSignal.stream().map(h -> h.pid() + " "
                + h.info().command().orElse("?")).toList() + " (" + tree.size() + " processes to end)");
        toSignal.forEach(ProcessHandle::destroy);
        long deadline = stopping + timeout.toNanos();
        while (tree.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - stopping) / 1e9;
        List<ProcessHandle> left = tree.stream().filter(ProcessHandle::isAlive).toList();
        if (!left.isEmpty()) {
            left.forEach(ProcessHandle::destroyForcibly);
            throw new IllegalStateException("Vigia did not stop within " + timeout.toSeconds() + " s; killed pids "
                    + left.stream().map(h -> Long.toString(h.pid())).toList());
        }
        return seconds;
    }

    /**
     * The process to send SIGTERM to: the launcher JVM, found by its main class; when its command line cannot be
     * read, the run command's direct children (Maven's exec plugin runs the launcher as its only child); the run
     * command itself when it has none.
     */
    private List<ProcessHandle> launcher(List<ProcessHandle> tree) {
        Optional<ProcessHandle> byName = tree.stream().filter(h -> h.info().commandLine()
                .map(c -> c.contains("org.vigia.launcher.VigiaLauncher")).orElse(false)).findFirst();
        if (byName.isPresent()) {
            return List.of(byName.get());
        }
        List<ProcessHandle> children = process.children().toList();
        return children.isEmpty() ? List.of(process.toHandle()) : children;
    }

    private double seconds(long nanos) {
        return (nanos - startedNanos) / 1e9;
    }

    private int status(HttpClient client, String path, boolean ready) {
        String seen;
        int status = -1;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10)).build();
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            seen = Integer.toString(status);
        } catch (IOException e) {
            seen = e.getClass().getSimpleName(); // not listening yet, or no answer in time
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            seen = "interrupted";
        }
        if (ready) {
            lastReadyStatus = seen;
        } else {
            lastPageStatus = seen;
        }
        return status;
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(line);
                Matcher m = PAYARA_READY.matcher(line);
                if (m.find()) {
                    payaraVersion = m.group(1);
                    payaraReadyMs = Long.parseLong(m.group(2).replaceAll("\\D", ""));
                }
                m = LAUNCHER_READY.matcher(line);
                if (m.find()) {
                    launcherReadySeconds = Double.parseDouble(m.group(1));
                }
                m = DATABASE.matcher(line);
                if (m.find()) {
                    jdbcUrl = m.group(1);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
