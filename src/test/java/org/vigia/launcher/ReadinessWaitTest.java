package org.vigia.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigia.launcher.ReadinessWait.Probe.NOT_LISTENING;
import static org.vigia.launcher.ReadinessWait.Probe.NOT_READY;
import static org.vigia.launcher.ReadinessWait.Probe.READY;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessWaitTest {

    private final FakeServer.Clock clock = new FakeServer.Clock();
    private final ReadinessWait wait = new ReadinessWait(Duration.ofSeconds(180), Duration.ofSeconds(15),
            Duration.ofMillis(250), clock::now, clock::sleep);

    @Test
    void readyAsSoonAsTheCheckAnswers200() throws Exception {
        FakeServer server = new FakeServer(clock, NOT_LISTENING, NOT_LISTENING, NOT_READY, READY);
        ReadinessWait.Result result = wait.await(server, () -> false);
        assertEquals(ReadinessWait.Outcome.READY, result.outcome());
        assertEquals(4, server.probes);
        assertEquals(Duration.ofMillis(750).toNanos(), clock.nanos);
    }

    @Test
    void exitedWhenTheProcessEnds() throws Exception {
        FakeServer server = new FakeServer(clock, NOT_LISTENING).diesAfter(Duration.ofSeconds(7));
        ReadinessWait.Result result = wait.await(server, () -> false);
        assertEquals(ReadinessWait.Outcome.EXITED, result.outcome());
        assertEquals(Duration.ofSeconds(7).toNanos(), clock.nanos);
    }

    @Test
    void deploymentFailedWhenPayaraStartsWithoutVigia() throws Exception {
        FakeServer server = new FakeServer(clock, NOT_LISTENING, NOT_READY).deploymentFailsAfter(Duration.ofSeconds(30));
        ReadinessWait.Result result = wait.await(server, () -> false);
        assertEquals(ReadinessWait.Outcome.DEPLOYMENT_FAILED, result.outcome());
        assertEquals(Duration.ofSeconds(30).toNanos(), clock.nanos);
    }

    @Test
    void timedOutWhenNeverReady() throws Exception {
        FakeServer server = new FakeServer(clock, NOT_READY);
        ReadinessWait.Result result = wait.await(server, () -> false);
        assertEquals(ReadinessWait.Outcome.TIMED_OUT, result.outcome());
        assertEquals(Duration.ofSeconds(180).toNanos(), clock.nanos);
        assertEquals("not ready within 180 s (last check: not ready)", result.reason());
    }

    @Test
    void noListenerWhenPayaraSaysReadyButThePortStaysClosed() throws Exception {
        FakeServer server = new FakeServer(clock, NOT_LISTENING).saysReadyAfter(Duration.ofSeconds(20)).withListenerError();
        ReadinessWait.Result result = wait.await(server, () -> false);
        assertEquals(ReadinessWait.Outcome.NO_LISTENER, result.outcome());
        assertEquals(Duration.ofSeconds(35).toNanos(), clock.nanos);
        assertTrue(result.reason().contains("GrizzlyProxy is NULL"), result.reason());
    }

    @Test
    void aListenerThatAnswersNotReadyAfterReadyInIsGivenTheWholeTimeOut() throws Exception {
        FakeServer server = new FakeServer(clock, NOT_READY).saysReadyAfter(Duration.ofSeconds(20));
        assertEquals(ReadinessWait.Outcome.TIMED_OUT, wait.await(server, () -> false).outcome());
        assertEquals(Duration.ofSeconds(180).toNanos(), clock.nanos);
    }

    @Test
    void listenerOpeningWithinTheGraceIsReady() throws Exception {
        ReadinessWait.Probe[] answers = new ReadinessWait.Probe[50];
        java.util.Arrays.fill(answers, NOT_LISTENING);
        answers[49] = READY; // 12.25 s of closed port after "ready in" at 0 s
        FakeServer server = new FakeServer(clock, answers).saysReadyAfter(Duration.ZERO);
        assertEquals(ReadinessWait.Outcome.READY, wait.await(server, () -> false).outcome());
    }

    @Test
    void stoppedWhenTheLauncherShutsDown() throws Exception {
        AtomicBoolean stopping = new AtomicBoolean();
        FakeServer server = new FakeServer(clock, NOT_LISTENING) {
            @Override
            public ReadinessWait.Probe probe() {
                stopping.set(clock.now() >= Duration.ofSeconds(3).toNanos());
                return super.probe();
            }
        };
        assertEquals(ReadinessWait.Outcome.STOPPED, wait.await(server, stopping::get).outcome());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, 180", "'', 180", "' 60 ', 60", "1, 1"})
    void startTimeoutFromConfiguration(String value, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), VigiaLauncher.startTimeout(value));
    }

    @ParameterizedTest
    @CsvSource({"0", "-5", "3m", "abc"})
    void startTimeoutRefusesNonsense(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VigiaLauncher.startTimeout(value));
        assertTrue(e.getMessage().contains("VIGIA_START_TIMEOUT"));
    }
}
