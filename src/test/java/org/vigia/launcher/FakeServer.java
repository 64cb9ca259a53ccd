package org.vigia.launcher;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A server whose answers are scripted against a fake clock: each probe takes the next scripted answer (the last
 * one repeats), {@code saysReadyAfter} and {@code diesAfter} are instants on the clock.
 */
class FakeServer implements StartAttempts.Attempt {

    /** The fake clock, moved forward only by the wait's sleeps. */
    static final class Clock {
        long nanos;

        long now() {
            return nanos;
        }

        void sleep(Duration d) {
            nanos += d.toNanos();
        }
    }

    private final Clock clock;
    private final Deque<ReadinessWait.Probe> answers = new ArrayDeque<>();
    private Duration saysReadyAfter;
    private Duration diesAfter;
    private boolean listenerError;
    private Duration deploymentFailsAfter;
    int probes;
    boolean stopped;

    FakeServer(Clock clock, ReadinessWait.Probe... answers) {
        this.clock = clock;
        this.answers.addAll(java.util.List.of(answers));
    }

    FakeServer saysReadyAfter(Duration d) {
        saysReadyAfter = d;
        return this;
    }

    FakeServer diesAfter(Duration d) {
        diesAfter = d;
        return this;
    }

    FakeServer deploymentFailsAfter(Duration d) {
        deploymentFailsAfter = d;
        return this;
    }

    @Override
    public boolean deploymentFailed() {
        return deploymentFailsAfter != null && clock.now() >= deploymentFailsAfter.toNanos();
    }

    FakeServer withListenerError() {
        listenerError = true;
        return this;
    }

    @Override
    public boolean isAlive() {
        return !stopped && (diesAfter == null || clock.now() < diesAfter.toNanos());
    }

    @Override
    public ReadinessWait.Probe probe() {
        probes++;
        if (!isAlive()) {
            return ReadinessWait.Probe.NOT_LISTENING;
        }
        return answers.size() > 1 ? answers.poll() : answers.peek();
    }

    @Override
    public boolean saysReady() {
        return saysReadyAfter != null && clock.now() >= saysReadyAfter.toNanos();
    }

    @Override
    public boolean reportedListenerError() {
        return listenerError;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
