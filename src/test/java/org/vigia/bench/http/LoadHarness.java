package org.vigia.bench.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop HTTP load: N clients, each on its own platform thread of a fixed pool, send a scenario's request,
 * wait for the reply, and send the next, for a warm-up period (not recorded) and then a measured period.
 * Latency (send to whole reply read) goes into an HdrHistogram per client, merged at the end; throughput is the
 * number of successful replies completed inside the measured period divided by its length.
 * <p>
 * Being closed-loop, a slow server lowers the request rate instead of queueing requests: latencies are those of
 * N clients that each wait for their answer (no coordinated-omission correction), which is how a site's users and
 * API clients behave.
 */
public final class LoadHarness {

    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(120);

    private LoadHarness() {
    }

    /** Runs {@code scenario} (already prepared) with {@code clients} concurrent clients. */
    public static LoadResult run(VigiaApi api, LoadScenario scenario, int clients, Duration warmup, Duration measured)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "bench-client");
            t.setDaemon(true);
            return t;
        });
        List<Future<ClientTally>> tallies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            tallies.add(pool.submit(() -> client(api, scenario, client, measureFrom, measureUntil)));
        }
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        long ok = 0;
        long failed = 0;
        String firstFailure = null;
        for (Future<ClientTally> f : tallies) {
            try {
                ClientTally t = f.get();
                all.add(t.histogram);
                ok += t.ok;
                failed += t.failed;
                if (firstFailure == null) {
                    firstFailure = t.firstFailure;
                }
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
                firstFailure = firstFailure != null ? firstFailure : String.valueOf(e.getCause());
            }
        }
        pool.shutdownNow();
        return new LoadResult(scenario.name(), clients, measured, ok, failed, ok / (measured.toNanos() / 1e9),
                millis(all, 50), millis(all, 95), millis(all, 99), all.getTotalCount() == 0 ? Double.NaN
                : all.getMaxValue() / 1000.0, firstFailure);
    }

    private static double millis(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static final class ClientTally {
        final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
        long ok;
        long failed;
        String firstFailure;
    }

    private static ClientTally client(VigiaApi api, LoadScenario scenario, int client, long measureFrom, long measureUntil) {
        ClientTally tally = new ClientTally();
        long n = 0;
        while (System.nanoTime() < measureUntil) {
            HttpRequest request = scenario.request(api, client, n++);
            long sent = System.nanoTime();
            int status;
            String failure = null;
            try {
                HttpResponse<String> response = api.http().send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                scenario.completed(client, status, response.body());
                if (!scenario.succeeded(status)) {
                    failure = status + " " + abbreviate(response.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                failure = e.toString();
            }
            long done = System.nanoTime();
            if (done < measureFrom || done >= measureUntil) {
                continue; // warm-up, or finished after the measured period
            }
            if (failure == null) {
                tally.ok++;
                tally.histogram.recordValue(Math.min(HIGHEST_MICROS, Math.max(1, (done - sent) / 1000)));
            } else {
                tally.failed++;
                if (tally.firstFailure == null) {
                    tally.firstFailure = failure;
                }
            }
        }
        return tally;
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
