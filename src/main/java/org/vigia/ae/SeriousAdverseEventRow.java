package org.vigia.ae;

import java.time.Instant;
import org.vigia.subject.Subject;

/**
 * One line of the SAE list: the AE, its subject, and where its initial report stands
 * ({@link SeriousAdverseEventClock}: DUE, OVERDUE or REPORTED) with the deadline.
 */
public record SeriousAdverseEventRow(Long aeId, Long subjectId, Long siteId, String subjectLabel, String term,
        String meddraCode, int worstGrade, String criteria, Instant awareness, Instant due, Instant reportedAt,
        SeriousAdverseEventClock.State state, AdverseEvent.Status status, String signedName, long version) {

    static SeriousAdverseEventRow of(AdverseEvent e, Subject s, Instant now) {
        SeriousAdverseEventClock.State state = e.saeClock()
                .map(c -> c.statusAt(now, e.getSaeReportedAt()).state()).orElse(SeriousAdverseEventClock.State.DUE);
        return new SeriousAdverseEventRow(e.getId(), s.getId(), s.getSiteId(), s.label(), e.getTerm(),
                e.getMeddraCode(), e.getWorstGrade(), String.join(", ",
                        e.seriousnessCriteria().stream().map(SeriousnessCriterion::cdashVariable).toList()),
                e.getAwarenessAt(), e.getSaeDueAt(), e.getSaeReportedAt(), state, e.getStatus(), e.getSignedName(),
                e.getVersion());
    }

    public boolean isOverdue() {
        return state == SeriousAdverseEventClock.State.OVERDUE;
    }
}
