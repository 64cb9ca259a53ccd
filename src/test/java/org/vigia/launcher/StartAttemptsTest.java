package org.vigia.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigia.launcher.ReadinessWait.Probe.NOT_LISTENING;
import static org.vigia.launcher.ReadinessWait.Probe.READY;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartAttemptsTest {

    private final FakeServer.Clock clock = new FakeServer.Clock();
    private final ReadinessWait wait = new ReadinessWait(Duration.ofSeconds(60), Duration.ofSeconds(15),
            Duration.ofMillis(250), clock::now, clock::sleep);
    private final List<String> log = new ArrayList<>();

    private FakeServer noListener() {
        return new FakeServer(clock, NOT_LISTENING).saysReadyAfter(Duration.ZERO).withListenerError();
    }

    @Test
    void aServerWithoutListenerIsStoppedAndStartedAgain() throws Exception {
        FakeServer first = noListener();
        FakeServer second = new FakeServer(clock, NOT_LISTENING, READY);
        Deque<FakeServer> servers = new ArrayDeque<>(List.of(first, second));

        StartAttempts.Result result = new StartAttempts(3, wait).run(servers::poll, () -> false, log::add);

        assertTrue(result.ready());
        assertSame(second, result.attempt());
        assertEquals(2, result.starts());
        assertTrue(first.stopped);
        assertFalse(second.stopped);
        assertEquals(1, log.size());
        assertTrue(log.get(0).startsWith("start 1 of 3 failed: Payara Micro deployed Vigia but nothing listens"), log.get(0));
    }

    @Test
    void aFailedDeploymentIsStartedAgain() throws Exception {
        FakeServer first = new FakeServer(clock, NOT_LISTENING).deploymentFailsAfter(Duration.ofSeconds(20));
        FakeServer second = new FakeServer(clock, READY);
        Deque<FakeServer> servers = new ArrayDeque<>(List.of(first, second));

        StartAttempts.Result result = new StartAttempts(3, wait).run(servers::poll, () -> false, log::add);

        assertSame(second, result.attempt());
        assertTrue(first.stopped);
        assertTrue(log.get(0).contains("deployment failed"), log.get(0));
    }

    @Test
    void givesUpAfterThreeStartsAndStopsEachOne() throws Exception {
        List<FakeServer> started = new ArrayList<>();
        StartAttempts.Result result = new StartAttempts(3, wait).run(() -> {
            FakeServer s = started.size() == 1
                    ? new FakeServer(clock, NOT_LISTENING).diesAfter(Duration.ofNanos(clock.now() + Duration.ofSeconds(5).toNanos()))
                    : new FakeServer(clock, NOT_LISTENING);
            started.add(s);
            return s;
        }, () -> false, log::add);

        assertFalse(result.ready());
        assertEquals(3, result.starts());
        assertEquals(3, started.size());
        assertTrue(started.stream().allMatch(s -> s.stopped));
        assertEquals(ReadinessWait.Outcome.TIMED_OUT, result.last().outcome());
        assertEquals(2, log.size());
        assertTrue(log.get(1).contains("Payara Micro exited"), log.get(1));
    }

    @Test
    void noNewStartOnceTheLauncherIsStopping() throws Exception {
        List<FakeServer> started = new ArrayList<>();
        boolean[] stopping = {false};
        StartAttempts.Result result = new StartAttempts(3, wait).run(() -> {
            FakeServer s = new FakeServer(clock, NOT_LISTENING).diesAfter(Duration.ofNanos(clock.now() + Duration.ofSeconds(1).toNanos()));
            started.add(s);
            stopping[0] = true; // Ctrl-C arrives while the first server starts
            return s;
        }, () -> stopping[0], log::add);

        assertFalse(result.ready());
        assertEquals(1, started.size());
        assertEquals(ReadinessWait.Outcome.STOPPED, result.last().outcome());
        assertTrue(log.isEmpty());
    }
}
