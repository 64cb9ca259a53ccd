package org.vigia.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vigia.ae.SeriousAdverseEventClock.State;
import org.vigia.ae.SeriousAdverseEventClock.Status;

class SeriousAdverseEventClockTest {

    private static final Instant AWARE = Instant.parse("2026-03-14T09:30:00Z");
    private static final SeriousAdverseEventClock CLOCK = new SeriousAdverseEventClock(AWARE, java.time.Duration.ofHours(24));

    @Test
    void initialReportIsDue24HoursAfterAwareness() {
        assertEquals(Instant.parse("2026-03-15T09:30:00Z"), CLOCK.due());
    }

    @Test
    void dueUpToAndIncludingTheDeadlineThenOverdue() {
        assertEquals(State.DUE, CLOCK.statusAt(AWARE).state());
        assertEquals(State.DUE, CLOCK.statusAt(Instant.parse("2026-03-15T09:30:00Z")).state());
        Status overdue = CLOCK.statusAt(Instant.parse("2026-03-15T09:30:01Z"));
        assertEquals(State.OVERDUE, overdue.state());
        assertNull(overdue.reportedAt());
        assertEquals(Duration.ofSeconds(-1), overdue.timeLeft(Instant.parse("2026-03-15T09:30:01Z")));
        assertEquals(Duration.ofHours(4), CLOCK.statusAt(Instant.parse("2026-03-15T05:30:00Z"))
                .timeLeft(Instant.parse("2026-03-15T05:30:00Z")));
    }

    @Test
    void reportedWithItsInstantAndLateness() {
        Instant onTime = Instant.parse("2026-03-15T09:30:00Z");
        Status reported = CLOCK.statusAt(Instant.parse("2026-03-20T00:00:00Z"), onTime);
        assertEquals(new Status(State.REPORTED, CLOCK.due(), onTime), reported);
        assertFalse(reported.reportedLate());
        assertEquals(Duration.ZERO, reported.timeLeft(Instant.parse("2026-03-20T00:00:00Z")));

        Instant late = Instant.parse("2026-03-15T10:00:00Z");
        assertTrue(CLOCK.statusAt(Instant.parse("2026-03-16T00:00:00Z"), late).reportedLate());
    }

    @Test
    void aReportAfterTheGivenInstantIsNotYetReportedThen() {
        Instant reportedAt = Instant.parse("2026-03-15T08:00:00Z");
        assertEquals(State.DUE, CLOCK.statusAt(Instant.parse("2026-03-15T07:00:00Z"), reportedAt).state());
        assertEquals(State.REPORTED, CLOCK.statusAt(reportedAt, reportedAt).state());
    }

    @Test
    void rejectsImpossibleInputs() {
        assertThrows(IllegalArgumentException.class,
                () -> CLOCK.statusAt(AWARE.plusSeconds(60), AWARE.minusSeconds(60)));
        assertThrows(IllegalArgumentException.class, () -> new SeriousAdverseEventClock(AWARE, Duration.ZERO));
        assertEquals(Instant.parse("2026-03-21T09:30:00Z"),
                new SeriousAdverseEventClock(AWARE, Duration.ofDays(7)).due());
    }
}
