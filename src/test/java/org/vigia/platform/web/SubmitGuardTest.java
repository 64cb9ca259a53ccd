package org.vigia.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SubmitGuardTest {

    @Test
    void theRenderedTokenSavesOnceAndTheNextRenderCarriesANewOne() {
        SubmitGuard guard = new SubmitGuard();
        String rendered = guard.getToken();
        String posted = new String(rendered.toCharArray()); // a request parameter is another String instance
        assertTrue(guard.consume(posted), "first submission");
        assertFalse(guard.consume(new String(posted.toCharArray())), "the same form sent again");
        assertNotEquals(rendered, guard.getToken());
        assertTrue(guard.consume(new String(guard.getToken().toCharArray())), "the re-rendered form");
        assertFalse(guard.consume(null), "no token sent");
    }

    @Test
    void ofConcurrentSubmissionsOfOneFormExactlyOneSaves() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 200; round++) {
                SubmitGuard guard = new SubmitGuard(); // one view-scoped bean, eight requests of the same render
                String rendered = guard.getToken();
                List<Callable<Boolean>> submissions = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    submissions.add(() -> guard.consume(new String(rendered.toCharArray())));
                }
                int saved = 0;
                for (Future<Boolean> f : pool.invokeAll(submissions)) {
                    saved += f.get() ? 1 : 0;
                }
                assertEquals(1, saved, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
