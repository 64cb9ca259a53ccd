package org.vigia.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigia.consistency.ConsistencyChecks.SubjectRow;
import org.vigia.consistency.ConsistencyDateChecks.DatedRow;
import org.vigia.consistency.ConsistencyDateChecks.PdScan;
import org.vigia.consistency.ConsistencyDateChecks.PeriodRow;
import org.vigia.consistency.ConsistencyDateChecks.ProgressionRow;
import org.vigia.shared.text.Texts;

class ConsistencyDateChecksTest {

    private static final LocalDate DEATH = LocalDate.of(2026, 9, 1);
    private static final Map<Long, SubjectRow> SUBJECTS = Map.of(
            1L, new SubjectRow(1, "CN02", "CN02-0001", DEATH, null),
            2L, new SubjectRow(2, "FR01", "FR01-0001", null, null));
    /** Subject 1: consent 10 March, enrolled 20 March, 28-day window (opens 20 February); subject 2: no consent. */
    private static final Map<Long, PeriodRow> PERIODS = Map.of(
            1L, new PeriodRow(1, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20), 28),
            2L, new PeriodRow(2, null, null, 28));

    private static DatedRow row(String type, long id, long subject, String on, boolean baseline) {
        return new DatedRow(type, id, subject, LocalDate.parse(on), baseline, false);
    }

    private static List<Long> ids(List<ConsistencyFinding> f) {
        return f.stream().map(ConsistencyFinding::recordId).toList();
    }

    @Test
    void recordsBeforeConsentExceptTheBaselineWithinTheScreeningWindow() {
        List<DatedRow> rows = List.of(
                row("LabResult", 1, 1, "2026-03-09", false),          // listed: not a baseline, day before consent
                row("LabResult", 2, 1, "2026-03-10", false),          // consent day
                row("LabResult", 3, 1, "2026-02-20", true),           // baseline, first day of the window
                row("LabResult", 4, 1, "2026-02-19", true),           // listed: baseline before the window
                row("TumourAssessment", 5, 1, "2026-02-25", true),    // baseline scan within the window
                row("TumourAssessment", 6, 1, "2026-03-01", false),   // listed: follow-up before consent
                row("FollowUpContact", 7, 1, "2026-03-05", false),    // listed
                row("LabResult", 8, 2, "2020-01-01", false));         // no consent recorded: nothing to compare
        List<ConsistencyFinding> f = ConsistencyDateChecks.recordBeforeConsent(SUBJECTS, PERIODS, rows);
        assertEquals(List.of(1L, 4L, 6L, 7L), ids(f));
        assertEquals("Dated before the subject's informed consent on 2026-03-10",
                Texts.render(f.get(0).detail(), Locale.ENGLISH));
        assertEquals("Baseline dated before the subject's informed consent on 2026-03-10 and before the screening"
                + " window, which opens on 2026-02-20", Texts.render(f.get(1).detail(), Locale.ENGLISH));
        assertEquals(ConsistencyRule.RECORD_BEFORE_CONSENT, f.get(0).rule());
        assertEquals("TumourAssessment", f.get(2).recordType());
        assertEquals("2026-03-01", f.get(2).date());
    }

    @Test
    void labsAndAssessmentsAfterDeathButNotOnTheDayNorTheContactReportingIt() {
        List<DatedRow> rows = List.of(
                row("LabResult", 1, 1, "2026-09-01", false),          // the day of death
                row("LabResult", 2, 1, "2026-09-02", false),          // listed
                row("TumourAssessment", 3, 1, "2026-10-01", false),   // listed
                new DatedRow("FollowUpContact", 4, 1, LocalDate.of(2026, 9, 10), false, true),
                row("LabResult", 5, 2, "2026-12-01", false));         // alive
        List<ConsistencyFinding> f = ConsistencyDateChecks.recordAfterDeath(SUBJECTS, rows);
        assertEquals(List.of(2L, 3L), ids(f));
        assertEquals("Dated after the subject's death on 2026-09-01", Texts.render(f.get(0).detail(), Locale.ENGLISH));
    }

    @Test
    void progressionBeforeTheScanThatShowsIt() {
        LocalDate scan = LocalDate.of(2026, 6, 10);
        List<ProgressionRow> rows = List.of(
                new ProgressionRow(1, 1, LocalDate.of(2026, 6, 1), "IMAGING", 40L, scan),   // listed: before its scan
                new ProgressionRow(2, 1, scan, "IMAGING", 40L, scan),                      // on the scan
                new ProgressionRow(3, 1, LocalDate.of(2026, 5, 1), "CLINICAL", null, null), // clinical may precede
                new ProgressionRow(4, 1, LocalDate.of(2026, 6, 9), null, null, null),      // listed: old row, before first PD
                new ProgressionRow(5, 1, LocalDate.of(2026, 6, 20), null, null, null),     // old row after the first PD
                new ProgressionRow(6, 2, LocalDate.of(2026, 6, 1), null, null, null));     // no PD scan
        Map<Long, PdScan> firstPd = Map.of(1L, new PdScan(40, scan));
        List<ConsistencyFinding> f = ConsistencyDateChecks.progressionBeforeScan(SUBJECTS, rows, firstPd);
        assertEquals(List.of(1L, 4L), ids(f));
        assertEquals("Progression dated before the scan that shows it, on 2026-06-10 (tumour assessment 40)",
                Texts.render(f.get(0).detail(), Locale.ENGLISH));
        assertEquals("DiseaseEvent", f.get(0).recordType());
        assertEquals("2026-06-01", f.get(0).date());
    }

    @Test
    void allListsTheRulesInOrder() {
        List<ConsistencyFinding> f = ConsistencyDateChecks.all(SUBJECTS, PERIODS,
                List.of(row("LabResult", 1, 1, "2026-09-02", false), row("LabResult", 2, 1, "2026-03-01", false)),
                List.of(new ProgressionRow(3, 1, LocalDate.of(2026, 6, 1), "IMAGING", 40L, LocalDate.of(2026, 6, 10))),
                Map.of());
        assertEquals(List.of(ConsistencyRule.RECORD_BEFORE_CONSENT, ConsistencyRule.RECORD_AFTER_DEATH,
                ConsistencyRule.PROGRESSION_BEFORE_SCAN), f.stream().map(ConsistencyFinding::rule).toList());
    }
}
