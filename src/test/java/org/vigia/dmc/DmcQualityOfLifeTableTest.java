package org.vigia.dmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The DMC report's quality-of-life table: mean (SD), n per arm and time point, and the change from baseline, by hand.
 * Arm A: S1 baseline QL2 50 then 75 (change +25), S2 baseline 70 then 60 (−10); arm B: S3 baseline 80, no later one.
 * End of induction, arm A: mean (75 + 60) / 2 = 67.5, SD √(((75 − 67.5)² + (60 − 67.5)²) / 1) = 10.6; change
 * (25 − 10) / 2 = 7.5, SD √((17.5² + 17.5²) / 1) = 24.7. Total at screening: 50, 70, 80 → 66.7 (15.3), n=3.
 */
class DmcQualityOfLifeTableTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    private static DmcDataset.Subject subject(String number, String arm) {
        return new DmcDataset.Subject(number, arm, "50-59", DmcDataset.Sex.MALE, DAY.minusDays(10), false, DAY, DAY,
                DAY.plusDays(60), null, null, null, null, null, null, false);
    }

    private static DmcDataset.QolScore ql2(String subject, String timePoint, LocalDate on, String score) {
        return new DmcDataset.QolScore(subject, timePoint, on, "EORTC_QLQ_C30", "QL2", new BigDecimal(score));
    }

    private static DmcDataset dataset(List<DmcDataset.QolScore> qol) {
        return new DmcDataset("NCT07041788", "t", "1", DAY.plusDays(120),
                List.of(new DmcDataset.Arm("A", "Arm A"), new DmcDataset.Arm("B", "Arm B")), List.of(), List.of(),
                List.of(subject("S1", "A"), subject("S2", "A"), subject("S3", "B")), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), DmcDataset.Settings.DEFAULT, qol);
    }

    @Test
    void meansAndChangesFromBaselineByArmAndTimePoint() {
        DmcDataset d = dataset(List.of(
                ql2("S1", "Screening", DAY.minusDays(3), "50.00"), ql2("S1", "End of induction", DAY.plusDays(63), "75.00"),
                ql2("S2", "Screening", DAY.minusDays(2), "70.00"), ql2("S2", "End of induction", DAY.plusDays(64), "60.00"),
                ql2("S3", "Screening", DAY.minusDays(1), "80.00")));
        ReportTable t = new DmcReportBuilder(Locale.ENGLISH, CLOCK).build(d).getTable("qol");
        List<List<String>> rows = t.texts();
        assertEquals(List.of("Questionnaire · scale / time point", "Arm A", "Arm B", "Total"),
                t.columns().stream().map(ReportTable.Column::header).toList());
        assertEquals("EORTC QLQ-C30 version 3.0 · QL2 Global health status / QoL", rows.get(0).get(0));
        assertEquals(List.of("Screening", "60.0 (14.1), n=2", "80.0 (-), n=1", "66.7 (15.3), n=3"), rows.get(1));
        assertEquals(List.of("End of induction", "67.5 (10.6), n=2", "", "67.5 (10.6), n=2"), rows.get(2));
        assertEquals(List.of("Change from baseline", "7.5 (24.7), n=2", "", "7.5 (24.7), n=2"), rows.get(3));
        assertEquals(4, rows.size(), "no change row at baseline: " + rows);
    }

    @Test
    void aStudyWithoutQuestionnairesHasNoQualityOfLifeTableAndTheSameChecksum() {
        DmcDataset none = dataset(List.of());
        DmcReport report = new DmcReportBuilder(Locale.ENGLISH, CLOCK).build(none);
        assertFalse(report.tables().stream().anyMatch(t -> t.id().equals("qol")));
        DmcDataset old = new DmcDataset(none.studyRegistryId(), none.studyTitle(), none.definitionVersion(),
                none.cutOffDate(), none.arms(), none.stoppingRules(), none.endpointDefinitions(), none.subjects(),
                none.exposures(), none.adverseEvents(), none.labShifts(), none.responses(), none.timesToEvent(),
                none.notes(), none.settings());
        assertEquals(DmcDatasetChecksum.of(old), DmcDatasetChecksum.of(none));
        DmcDataset some = dataset(List.of(ql2("S1", "Screening", DAY.minusDays(3), "50.00")));
        assertTrue(!DmcDatasetChecksum.of(some).equals(DmcDatasetChecksum.of(none)), "the scores are in the checksum");
    }

    @Test
    void theTableIsWrittenInChinese() {
        DmcDataset d = dataset(List.of(ql2("S1", "Screening", DAY.minusDays(3), "50.00")));
        ReportTable t = new DmcReportBuilder(Locale.SIMPLIFIED_CHINESE, CLOCK).build(d).getTable("qol");
        assertEquals("各时间点生活质量（EORTC 评分）", t.title());
    }
}
