package org.vigia.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The give-up path of the deployment's wait for the database (the waiting path runs in FaultToleranceIT). */
class DatabaseStartWaitTest {

    @Test
    void givesUpAfterItsWaitWhenNothingAnswers() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long started = System.nanoTime();
        boolean answered = DatabaseStartWait.awaitDatabase("jdbc:mariadb://127.0.0.1:" + port + "/vigia", new Properties(),
                Duration.ofSeconds(1));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertFalse(answered);
        assertTrue(seconds >= 1.0 && seconds < 10, "waited " + seconds + " s");
    }
}
