package org.vigia.dmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every cell of every table of the hand-computed trial {@link DmcTestTrial}. Denominators: treated A 3,
 * B 3, Total 6; enrolled A 4, B 3, Total 7; screened A 4, B 3, Total 8. Percentages are 100·n/N rounded
 * half-up to one decimal (1/3 = 33.3, 2/3 = 66.7, 1/6 = 16.7, 5/6 = 83.3, 1/7 = 14.3, 2/7 = 28.6,
 * 4/7 = 57.1, 6/7 = 85.7, 1/8 = 12.5). Zero counts print as "0".
 */
class DmcReportBuilderTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T08:30:00Z"), ZoneOffset.UTC);

    static DmcReport report() {
        return new DmcReportBuilder(Locale.ENGLISH, CLOCK).build(DmcTestTrial.dataset());
    }

    private static List<String> r(String... cells) {
        return Arrays.asList(cells);
    }

    private static void assertTable(ReportTable table, List<String> headers, List<List<String>> rows) {
        assertEquals(headers, table.columns().stream().map(ReportTable.Column::header).toList(), table.id());
        assertEquals(rows.size(), table.rows().size(), table.id() + " row count");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i), table.texts().get(i), table.id() + " row " + i);
        }
    }

    @Test
    void tablesInOrder() {
        assertEquals(List.of("disposition", "exposure", "ae-overview", "ae-worst-grade", "ae-soc-term",
                "ae-grade3-term", "ae-most-frequent", "sae-listing", "death-listing", "lab-shift", "stopping-rules",
                "response", "km-summary"), report().tables().stream().map(ReportTable::id).toList());
    }

    @Test
    void metadata() {
        ReportMetadata m = report().metadata();
        assertEquals("NCT07041788", m.studyRegistryId());
        assertEquals("1.0", m.definitionVersion());
        assertEquals("2025-06-30", m.cutOffDate().toString());
        assertEquals(Instant.parse("2025-07-01T08:30:00Z"), m.generatedAt());
        assertEquals(64, m.dataChecksum().length());
    }

    @Test
    void disposition() {
        assertTable(report().getTable("disposition"), r("Category", "Arm A", "Arm B", "Total"), List.of(
                r("Screened", "4", "3", "8"),
                r("Screen failures", "0", "0", "1 (12.5)"),
                r("Enrolled", "4", "3", "7"),
                r("Treated", "3 (75.0)", "3 (100.0)", "6 (85.7)"),
                r("On treatment", "1 (25.0)", "1 (33.3)", "2 (28.6)"),
                r("Discontinued treatment", "2 (50.0)", "2 (66.7)", "4 (57.1)"),
                r("Adverse event", "1 (25.0)", "0", "1 (14.3)"),
                r("Death", "1 (25.0)", "0", "1 (14.3)"),
                r("Progressive disease", "0", "2 (66.7)", "2 (28.6)"),
                r("In follow-up", "1 (25.0)", "1 (33.3)", "2 (28.6)"),
                r("Left the study (alive)", "1 (25.0)", "0", "1 (14.3)"),
                r("Withdrawal by subject", "1 (25.0)", "0", "1 (14.3)"),
                r("Deaths", "1 (25.0)", "1 (33.3)", "2 (28.6)")));
    }

    @Test
    void exposure() {
        // Cisplatin: A S01 (3 cycles, 90%, hold, reduction, 1 deviation), S02 (2, 75%, reduction, stopped AE);
        // B S06 (2, 70%, hold, reduction, stopped PD). IT: A 4/2/3 cycles, 100/80/95%; B 5/2/3, 100/60/85%.
        assertTable(report().getTable("exposure"), r("Category", "Arm A", "Arm B", "Total"), List.of(
                r("Cisplatin", "", "", ""),
                r("Subjects exposed", "2 (66.7)", "1 (33.3)", "3 (50.0)"),
                r("Cycles received, median", "2.5", "2.0", "2.0"),
                r("Cycles received, minimum", "2.0", "2.0", "2.0"),
                r("Cycles received, maximum", "3.0", "2.0", "3.0"),
                r("Relative dose intensity (%), median", "82.5", "70.0", "75.0"),
                r("Relative dose intensity (%), minimum", "75.0", "70.0", "70.0"),
                r("Relative dose intensity (%), maximum", "90.0", "70.0", "90.0"),
                r("Subjects with \u22651 dose hold", "1 (50.0)", "1 (100.0)", "2 (66.7)"),
                r("Subjects with \u22651 dose reduction", "2 (100.0)", "1 (100.0)", "3 (100.0)"),
                r("Discontinued the agent", "1 (50.0)", "1 (100.0)", "2 (66.7)"),
                r("Adverse event", "1 (50.0)", "0", "1 (33.3)"),
                r("Progressive disease", "0", "1 (100.0)", "1 (33.3)"),
                r("Subjects with \u22651 dosing deviation", "1 (50.0)", "0", "1 (33.3)"),
                r("Dosing deviations (number)", "1", "0", "1"),
                r(DmcTestTrial.IT, "", "", ""),
                r("Subjects exposed", "3 (100.0)", "3 (100.0)", "6 (100.0)"),
                r("Cycles received, median", "3.0", "3.0", "3.0"),
                r("Cycles received, minimum", "2.0", "2.0", "2.0"),
                r("Cycles received, maximum", "4.0", "5.0", "5.0"),
                r("Relative dose intensity (%), median", "95.0", "85.0", "90.0"),
                r("Relative dose intensity (%), minimum", "80.0", "60.0", "60.0"),
                r("Relative dose intensity (%), maximum", "100.0", "100.0", "100.0"),
                r("Subjects with \u22651 dose hold", "1 (33.3)", "2 (66.7)", "3 (50.0)"),
                r("Subjects with \u22651 dose reduction", "0", "0", "0"),
                r("Discontinued the agent", "2 (66.7)", "2 (66.7)", "4 (66.7)"),
                r("Adverse event", "1 (33.3)", "0", "1 (16.7)"),
                r("Death", "1 (33.3)", "0", "1 (16.7)"),
                r("Progressive disease", "0", "2 (66.7)", "2 (33.3)"),
                r("Subjects with \u22651 dosing deviation", "1 (33.3)", "1 (33.3)", "2 (33.3)"),
                r("Dosing deviations (number)", "2", "1", "3")));
    }

    @Test
    void adverseEventOverview() {
        // S04's vomiting is not counted: S04 was never treated.
        assertTable(report().getTable("ae-overview"), r("Category", "Arm A", "Arm B", "Total"), List.of(
                r("Any adverse event", "3 (100.0)", "2 (66.7)", "5 (83.3)"),
                r("Grade \u22653 adverse event", "2 (66.7)", "2 (66.7)", "4 (66.7)"),
                r("Serious adverse event", "2 (66.7)", "1 (33.3)", "3 (50.0)"),
                r("Treatment-related adverse event", "3 (100.0)", "2 (66.7)", "5 (83.3)"),
                r("Treatment-related grade \u22653 adverse event", "2 (66.7)", "1 (33.3)", "3 (50.0)"),
                r("Immune-related adverse event", "3 (100.0)", "0", "3 (50.0)"),
                r("Adverse event leading to discontinuation", "2 (66.7)", "0", "2 (33.3)"),
                r("Fatal adverse event", "1 (33.3)", "0", "1 (16.7)")));
    }

    @Test
    void worstGrade() {
        // worst grades: S01 2, S02 3, S03 5 | S05 3, S06 3, S07 none
        assertTable(report().getTable("ae-worst-grade"), r("Worst grade", "Arm A", "Arm B", "Total"), List.of(
                r("Grade 1", "0", "0", "0"),
                r("Grade 2", "1 (33.3)", "0", "1 (16.7)"),
                r("Grade 3", "1 (33.3)", "2 (66.7)", "3 (50.0)"),
                r("Grade 4", "0", "0", "0"),
                r("Grade 5", "1 (33.3)", "0", "1 (16.7)"),
                r("No adverse event", "0", "1 (33.3)", "1 (16.7)")));
    }

    @Test
    void adverseEventsBySocAndTermAtWorstGrade() {
        ReportTable t = report().getTable("ae-soc-term");
        List<String> g = r("Any grade", "Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5");
        List<String> headers = new java.util.ArrayList<>(List.of("System organ class / term"));
        headers.addAll(g);
        headers.addAll(g);
        headers.addAll(g);
        assertEquals(List.of("", "Arm A", "Arm A", "Arm A", "Arm A", "Arm A", "Arm A", "Arm B", "Arm B", "Arm B",
                "Arm B", "Arm B", "Arm B", "Total", "Total", "Total", "Total", "Total", "Total"),
                t.columns().stream().map(ReportTable.Column::group).toList());
        String z = "0";
        // S01 nausea G1 and G2 counts once at G2; GI for S01 at G2, S02 (diarrhea G2) G2, S03 (nausea G1) G1
        assertTable(t, headers, List.of(
                r("Subjects with any adverse event", "3 (100.0)", z, "1 (33.3)", "1 (33.3)", z, "1 (33.3)",
                        "2 (66.7)", z, z, "2 (66.7)", z, z, "5 (83.3)", z, "1 (16.7)", "3 (50.0)", z, "1 (16.7)"),
                r(DmcTestTrial.GI, "3 (100.0)", "1 (33.3)", "2 (66.7)", z, z, z,
                        "2 (66.7)", "1 (33.3)", z, "1 (33.3)", z, z, "5 (83.3)", "2 (33.3)", "2 (33.3)", "1 (16.7)", z, z),
                r("Nausea", "2 (66.7)", "1 (33.3)", "1 (33.3)", z, z, z,
                        "1 (33.3)", "1 (33.3)", z, z, z, z, "3 (50.0)", "2 (33.3)", "1 (16.7)", z, z, z),
                r("Diarrhea", "1 (33.3)", z, "1 (33.3)", z, z, z,
                        "1 (33.3)", z, z, "1 (33.3)", z, z, "2 (33.3)", z, "1 (16.7)", "1 (16.7)", z, z),
                r(DmcTestTrial.RESP, "2 (66.7)", z, z, "1 (33.3)", z, "1 (33.3)",
                        z, z, z, z, z, z, "2 (33.3)", z, z, "1 (16.7)", z, "1 (16.7)"),
                r("Pneumonitis", "2 (66.7)", z, z, "1 (33.3)", z, "1 (33.3)",
                        z, z, z, z, z, z, "2 (33.3)", z, z, "1 (16.7)", z, "1 (16.7)"),
                r(DmcTestTrial.BLOOD, z, z, z, z, z, z,
                        "1 (33.3)", z, z, "1 (33.3)", z, z, "1 (16.7)", z, z, "1 (16.7)", z, z),
                r("Anemia", z, z, z, z, z, z,
                        "1 (33.3)", z, z, "1 (33.3)", z, z, "1 (16.7)", z, z, "1 (16.7)", z, z),
                r(DmcTestTrial.GENERAL, z, z, z, z, z, z,
                        "1 (33.3)", z, "1 (33.3)", z, z, z, "1 (16.7)", z, "1 (16.7)", z, z, z),
                r("Fatigue", z, z, z, z, z, z,
                        "1 (33.3)", z, "1 (33.3)", z, z, z, "1 (16.7)", z, "1 (16.7)", z, z, z),
                r(DmcTestTrial.SKIN, "1 (33.3)", "1 (33.3)", z, z, z, z,
                        z, z, z, z, z, z, "1 (16.7)", "1 (16.7)", z, z, z, z),
                r("Rash maculo-papular", "1 (33.3)", "1 (33.3)", z, z, z, z,
                        z, z, z, z, z, z, "1 (16.7)", "1 (16.7)", z, z, z, z)));
        ReportCell.Label soc = assertInstanceOf(ReportCell.Label.class, t.cell(1, 0));
        assertTrue(soc.emphasis());
        assertEquals(1, ((ReportCell.Label) t.cell(2, 0)).indent());
    }

    @Test
    void gradeThreeOrWorseByTerm() {
        assertTable(report().getTable("ae-grade3-term"), r("Term", "Arm A", "Arm B", "Total"), List.of(
                r("Subjects with any grade \u22653 adverse event", "2 (66.7)", "2 (66.7)", "4 (66.7)"),
                r("Pneumonitis", "2 (66.7)", "0", "2 (33.3)"),
                r("Anemia", "0", "1 (33.3)", "1 (16.7)"),
                r("Diarrhea", "0", "1 (33.3)", "1 (16.7)")));
    }

    @Test
    void mostFrequentTerms() {
        List<String> headers = r("Term", "Any grade", "Grade \u22653", "Any grade", "Grade \u22653", "Any grade",
                "Grade \u22653");
        assertTable(report().getTable("ae-most-frequent"), headers, List.of(
                r("Nausea", "2 (66.7)", "0", "1 (33.3)", "0", "3 (50.0)", "0"),
                r("Diarrhea", "1 (33.3)", "0", "1 (33.3)", "1 (33.3)", "2 (33.3)", "1 (16.7)"),
                r("Pneumonitis", "2 (66.7)", "2 (66.7)", "0", "0", "2 (33.3)", "2 (33.3)"),
                r("Anemia", "0", "0", "1 (33.3)", "1 (33.3)", "1 (16.7)", "1 (16.7)"),
                r("Fatigue", "0", "0", "1 (33.3)", "0", "1 (16.7)", "0"),
                r("Rash maculo-papular", "1 (33.3)", "0", "0", "0", "1 (16.7)", "0")));
        // top 2 keeps Pneumonitis too: it ties with Diarrhea (2 subjects) at the cut
        ReportTable top2 = new DmcReportBuilder(Locale.ENGLISH, CLOCK, 2).build(DmcTestTrial.dataset())
                .getTable("ae-most-frequent");
        assertEquals(List.of("Nausea", "Diarrhea", "Pneumonitis"), top2.texts().stream().map(row -> row.get(0)).toList());
    }

    @Test
    void seriousAdverseEventListing() {
        assertTable(report().getTable("sae-listing"), r("Subject", "Arm", "Age band", "Sex", "System organ class",
                "Term", "Grade", "Onset day", "Related", "Causality by agent", "Immune-related", "Seriousness criteria",
                "Outcome"), List.of(
                r("S02", "Arm A", "60-69", "Female", DmcTestTrial.RESP, "Pneumonitis", "3", "30", "Yes", "", "Yes",
                        "Hospitalisation", "Recovering"),
                r("S03", "Arm A", "60-69", "Male", DmcTestTrial.RESP, "Pneumonitis", "5", "45", "Yes", "", "Yes",
                        "Death", "Fatal"),
                r("S06", "Arm B", "70-79", "Male", DmcTestTrial.GI, "Diarrhea", "3", "40", "No", "", "No",
                        "Hospitalisation", "Recovered")));
    }

    @Test
    void deathListing() {
        // S03: enrolled and first dose 2025-01-08, death 2025-03-01 = 52 days later, study day 53 (day 1 = first
        // dose); last dose 2025-02-20 -> 9 days. S06: enrolled 2025-01-10, first dose 2025-01-11, death 2025-04-10
        // = 90 days after enrolment, study day 90; last dose 2025-03-01 -> 40 days.
        assertTable(report().getTable("death-listing"), r("Subject", "Arm", "Age band", "Sex", "Study day of death",
                "Days from enrolment", "Days since last dose", "Cause of death", "Related"), List.of(
                r("S03", "Arm A", "60-69", "Male", "53", "52", "9", "Pneumonitis", "Yes"),
                r("S06", "Arm B", "70-79", "Male", "90", "90", "40", "Disease progression", "No")));
    }

    @Test
    void labShiftTables() {
        ReportTable t = report().getTable("lab-shift");
        List<String> g = r("Grade 0", "Grade 1", "Grade 2", "Grade 3", "Grade 4", "Missing");
        List<String> headers = new java.util.ArrayList<>(List.of("Test / baseline grade"));
        headers.addAll(g);
        headers.addAll(g);
        headers.addAll(g);
        String[] zeros = new String[18];
        Arrays.fill(zeros, "0");
        String[] blanks = new String[18];
        Arrays.fill(blanks, "");
        // ANC: A b0: S01->2, S02->0; b1: S03->3 | B b0: S05->4, S06->1; missing: S07->1 | S04 not treated
        // ALT: A b0: S01->0, S02->1 | B b0: S06->3; b1: S05->1
        assertTable(t, headers, List.of(
                cat("Absolute neutrophil count", blanks),
                cat("Baseline grade 0", "1", "0", "1", "0", "0", "0", "0", "1", "0", "0", "1", "0",
                        "1", "1", "1", "0", "1", "0"),
                cat("Baseline grade 1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0",
                        "0", "0", "0", "1", "0", "0"),
                cat("Baseline grade 2", zeros),
                cat("Baseline grade 3", zeros),
                cat("Baseline grade 4", zeros),
                cat("Baseline missing", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0",
                        "0", "1", "0", "0", "0", "0"),
                cat("Alanine aminotransferase", blanks),
                cat("Baseline grade 0", "1", "1", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0",
                        "1", "1", "0", "1", "0", "0"),
                cat("Baseline grade 1", "0", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0",
                        "0", "1", "0", "0", "0", "0"),
                cat("Baseline grade 2", zeros),
                cat("Baseline grade 3", zeros),
                cat("Baseline grade 4", zeros)));
    }

    private static List<String> cat(String first, String... rest) {
        List<String> row = new java.util.ArrayList<>(List.of(first));
        row.addAll(Arrays.asList(rest));
        return row;
    }

    @Test
    void stoppingRuleTreatmentRelatedMortality() {
        // 1/3: [1-0.975^(1/3), Beta(0.975;2,2)] = [0.0084, 0.9057]; 0/3: [0, 1-0.025^(1/3)] = [0, 0.7076];
        // 1/6: [1-0.975^(1/6), Beta(0.975;2,5)] = [0.0042, 0.6412]. Rate >= 2%: A yes, B no, Total yes.
        ReportTable t = report().getTable("stopping-rules");
        assertTable(t, r("Category", "Arm A", "Arm B", "Total"), List.of(
                r("Treatment-related mortality (threshold \u22652%)", "", "", ""),
                r("Treatment-related deaths", "1", "0", "1"),
                r("Subjects treated", "3", "3", "6"),
                r("Rate (%)", "33.3", "0.0", "16.7"),
                r("Exact 95% CI, lower (%)", "0.8", "0.0", "0.4"),
                r("Exact 95% CI, upper (%)", "90.6", "70.8", "64.1"),
                r("Threshold (%)", "2.0", "2.0", "2.0"),
                r("Threshold reached", "Yes", "No", "Yes")));
        assertEquals("NCT07041788: early termination if treatment-related mortality \u22652%.", t.footnotes().get(0));
        assertEquals(new BigDecimal("16.7"), ((ReportCell.Decimal) t.cell(3, 3)).value());
    }

    @Test
    void thresholdIsReachedOnlyAtOrAboveTheRate() {
        // 1 related death among 50 treated = exactly 2%: reached (>=); among 51 = 1.96%: not reached.
        assertEquals("Yes", totalReached(50));
        assertEquals("No", totalReached(51));
    }

    private static String totalReached(int treated) {
        List<DmcDataset.Subject> subjects = new java.util.ArrayList<>();
        for (int i = 1; i <= treated; i++) {
            java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 1);
            subjects.add(new DmcDataset.Subject(String.format("S%03d", i), "A", "50-59", DmcDataset.Sex.MALE, day,
                    false, day, day, day, null, null, null, null, i == 1 ? day.plusDays(5) : null,
                    i == 1 ? "Myocarditis" : null, i == 1));
        }
        DmcDataset d = new DmcDataset("NCT07041788", "t", "1", java.time.LocalDate.of(2025, 6, 1),
                List.of(new DmcDataset.Arm("A", "Arm A")),
                List.of(new DmcDataset.StoppingRule(DmcDataset.StoppingRuleType.TREATMENT_RELATED_MORTALITY,
                        new BigDecimal("0.02"), null)),
                List.of(), subjects, List.of(), List.of(), List.of(), List.of(), List.of());
        ReportTable t = new DmcReportBuilder(Locale.ENGLISH, CLOCK).build(d).getTable("stopping-rules");
        return t.texts().get(7).get(2);
    }

    @Test
    void codedValuesAreWordedInTheReportLanguageAndTheChecksumDoesNotDependOnIt() {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 1);
        List<DmcDataset.Subject> subjects = List.of(new DmcDataset.Subject("S001", "A", "50-59", DmcDataset.Sex.MALE,
                day, false, day, day, day.plusDays(20), day.plusDays(30), "ADVERSE_EVENT", null, null,
                day.plusDays(40), "ADVERSE_EVENT: pneumonitis", true));
        List<DmcDataset.AdverseEvent> aes = List.of(new DmcDataset.AdverseEvent("S001", "Respiratory, thoracic and mediastinal disorders",
                "Pneumonitis", 5, true, true, true, true, true, 25, "DEATH,HOSPITALISATION", "FATAL",
                "Anti-PD-1 antibody=POSSIBLE;RADIOTHERAPY=UNLIKELY"));
        DmcDataset d = new DmcDataset("NCT07277764", "t", "1", day.plusDays(60), List.of(new DmcDataset.Arm("A", "Arm A")),
                List.of(), List.of(), subjects, List.of(), aes, List.of(), List.of(), List.of());
        DmcReport en = new DmcReportBuilder(Locale.ENGLISH, CLOCK).build(d);
        DmcReport zh = new DmcReportBuilder(Locale.SIMPLIFIED_CHINESE, CLOCK).build(d);
        assertEquals(en.checksum(), zh.checksum());
        assertEquals(List.of("S001", "Arm A", "50-59", "Male", "Respiratory, thoracic and mediastinal disorders",
                "Pneumonitis", "5", "25", "Yes", "Anti-PD-1 antibody: possible; Radiotherapy: unlikely", "Yes",
                "Death; Hospitalisation", "Fatal"), en.getTable("sae-listing").texts().get(0));
        assertEquals("\u4e0d\u826f\u4e8b\u4ef6: pneumonitis", zh.getTable("death-listing").texts().get(0).get(7));
        assertTrue(en.getTable("disposition").texts().stream().anyMatch(r -> r.get(0).equals("Adverse event")));
    }

    @Test
    void responseRates() {
        // response population = enrolled subjects with a best overall response (a baseline assessment): A 3, B 3
        // ORR 1/3 [0.0084, 0.9057], 1/3, 2/6 [0.0433, 0.7772]; DCR 2/3 [0.0943, 0.9916], 2/3, 4/6 [0.2228, 0.9567]
        assertTable(report().getTable("response"), r("Category", "Arm A", "Arm B", "Total"), List.of(
                r("Subjects enrolled", "4", "3", "7"),
                r("No response assessment", "1 (25.0)", "0", "1 (14.3)"),
                r("Subjects with a baseline tumour assessment (response population)", "3", "3", "6"),
                r("Complete response (CR)", "0", "1 (33.3)", "1 (16.7)"),
                r("Partial response (PR)", "1 (33.3)", "0", "1 (16.7)"),
                r("Stable disease (SD)", "1 (33.3)", "1 (33.3)", "2 (33.3)"),
                r("Non-CR/non-PD (non-target disease only)", "0", "0", "0"),
                r("Progressive disease (PD)", "0", "1 (33.3)", "1 (16.7)"),
                r("Not evaluable (NE)", "1 (33.3)", "0", "1 (16.7)"),
                r("Objective response rate (CR+PR)", "1 (33.3)", "1 (33.3)", "2 (33.3)"),
                r("Exact 95% CI, lower (%)", "0.8", "0.8", "4.3"),
                r("Exact 95% CI, upper (%)", "90.6", "90.6", "77.7"),
                r("Disease control rate (CR+PR+SD+non-CR/non-PD)", "2 (66.7)", "2 (66.7)", "4 (66.7)"),
                r("Exact 95% CI, lower (%)", "9.4", "9.4", "22.3"),
                r("Exact 95% CI, upper (%)", "99.2", "99.2", "95.7")));
    }

    @Test
    void kaplanMeierSummary() {
        // OS A: 30+, 52, 400+, 800+ -> S(52) = 2/3, Greenwood Σ = 1/6, log-log [0.0541, 0.9452]
        // OS Total: 30+, 52, 90, 380+, 400+, 500+, 800+ -> S(90) = 2/3, Σ = 1/30 + 1/20, [0.1946, 0.9044]
        // median CI lower = first event time whose lower limit <= 0.5 (52 in A and Total: lower(52) = 0.273)
        // PFS Total: 52, 60, 90 (S = 0.5 exactly), 100 -> median (90 + 100) / 2 = 95
        // EFS A: 52, 100, 300 -> S(300) = 0, upper limit 0 < 0.5 -> median CI upper 300
        String ne = "NE";
        assertTable(report().getTable("km-summary"), r("Category", "Arm A", "Arm B", "Total"), List.of(
                r("Overall survival (OS)", "", "", ""),
                r("Subjects", "4", "3", "7"),
                r("Events", "1", "1", "2"),
                r("Censored", "3", "2", "5"),
                r("Median (days)", ne, ne, ne),
                r("Median 95% CI, lower (days)", "52.0", "90.0", "52.0"),
                r("Median 95% CI, upper (days)", ne, ne, ne),
                r("1-year rate (%)", "66.7", "66.7", "66.7"),
                r("1-year rate 95% CI, lower (%)", "5.4", "5.4", "19.5"),
                r("1-year rate 95% CI, upper (%)", "94.5", "94.5", "90.4"),
                r("2-year rate (%)", "66.7", ne, "66.7"),
                r("2-year rate 95% CI, lower (%)", "5.4", ne, "19.5"),
                r("2-year rate 95% CI, upper (%)", "94.5", ne, "90.4"),
                r("Progression-free survival (PFS)", "", "", ""),
                r("Subjects", "4", "3", "7"),
                r("Events", "2", "2", "4"),
                r("Censored", "2", "1", "3"),
                r("Median (days)", "100.0", "90.0", "95.0"),
                r("Median 95% CI, lower (days)", "52.0", "60.0", "52.0"),
                r("Median 95% CI, upper (days)", ne, ne, ne),
                r("1-year rate (%)", ne, ne, ne),
                r("1-year rate 95% CI, lower (%)", ne, ne, ne),
                r("1-year rate 95% CI, upper (%)", ne, ne, ne),
                r("2-year rate (%)", ne, ne, ne),
                r("2-year rate 95% CI, lower (%)", ne, ne, ne),
                r("2-year rate 95% CI, upper (%)", ne, ne, ne),
                r("Event-free survival (EFS)", "", "", ""),
                r("Subjects", "4", "3", "7"),
                r("Events", "3", "2", "5"),
                r("Censored", "1", "1", "2"),
                r("Median (days)", "100.0", "90.0", "95.0"),
                r("Median 95% CI, lower (days)", "52.0", "60.0", "52.0"),
                r("Median 95% CI, upper (days)", "300.0", ne, ne),
                r("1-year rate (%)", ne, ne, ne),
                r("1-year rate 95% CI, lower (%)", ne, ne, ne),
                r("1-year rate 95% CI, upper (%)", ne, ne, ne),
                r("2-year rate (%)", ne, ne, ne),
                r("2-year rate 95% CI, lower (%)", ne, ne, ne),
                r("2-year rate 95% CI, upper (%)", ne, ne, ne)));
        List<String> footnotes = report().getTable("km-summary").footnotes();
        assertTrue(footnotes.get(2).startsWith("Event-free survival (EFS): Time from enrolment to the first of disease"
                + " progression"), footnotes.get(2));
        assertTrue(footnotes.get(0).contains("censored at the last date known alive"), footnotes.get(0));
    }

    @Test
    void figures() {
        DmcReport report = report();
        assertEquals(List.of("figure-ae-grade", "figure-km-os", "figure-km-pfs", "figure-km-efs"),
                report.figures().stream().map(ReportFigure::id).toList());
        ReportFigure.AdverseEventGradeChart bars = (ReportFigure.AdverseEventGradeChart) report.figures().get(0);
        assertEquals(List.of(0, 1, 1, 0, 1), bars.series().get(0).values());
        assertEquals(List.of(0, 0, 2, 0, 0), bars.series().get(1).values());
        ReportFigure.KaplanMeierChart os = (ReportFigure.KaplanMeierChart) report.figures().get(1);
        assertEquals(List.of("Arm A", "Arm B"), os.curves().stream().map(ReportFigure.Curve::name).toList());
        assertEquals(List.of(0.0, 90.0, 180.0, 270.0, 360.0, 450.0, 540.0, 630.0, 720.0), os.atRiskTimes());
    }

    @Test
    void sameDataInAnyOrderGivesSameChecksumAndTables() {
        DmcReport a = report();
        DmcReport b = new DmcReportBuilder(Locale.ENGLISH, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
                ZoneOffset.UTC)).build(DmcTestTrial.reversed());
        assertEquals(a.checksum(), b.checksum());
        assertEquals(a.tables(), b.tables());
        assertEquals(DmcDatasetChecksum.canonicalForm(DmcTestTrial.dataset()),
                DmcDatasetChecksum.canonicalForm(DmcTestTrial.reversed()));
    }

    @Test
    void checksumChangesWithTheData() {
        DmcDataset d = DmcTestTrial.dataset();
        DmcDataset changed = new DmcDataset(d.studyRegistryId(), d.studyTitle(), d.definitionVersion(),
                d.cutOffDate().plusDays(1), d.arms(), d.stoppingRules(), d.endpointDefinitions(), d.subjects(),
                d.exposures(), d.adverseEvents(), d.labShifts(), d.responses(), d.timesToEvent());
        assertNotEquals(DmcDatasetChecksum.of(d), DmcDatasetChecksum.of(changed));
    }

    @Test
    void chineseTitlesAndLabels() {
        DmcReport zh = new DmcReportBuilder(Locale.SIMPLIFIED_CHINESE, CLOCK).build(DmcTestTrial.dataset());
        assertEquals("受试者分布", zh.getTable("disposition").title());
        assertEquals("筛选", zh.getTable("disposition").texts().get(0).get(0));
        assertEquals("合计", zh.getTable("disposition").columns().get(3).header());
        assertEquals(report().checksum(), zh.checksum());
    }
}
