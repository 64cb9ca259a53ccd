package org.vigia.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A steady stream of adverse-event saves through the REST API, one client thread per enrolled subject, each save
 * tagged with a unique verbatim text so that the test can find, with its own SQL, what each request left in the
 * database. Bounded: it stops at {@link #stop()}, after {@code maxSeconds}, or after {@code maxRequests} per client.
 */
final class AeSaveStream {

    /** What one request got: its HTTP status, or -1 when no answer came (connection refused, reset, time-out). */
    record Outcome(String tag, int status, String body, Long aeId, long millis) {
        boolean acknowledged() {
            return status == 201;
        }
    }

    static final String NEUTROPHILS = "10029366";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();
    private final String authorization;

    private AeSaveStream(String user, String password) {
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Starts one client per subject; {@code pauseMillis} between two saves of a client. */
    static AeSaveStream start(URL base, String study, List<Long> subjectIds, String tagPrefix, long pauseMillis,
                              int maxSeconds, int maxRequests) {
        AeSaveStream stream = new AeSaveStream("coordinator", PayaraMicroProcess.DEMO_PASSWORD);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        for (int c = 0; c < subjectIds.size(); c++) {
            URI uri = URI.create(base + "api/v1/studies/" + study + "/subjects/" + subjectIds.get(c) + "/adverse-events");
            String clientPrefix = tagPrefix + "-" + c + "-";
            Thread t = new Thread(() -> {
                for (int n = 0; n < maxRequests && stream.running.get() && System.nanoTime() < deadline; n++) {
                    stream.outcomes.add(stream.save(uri, clientPrefix + n, n));
                    sleep(pauseMillis);
                }
            }, "ae-stream-" + c);
            t.setDaemon(true);
            stream.threads.add(t);
            t.start();
        }
        return stream;
    }

    private Outcome save(URI uri, String tag, int n) {
        Map<String, Object> ae = new HashMap<>();
        ae.put("meddraCode", NEUTROPHILS);
        ae.put("verbatim", tag);
        // an episode within one month, its days unknown: saves of the same term that need not overlap (one AE per
        // episode refuses a second AE of the term while one is open)
        String month = LocalDate.now().minusDays(3).toString().substring(0, 7);
        ae.put("onset", month);
        ae.put("ongoing", false);
        ae.put("end", month);
        ae.put("grade", 1 + n % 2);
        ae.put("serious", false);
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization).header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(ae))).build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Long id = null;
            if (r.statusCode() == 201) {
                JsonNode json = ApiClient.JSON.readTree(r.body());
                id = json.path("id").isNumber() ? json.get("id").asLong() : null;
            }
            return new Outcome(tag, r.statusCode(), r.body(), id, elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(tag, -1, e.toString(), null, elapsed(started));
        } catch (Exception e) {
            return new Outcome(tag, -1, e.toString(), null, elapsed(started));
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Waits until {@code condition} holds on the outcomes so far (false when the time is up). */
    boolean await(Predicate<List<Outcome>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test(outcomes)) {
                return true;
            }
            sleep(20);
        }
        return condition.test(outcomes);
    }

    long count(Predicate<Outcome> which) {
        return outcomes.stream().filter(which).count();
    }

    /** Stops the clients and waits for their last request; returns every outcome. */
    List<Outcome> stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }
        return List.copyOf(outcomes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
