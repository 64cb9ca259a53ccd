package org.vigia.launcher;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Waits until one started server answers its readiness check, and gives up instead of waiting forever.
 * <p>
 * Payara Micro sometimes deploys the application but never opens its HTTP listener (its log then says
 * "Error adding HttpProbes. NetworkListener ... GrizzlyProxy is NULL"). The wait ends with
 * <ul>
 *   <li>{@link Outcome#READY} when the check answers 200,</li>
 *   <li>{@link Outcome#EXITED} when the process ends first,</li>
 *   <li>{@link Outcome#DEPLOYMENT_FAILED} when the server started without the application (e.g. the database did
 *       not answer during deployment),</li>
 *   <li>{@link Outcome#NO_LISTENER} when the server said it is ready ("ready in") but nothing has been listening
 *       on the port for {@code noListenerGrace} since,</li>
 *   <li>{@link Outcome#TIMED_OUT} when {@code timeout} passes,</li>
 *   <li>{@link Outcome#STOPPED} when the launcher is shutting down (Ctrl-C).</li>
 * </ul>
 * The clock and the sleep are injected so that the rules are tested without a server.
 * <pre>{@code
 * ReadinessWait wait = ReadinessWait.withSystemClock(Duration.ofSeconds(180), Duration.ofSeconds(15), Duration.ofMillis(250));
 * ReadinessWait.Result result = wait.await(server, shuttingDown::get);
 * }</pre>
 */
public final class ReadinessWait {

    /** The answer of one readiness check. */
    public enum Probe {
        /** 200. */
        READY,
        /** Something listens on the port but did not answer 200 (yet). */
        NOT_READY,
        /** Nothing listens on the port (connection refused). */
        NOT_LISTENING
    }

    /** How a wait ended. */
    public enum Outcome { READY, EXITED, DEPLOYMENT_FAILED, NO_LISTENER, TIMED_OUT, STOPPED }

    /** What the wait needs to know about the server being started. */
    public interface Server {
        boolean isAlive();

        Probe probe();

        /** The server printed that it is ready (Payara Micro: "ready in ... (ms)"). */
        boolean saysReady();

        /** The server logged that its HTTP listener is missing ("GrizzlyProxy is NULL"). */
        boolean reportedListenerError();

        /** The server said it is ready without the application (Payara Micro: an empty "Deployed" list). */
        default boolean deploymentFailed() {
            return false;
        }
    }

    /** How a wait ended, with a short reason fit for a one-line message. */
    public record Result(Outcome outcome, String reason) {
        public boolean ready() {
            return outcome == Outcome.READY;
        }
    }

    /** Sleeps; in tests, moves a fake clock forward. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration timeout;
    private final Duration noListenerGrace;
    private final Duration pollInterval;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;

    public ReadinessWait(Duration timeout, Duration noListenerGrace, Duration pollInterval, LongSupplier nanoClock,
                         Sleeper sleeper) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        this.noListenerGrace = noListenerGrace;
        this.pollInterval = pollInterval;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    public static ReadinessWait withSystemClock(Duration timeout, Duration noListenerGrace, Duration pollInterval) {
        return new ReadinessWait(timeout, noListenerGrace, pollInterval, System::nanoTime,
                d -> Thread.sleep(d.toMillis()));
    }

    public Duration timeout() {
        return timeout;
    }

    /** Polls {@code server} until it is ready or one of the other outcomes applies. */
    public Result await(Server server, BooleanSupplier shuttingDown) throws InterruptedException {
        long start = nanoClock.getAsLong();
        long saidReadyAt = 0;
        boolean saidReady = false;
        Probe last = null;
        while (true) {
            if (shuttingDown.getAsBoolean()) {
                return new Result(Outcome.STOPPED, "the launcher is stopping");
            }
            if (server.deploymentFailed()) {
                return new Result(Outcome.DEPLOYMENT_FAILED, "Payara Micro started without Vigia (its deployment failed; see the log above)");
            }
            last = server.probe();
            if (last == Probe.READY && !server.deploymentFailed()) {
                return new Result(Outcome.READY, "ready");
            }
            if (!server.isAlive()) {
                return new Result(Outcome.EXITED, "Payara Micro exited before Vigia was ready");
            }
            long now = nanoClock.getAsLong();
            if (!saidReady && server.saysReady()) {
                saidReady = true;
                saidReadyAt = now;
            }
            if (saidReady && last == Probe.NOT_LISTENING && now - saidReadyAt >= noListenerGrace.toNanos()) {
                return new Result(Outcome.NO_LISTENER, "Payara Micro deployed Vigia but nothing listens on the HTTP port "
                        + seconds(noListenerGrace) + " after"
                        + (server.reportedListenerError() ? " (its log: GrizzlyProxy is NULL)" : ""));
            }
            if (now - start >= timeout.toNanos()) {
                return new Result(Outcome.TIMED_OUT, "not ready within " + seconds(timeout) + " (last check: "
                        + (last == Probe.NOT_LISTENING ? "nothing listening" : "not ready") + ")"
                        + (server.reportedListenerError() ? "; its log: GrizzlyProxy is NULL" : ""));
            }
            sleeper.sleep(pollInterval);
        }
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }
}
