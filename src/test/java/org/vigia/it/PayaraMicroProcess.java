package org.vigia.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Vigia's WAR in a Payara Micro process of its own, started like the run command starts it, for tests that need to
 * kill the server ({@link #kill()} sends SIGKILL) or to watch it through a database outage. Arquillian's managed
 * container hides its process, so it cannot serve here. Output goes to a log file the test can read.
 */
final class PayaraMicroProcess {

    static final String DEMO_PASSWORD = "Fault-Demo-Passw0rd";

    private final Process process;
    private final File log;
    private final int port;

    private PayaraMicroProcess(Process process, File log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts Payara Micro with the WAR that {@code mvn package} built, on {@code port}, against {@code jdbcUrl}. */
    static PayaraMicroProcess start(int port, String jdbcUrl, String user, String password, File workDir, File log)
            throws IOException {
        File projectDir = new File(System.getProperty("vigia.project.dir", "."));
        List<String> command = new ArrayList<>(List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xmx768m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dvigia.security.pbkdf2.iterations=10000",
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-jar", System.getProperty("vigia.micro.jar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("vigia.war", "target/vigia.war"),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nocluster", "--nohazelcast", "--disablephonehome",
                "--unpackdir", new File(workDir, "payara-runtime").getPath(),
                "--prebootcommandfile", new File(projectDir, "config/payara/pre-boot-commands.asadmin").getPath(),
                "--logproperties", new File(projectDir, "config/payara/logging.properties").getPath()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log));
        Map<String, String> env = builder.environment();
        env.put("VIGIA_DB_URL", jdbcUrl);
        env.put("VIGIA_DB_USER", user);
        env.put("VIGIA_DB_PASSWORD", password);
        env.put("VIGIA_DEMO", "true");
        env.put("VIGIA_DEMO_DATA", "none");
        env.put("VIGIA_DEMO_PASSWORD", DEMO_PASSWORD);
        env.put("VIGIA_BASE_URL", "http://localhost:" + port);
        return new PayaraMicroProcess(builder.start(), log, port);
    }

    URL base() {
        try {
            return URI.create("http://localhost:" + port + "/").toURL();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() throws IOException {
        return Files.readString(log.toPath(), StandardCharsets.UTF_8);
    }

    /** Waits until the log holds {@code text} (the process must stay alive meanwhile). */
    void awaitLog(String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro exited (" + process.exitValue() + ") before logging '" + text
                        + "'; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + text + "' not logged within " + timeout.toSeconds() + " s; see " + log);
            }
            Thread.sleep(200);
        }
    }

    /** Waits until {@code /health/ready} answers 200. */
    void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro exited (" + process.exitValue() + ") while starting; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Vigia not ready within " + timeout.toSeconds() + " s; see " + log);
            }
            Thread.sleep(250);
        }
    }

    /**
     * Waits until the API answers {@code GET /api/v1/me} for {@code user} with 200: {@code /health/ready} can say UP
     * a moment before the application takes requests (Payara answers 503 meanwhile).
     */
    void awaitApi(String user, Duration timeout) throws Exception {
        ApiClient client = new ApiClient(base(), user, DEMO_PASSWORD);
        long deadline = System.nanoTime() + timeout.toNanos();
        int status;
        while ((status = client.get("/api/v1/me").status()) != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("GET /api/v1/me answers " + status + " " + timeout.toSeconds() + " s after"
                        + " /health/ready said UP; see " + log);
            }
            Thread.sleep(250);
        }
    }

    /** SIGKILL: the process ends at once, in the middle of whatever it was doing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("Payara Micro did not die from SIGKILL");
        }
    }

    /** SIGTERM, then SIGKILL after 30 s. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
