package org.vigia.launcher;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Starts a server, waits until it is ready, and starts it again when it is not: at most {@code maxAttempts}
 * starts in all. A start that failed is stopped before the next one begins.
 * <pre>{@code
 * StartAttempts.Result result = new StartAttempts(3, wait).run(this::startPayara, shuttingDown::get, System.out::println);
 * if (!result.ready()) { ... result.reason() ... }
 * }</pre>
 */
public final class StartAttempts {

    /** One started server. */
    public interface Attempt extends ReadinessWait.Server {
        /** Stops this server and waits until it has ended. */
        void stop();
    }

    /** Starts a new server. */
    @FunctionalInterface
    public interface Launch {
        Attempt start() throws Exception;
    }

    /**
     * How the starts ended.
     *
     * @param attempt the ready server, or {@code null}
     * @param last    the outcome of the last wait
     * @param starts  how many times the server was started
     */
    public record Result(Attempt attempt, ReadinessWait.Result last, int starts) {
        public boolean ready() {
            return attempt != null;
        }

        public String reason() {
            return last.reason();
        }
    }

    private final int maxAttempts;
    private final ReadinessWait wait;

    public StartAttempts(int maxAttempts, ReadinessWait wait) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.wait = wait;
    }

    public Result run(Launch launch, BooleanSupplier shuttingDown, Consumer<String> log) throws Exception {
        ReadinessWait.Result last = new ReadinessWait.Result(ReadinessWait.Outcome.STOPPED, "not started");
        for (int n = 1; n <= maxAttempts; n++) {
            if (shuttingDown.getAsBoolean()) {
                return new Result(null, new ReadinessWait.Result(ReadinessWait.Outcome.STOPPED, "the launcher is stopping"), n - 1);
            }
            Attempt attempt = launch.start();
            last = wait.await(attempt, shuttingDown);
            if (last.ready()) {
                return new Result(attempt, last, n);
            }
            attempt.stop();
            if (last.outcome() == ReadinessWait.Outcome.STOPPED || shuttingDown.getAsBoolean()) {
                return new Result(null, new ReadinessWait.Result(ReadinessWait.Outcome.STOPPED, "the launcher is stopping"), n);
            }
            if (n < maxAttempts) {
                log.accept("start " + n + " of " + maxAttempts + " failed: " + last.reason() + "; stopping it and starting Payara Micro again");
            }
        }
        return new Result(null, last, maxAttempts);
    }
}
