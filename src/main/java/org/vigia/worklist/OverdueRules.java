package org.vigia.worklist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.vigia.ae.SeriousAdverseEventClock;

/**
 * When a record left undone becomes overdue (issue 15, the work lists). Each rule answers the instant from which the
 * record is overdue, or empty when it is not (yet) overdue at {@code now}:
 * <ul>
 * <li>a pending lab-based AE proposal is overdue once it is older than the study's limit
 * ({@code safetyReporting.proposalDecisionDays}, 7 days when absent), counted in whole days from the lab's collection
 * date in the site's time zone: collected on the 1st with a 7-day limit, it is on time up to the 8th and overdue from
 * the start of the 9th;</li>
 * <li>a serious AE without its initial report is overdue after its due instant ({@link SeriousAdverseEventClock}: at
 * the due instant itself it is still on time);</li>
 * <li>an AE still ongoing is overdue from the start of the subject's death date: it cannot go on after death.</li>
 * </ul>
 * <pre>{@code
 * Optional<Instant> since = OverdueRules.proposal(collectedOn, 7, ZoneId.of("Asia/Shanghai"), Instant.now());
 * }</pre>
 */
public final class OverdueRules {

    private OverdueRules() {
    }

    /** A pending lab-based AE proposal collected on {@code collectedOn}, decided within {@code limitDays} days. */
    public static Optional<Instant> proposal(LocalDate collectedOn, int limitDays, ZoneId zone, Instant now) {
        if (limitDays < 1) {
            throw new IllegalArgumentException("The decision limit must be 1 day or more: " + limitDays);
        }
        Instant since = collectedOn.plusDays(limitDays + 1L).atStartOfDay(zone).toInstant();
        return now.isBefore(since) ? Optional.empty() : Optional.of(since);
    }

    /**
     * A serious AE the site became aware of at {@code awareness}, due at {@code due} (stored when its clock started),
     * reported at {@code reportedAt} (null: not reported).
     */
    public static Optional<Instant> seriousAdverseEvent(Instant awareness, Instant due, Instant reportedAt, Instant now) {
        SeriousAdverseEventClock.Status status = new SeriousAdverseEventClock(awareness, Duration.between(awareness, due))
                .statusAt(now, reportedAt);
        return status.state() == SeriousAdverseEventClock.State.OVERDUE ? Optional.of(status.due()) : Optional.empty();
    }

    /** An AE ({@code ongoing} or not) of a subject who died on {@code death} (null: alive). */
    public static Optional<Instant> ongoingAfterDeath(boolean ongoing, LocalDate death, ZoneId zone, Instant now) {
        if (!ongoing || death == null) {
            return Optional.empty();
        }
        Instant since = death.atStartOfDay(zone).toInstant();
        return now.isBefore(since) ? Optional.empty() : Optional.of(since);
    }
}
