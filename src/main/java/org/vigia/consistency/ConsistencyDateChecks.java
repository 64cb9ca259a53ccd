package org.vigia.consistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigia.consistency.ConsistencyChecks.SubjectRow;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.subject.StudyPeriod;

/**
 * The date rules of the data-consistency report (issue 15) over rows read from the tables, for records stored before
 * the services refused them: clinical records before consent ({@link ConsistencyRule#RECORD_BEFORE_CONSENT}; the
 * baseline that may precede consent within the screening window is not listed), after death
 * ({@link ConsistencyRule#RECORD_AFTER_DEATH}), and progressions dated before the scan that shows them
 * ({@link ConsistencyRule#PROGRESSION_BEFORE_SCAN}). The bounds are those of {@link StudyPeriod}, which the services
 * apply to new records.
 * <pre>{@code
 * List<ConsistencyFinding> f = ConsistencyDateChecks.all(subjects, periods, records, progressions, firstPdScans);
 * }</pre>
 */
public final class ConsistencyDateChecks {

    /** A subject's consent and enrolment dates and its definition's screening window (days before enrolment). */
    public record PeriodRow(long subjectId, LocalDate consent, LocalDate enrolled, int screeningWindowDays) {
    }

    /**
     * A dated clinical record: {@code recordType} LabResult, TumourAssessment or FollowUpContact; {@code baseline} for a
     * baseline lab result or the baseline tumour assessment; {@code deathRelated} for a contact that reports the death.
     */
    public record DatedRow(String recordType, long id, long subjectId, LocalDate on, boolean baseline,
                           boolean deathRelated) {
    }

    /**
     * A progression on the follow-up forms: its date, its basis (IMAGING, CLINICAL or null for rows recorded before
     * the basis existed) and the date of the assessment it cites (null when none).
     */
    public record ProgressionRow(long id, long subjectId, LocalDate on, String basis, Long assessmentId,
                                 LocalDate citedScan) {
    }

    /** A subject's first follow-up tumour assessment showing PD. */
    public record PdScan(long assessmentId, LocalDate on) {
    }

    private ConsistencyDateChecks() {
    }

    /** Every finding of the three date rules, in rule order. */
    public static List<ConsistencyFinding> all(Map<Long, SubjectRow> subjects, Map<Long, PeriodRow> periods,
                                               List<DatedRow> records, List<ProgressionRow> progressions,
                                               Map<Long, PdScan> firstPdScans) {
        List<ConsistencyFinding> out = new ArrayList<>();
        out.addAll(recordBeforeConsent(subjects, periods, records));
        out.addAll(recordAfterDeath(subjects, records));
        out.addAll(progressionBeforeScan(subjects, progressions, firstPdScans));
        return out;
    }

    /** A record before consent; a baseline record before consent only when it is also before the screening window. */
    public static List<ConsistencyFinding> recordBeforeConsent(Map<Long, SubjectRow> subjects,
                                                               Map<Long, PeriodRow> periods, List<DatedRow> records) {
        List<ConsistencyFinding> out = new ArrayList<>();
        for (DatedRow r : records) {
            SubjectRow s = subjects.get(r.subjectId());
            PeriodRow p = periods.get(r.subjectId());
            if (s == null || p == null || p.consent() == null || r.on() == null) {
                continue;
            }
            StudyPeriod period = new StudyPeriod(p.consent(), p.enrolled(), p.screeningWindowDays(), Optional.empty(), null);
            StudyPeriod.Kind kind = r.baseline() ? StudyPeriod.Kind.BASELINE : StudyPeriod.Kind.CLINICAL;
            if (!period.allows(kind, r.on())) {
                Text detail = r.baseline()
                        ? Text.of(Bundle.MESSAGES, "consistency.detail.baselineBeforeWindow",
                                p.consent().toString(), period.screeningWindowStart().toString())
                        : Text.of(Bundle.MESSAGES, "consistency.detail.recordBeforeConsent",
                                p.consent().toString());
                out.add(finding(ConsistencyRule.RECORD_BEFORE_CONSENT, s, r, detail));
            }
        }
        return out;
    }

    /** A lab result or tumour assessment after the subject's (earliest recorded) death date; the day of death is allowed. */
    public static List<ConsistencyFinding> recordAfterDeath(Map<Long, SubjectRow> subjects, List<DatedRow> records) {
        List<ConsistencyFinding> out = new ArrayList<>();
        for (DatedRow r : records) {
            SubjectRow s = subjects.get(r.subjectId());
            if (s != null && s.death() != null && r.on() != null && !r.deathRelated()
                    && !"FollowUpContact".equals(r.recordType()) && r.on().isAfter(s.death())) {
                out.add(finding(ConsistencyRule.RECORD_AFTER_DEATH, s, r, Text.of(Bundle.MESSAGES,
                        "consistency.detail.recordAfterDeath", s.death().toString())));
            }
        }
        return out;
    }

    /**
     * A progression dated before the scan that shows it: before the assessment it cites, or, for a progression
     * without a stated basis, before the subject's first assessment showing PD. A clinical progression (method
     * stated) may precede imaging and is not listed.
     */
    public static List<ConsistencyFinding> progressionBeforeScan(Map<Long, SubjectRow> subjects,
                                                                 List<ProgressionRow> progressions,
                                                                 Map<Long, PdScan> firstPdScans) {
        List<ConsistencyFinding> out = new ArrayList<>();
        for (ProgressionRow p : progressions) {
            SubjectRow s = subjects.get(p.subjectId());
            if (s == null || p.on() == null || "CLINICAL".equals(p.basis())) {
                continue;
            }
            Long scanId = p.citedScan() != null ? p.assessmentId() : null;
            LocalDate scan = p.citedScan();
            if (scan == null && p.basis() == null && firstPdScans.containsKey(p.subjectId())) {
                scanId = firstPdScans.get(p.subjectId()).assessmentId();
                scan = firstPdScans.get(p.subjectId()).on();
            }
            if (scan != null && p.on().isBefore(scan)) {
                out.add(new ConsistencyFinding(ConsistencyRule.PROGRESSION_BEFORE_SCAN, s.siteCode(), s.label(),
                        "DiseaseEvent", p.id(), p.on().toString(), Text.of(Bundle.MESSAGES,
                        "consistency.detail.progressionBeforeScan", scan.toString(), String.valueOf(scanId))));
            }
        }
        return out;
    }

    private static ConsistencyFinding finding(ConsistencyRule rule, SubjectRow s, DatedRow r, Text detail) {
        return new ConsistencyFinding(rule, s.siteCode(), s.label(), r.recordType(), r.id(), r.on().toString(), detail);
    }
}
