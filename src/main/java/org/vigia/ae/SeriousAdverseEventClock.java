package org.vigia.ae;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The expedited-reporting clock of a serious adverse event: the investigator reports an SAE to the sponsor
 * immediately, and protocols set this as within 24 hours of the site becoming aware of it (ICH E6(R2) 4.11.1;
 * the window is the study definition's {@code safetyReporting.initialReportHours}).
 * <p>
 * At the due instant itself the report is still on time; after it, it is overdue.
 * <pre>{@code
 * SeriousAdverseEventClock clock = new SeriousAdverseEventClock(awareness,
 *         definition.safetyReporting().initialReportWindow());
 * clock.due();                          // awareness + 24 h
 * clock.statusAt(Instant.now(), null);  // DUE or OVERDUE
 * clock.statusAt(now, reportedAt);      // REPORTED, reportedLate() if after due
 * }</pre>
 *
 * @param awareness when the site became aware of the SAE
 * @param window    time allowed for the initial report
 */
public record SeriousAdverseEventClock(Instant awareness, Duration window) {

    public SeriousAdverseEventClock {
        Objects.requireNonNull(awareness, "awareness");
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The reporting window must be positive: " + window);
        }
    }

    /** When the report is due: awareness + window. */
    public Instant due() {
        return awareness.plus(window);
    }

    /**
     * The status at {@code now}: REPORTED when {@code reportedAt} is given and not after {@code now}; otherwise DUE
     * up to and including the due instant, OVERDUE after it.
     *
     * @param reportedAt when the initial report was sent, or {@code null}
     */
    public Status statusAt(Instant now, Instant reportedAt) {
        Objects.requireNonNull(now, "now");
        if (reportedAt != null && reportedAt.isBefore(awareness)) {
            throw new IllegalArgumentException("Reported at " + reportedAt + ", before awareness at " + awareness);
        }
        if (reportedAt != null && !reportedAt.isAfter(now)) {
            return new Status(State.REPORTED, due(), reportedAt);
        }
        return new Status(now.isAfter(due()) ? State.OVERDUE : State.DUE, due(), null);
    }

    /** The status at {@code now} of a report not yet sent. */
    public Status statusAt(Instant now) {
        return statusAt(now, null);
    }

    /** Where an SAE report stands. */
    public enum State {
        /** Not yet reported, due instant not passed. */
        DUE,
        /** Not yet reported, due instant passed. */
        OVERDUE,
        /** Reported. */
        REPORTED
    }

    /**
     * The status of the report at one instant.
     *
     * @param state      where it stands
     * @param due        when it is (was) due
     * @param reportedAt when it was reported, only for {@link State#REPORTED}
     */
    public record Status(State state, Instant due, Instant reportedAt) {

        public Status {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(due, "due");
            if ((state == State.REPORTED) != (reportedAt != null)) {
                throw new IllegalArgumentException("reportedAt is given exactly for REPORTED");
            }
        }

        /** Whether the report was sent after it was due. */
        public boolean reportedLate() {
            return state == State.REPORTED && reportedAt.isAfter(due);
        }

        /** Time left until due at {@code now}; negative when overdue, zero once reported. */
        public Duration timeLeft(Instant now) {
            return state == State.REPORTED ? Duration.ZERO : Duration.between(now, due);
        }
    }
}
