package org.vigia.bench.http;

import java.time.Duration;

/**
 * What one load level measured.
 *
 * @param scenario     the scenario's name
 * @param clients      concurrent clients
 * @param measured     length of the measured period (after warm-up)
 * @param succeeded    successful replies completed in the measured period
 * @param failed       failed replies (unexpected status or I/O error) in the measured period
 * @param perSecond    successful replies per second
 * @param p50Ms        latency percentiles of the successful replies, milliseconds
 * @param p95Ms        95th percentile
 * @param p99Ms        99th percentile
 * @param maxMs        slowest
 * @param firstFailure the first failure seen, or {@code null}
 */
public record LoadResult(String scenario, int clients, Duration measured, long succeeded, long failed,
                         double perSecond, double p50Ms, double p95Ms, double p99Ms, double maxMs, String firstFailure) {
}
