package org.vigia.launcher;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The run command ({@code mvn -Prun}): starts an embedded MariaDB unless {@code VIGIA_DB_URL} names a server,
 * then Payara Micro with the Vigia WAR, waits until {@code /health/ready} answers and prints the URL and the
 * demo accounts. Ctrl-C stops Payara first, then the database.
 */
public final class VigiaLauncher {

    static final String BANNER_PREFIX = "[vigia] ";

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

        EmbeddedMariaDb embedded = null;
        String dbUrl = System.getenv("VIGIA_DB_URL");
        String dbUser = System.getenv("VIGIA_DB_USER");
        String dbPassword = System.getenv("VIGIA_DB_PASSWORD");
        if (dbUrl == null || dbUrl.isBlank()) {
            System.out.println(BANNER_PREFIX + "starting embedded MariaDB (data in " + new File(dataDir, "mariadb").getAbsolutePath() + ")");
            embedded = EmbeddedMariaDb.start(new File(dataDir, "mariadb"), "vigia");
            dbUrl = embedded.jdbcUrl();
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
                "--postbootcommandfile", new File(configDir, "payara/post-boot-commands.asadmin").getPath(),
                "--logproperties", new File(configDir, "payara/logging.properties").getPath()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("VIGIA_DB_URL", dbUrl);
        env.put("VIGIA_DB_USER", dbUser == null ? "" : dbUser);
        env.put("VIGIA_DB_PASSWORD", dbPassword == null ? "" : dbPassword);
        env.put("VIGIA_DEMO", Boolean.toString(demo));
        env.put("VIGIA_BASE_URL", "http://localhost:" + port);

        Process payara = builder.start();
        EmbeddedMariaDb db = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println(BANNER_PREFIX + "stopping Payara Micro ...");
            payara.destroy();
            try {
                payara.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (db != null) {
                System.out.println(BANNER_PREFIX + "stopping embedded MariaDB ...");
                db.stop();
            }
            System.out.println(BANNER_PREFIX + "stopped.");
        }, "vigia-shutdown"));

        List<String> banner = new CopyOnWriteArrayList<>();
        Thread pump = new Thread(() -> pump(payara, banner), "vigia-output");
        pump.setDaemon(true);
        pump.start();

        String base = "http://localhost:" + port;
        if (waitUntilReady(base + "/health/ready", payara)) {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.println();
            System.out.println("==================================================================");
            System.out.printf("  Vigia is ready at %s/  (%.1f s)%n", base, seconds);
            System.out.println("  Database: " + (embedded != null ? "embedded MariaDB, " + embedded.jdbcUrl() : dbUrl));
            banner.forEach(line -> System.out.println("  " + line));
            System.out.println("  Stop with Ctrl-C.");
            System.out.println("==================================================================");
        } else {
            System.err.println(BANNER_PREFIX + "Payara Micro exited before Vigia was ready; see the log above.");
        }
        int exit = payara.waitFor();
        if (exit != 0 && exit != 143 && exit != 130) {
            System.exit(exit);
        }
    }

    private static void pump(Process process, List<String> banner) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.println(line);
                int i = line.indexOf("VIGIA-BANNER ");
                if (i >= 0) {
                    banner.add(line.substring(i + "VIGIA-BANNER ".length()));
                }
            }
        } catch (Exception ignored) {
            // the process ended
        }
    }

    private static boolean waitUntilReady(String url, Process payara) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        while (payara.isAlive()) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
