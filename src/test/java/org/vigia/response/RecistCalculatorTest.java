package org.vigia.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigia.response.RecistResponse.CR;
import static org.vigia.response.RecistResponse.NE;
import static org.vigia.response.RecistResponse.NON_CR_NON_PD;
import static org.vigia.response.RecistResponse.PD;
import static org.vigia.response.RecistResponse.PR;
import static org.vigia.response.RecistResponse.SD;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RECIST 1.1 time-point assessment (Eisenhauer et al. 2009, section 4.3, Tables 1 and 2). Expected
 * values are worked out by hand from the paper; sums and percentages are written out in the comments.
 */
class RecistCalculatorTest {

    private final RecistCalculator calculator = new RecistCalculator();
    private final ObjectMapper json = new ObjectMapper();

    // ---------------------------------------------------------------- the API example

    /** The request, verbatim: one target lesion of 40 mm but a nadir of 70 mm. */
    private static final String API_EXAMPLE_REQUEST_VERBATIM = """
            {"targetLesions": [{"id": "T1", "nodal": false, "baselineMm": 40, "currentMm": 28}],
             "nadirSumMm": 70, "priorCompleteResponse": false,
             "nonTargetLesions": [{"id": "NT1", "nodal": false, "status": "PRESENT", "shortAxisMm": null}],
             "newLesions": "NO"}""";

    /**
     * The same request with the second target lesion that the example's figures imply: baseline sum 70 =
     * 40 + 30 and current sum 48 = 28 + 20, so T2 is 30 mm at baseline and 20 mm now.
     */
    private static final String API_EXAMPLE_REQUEST_COMPLETE = """
            {"targetLesions": [{"id": "T1", "nodal": false, "baselineMm": 40, "currentMm": 28},
                               {"id": "T2", "nodal": false, "baselineMm": 30, "currentMm": 20}],
             "nadirSumMm": 70, "priorCompleteResponse": false,
             "nonTargetLesions": [{"id": "NT1", "nodal": false, "status": "PRESENT", "shortAxisMm": null}],
             "newLesions": "NO"}""";

    /** The response, verbatim. */
    private static final String API_EXAMPLE_RESPONSE = """
            {"targetResponse": "PR", "nonTargetResponse": "NON_CR_NON_PD", "overallResponse": "PR",
             "baselineSumMm": 70, "nadirSumMm": 70, "currentSumMm": 48,
             "changeFromBaselinePct": -31.43, "changeFromNadirPct": -31.43, "changeFromNadirMm": -22}""";

    @Test
    void apiExampleWithBothTargetLesionsGivesTheDocumentedResponseExactly() throws Exception {
        TimePointInput input = json.readValue(API_EXAMPLE_REQUEST_COMPLETE, TimePointInput.class);
        TimePointResult result = calculator.evaluate(input);
        assertEquals(json.readTree(API_EXAMPLE_RESPONSE), json.readTree(json.writeValueAsString(result)));
    }

    @Test
    void apiExampleFieldByField() {
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(TargetLesionMeasurement.of("T1", false, 40, 28), TargetLesionMeasurement.of("T2", false, 30, 20)),
                new BigDecimal("70"), false,
                List.of(NonTargetLesionAssessment.of("NT1", false, NonTargetStatus.PRESENT, null)),
                NewLesions.NO));
        // 48 / 70 = 0.685714 → −31.428571 % → −31.43; 48 − 70 = −22; 48 ≤ 0.7 × 70 = 49 → PR
        assertEquals(new TimePointResult(PR, NON_CR_NON_PD, PR, bd("70"), bd("70"), bd("48"),
                bd("-31.43"), bd("-31.43"), bd("-22")), result);
    }

    @Test
    void apiExampleVerbatimCapsTheNadirAtTheBaselineSumWithAWarning() throws Exception {
        // Only T1 (40 mm at baseline) is listed, but the nadir is 70 mm. RECIST 1.1 section 4.3.1: the nadir
        // is the smallest sum on study including the baseline sum, so it is at most 40 here and 40 is used.
        // 28 / 40 = 0.7 → −30.00 % from baseline and from the nadir, 28 − 40 = −12 mm; 28 ≤ 0.7 × 40 → PR.
        TimePointResult result = calculator.evaluate(json.readValue(API_EXAMPLE_REQUEST_VERBATIM, TimePointInput.class));
        assertEquals(new TimePointResult(PR, NON_CR_NON_PD, PR, bd("40"), bd("40"), bd("28"),
                bd("-30.00"), bd("-30.00"), bd("-12"), result.warnings()), result);
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).startsWith("nadirSumMm 70 exceeds the baseline sum 40 of the listed"
                + " target lesions; RECIST 1.1 §4.3.1 counts baseline in the nadir, so 40 was used"),
                result.warnings().get(0));
        assertTrue(json.readTree(json.writeValueAsString(result)).get("warnings").isArray());
    }

    @Test
    void noWarningsKeyWhenNothingWasAssumed() throws Exception {
        TimePointResult result = calculator.evaluate(json.readValue(API_EXAMPLE_REQUEST_COMPLETE, TimePointInput.class));
        assertTrue(result.warnings().isEmpty());
        assertTrue(json.readTree(json.writeValueAsString(result)).get("warnings") == null);
    }

    // ---------------------------------------------------------------- target lesions, Table 1 column 1

    static Stream<Arguments> targetResponses() {
        return Stream.of(
                Arguments.of("CR: all non-nodal targets disappeared",
                        List.of(t("T1", false, 20, 0), t("T2", false, 15, 0)), null, false, CR),
                Arguments.of("PR: exactly 30 % below baseline (100 → 70)",
                        List.of(t("T1", false, 50, 35), t("T2", false, 50, 35)), null, false, PR),
                Arguments.of("SD: 29 % below baseline (100 → 71)",
                        List.of(t("T1", false, 50, 36), t("T2", false, 50, 35)), null, false, SD),
                Arguments.of("SD: 20 % below baseline (100 → 80)",
                        List.of(t("T1", false, 60, 50), t("T2", false, 40, 30)), null, false, SD),
                Arguments.of("PD: 20 % and 10 mm above the nadir (nadir 50 → 60)",
                        List.of(t("T1", false, 60, 40), t("T2", false, 40, 20)), "50", false, PD),
                Arguments.of("SD: 19.9 % above the nadir (50 → 59.95, +9.95 mm; baseline 60)",
                        List.of(t("T1", false, 30, "39.95"), t("T2", false, 30, 20)), "50", false, SD),
                Arguments.of("PD: 20 % exactly, 5 mm exactly (nadir 25 → 30)",
                        List.of(t("T1", false, 40, 30)), "25", false, PD),
                Arguments.of("SD: 20 % but only 4 mm (nadir 20 → 24; baseline 25)",
                        List.of(t("T1", false, 25, 24)), "20", false, SD),
                Arguments.of("PD: 25 % and 5 mm (nadir 20 → 25)",
                        List.of(t("T1", false, 40, 25)), "20", false, PD),
                Arguments.of("SD: 4 mm is 40 % but under 5 mm (nadir 10 → 14; baseline 15)",
                        List.of(t("T1", false, 15, 14)), "10", false, SD),
                Arguments.of("nadir rule: 50 % below baseline is still PD against a nadir of 40 (+25 %, +10 mm)",
                        List.of(t("T1", false, 100, 50)), "40", false, PD),
                Arguments.of("nadir rule: without a nadir the baseline is the reference (100 → 50 is PR)",
                        List.of(t("T1", false, 100, 50)), null, false, PR),
                Arguments.of("PR stays PR when the sum rises a little from the nadir (165 → 63 → 65, EORTC)",
                        List.of(t("T1", false, 165, 65)), "63", false, PR),
                Arguments.of("nodes: node 8 mm short axis, other target gone → CR though the sum is 8",
                        List.of(t("N1", true, 20, 8), t("T1", false, 30, 0)), null, false, CR),
                Arguments.of("nodes: node 10 mm is not normal → not CR; 10 / 50 = −80 % → PR",
                        List.of(t("N1", true, 20, 10), t("T1", false, 30, 0)), null, false, PR),
                Arguments.of("nodes: all nodes under 10 mm → CR even when the sum rose 125 % (8 → 18)",
                        List.of(t("N1", true, 20, 9), t("N2", true, 16, 9)), "8", false, CR),
                Arguments.of("too small to measure (5 mm) is not disappeared: 30 → 5 is PR, not CR",
                        List.of(t("T1", false, 30, 5)), null, false, PR),
                Arguments.of("NE: one target not assessed, the other shrinking",
                        List.of(t("T1", false, 20, 10), t("T2", false, 20, null)), null, false, NE),
                Arguments.of("NE: assessed lesion alone 25 vs nadir 40 does not reach PD",
                        List.of(t("T1", false, 20, 25), t("T2", false, 20, null)), null, false, NE),
                Arguments.of("PD although one target not assessed: assessed 50 ≥ 1.2 × 40 and +10 mm",
                        List.of(t("T1", false, 20, 50), t("T2", false, 20, null)), null, false, PD),
                Arguments.of("after CR: non-nodal lesion back at 3 mm is PD (sum rule alone: +3 mm, not PD)",
                        List.of(t("T1", false, 30, 3)), "0", true, PD),
                Arguments.of("same lesion at 3 mm without a prior CR: 30 → 3 is PR",
                        List.of(t("T1", false, 30, 3)), "0", false, PR),
                Arguments.of("after CR: node back to 10 mm is PD (sum 8 → 10, +2 mm alone is not)",
                        List.of(t("N1", true, 20, 10)), "8", true, PD),
                Arguments.of("after CR: node at 9 mm is still normal → CR",
                        List.of(t("N1", true, 20, 9)), "8", true, CR),
                Arguments.of("after CR: reappearance is PD even when another target is not assessed",
                        List.of(t("T1", false, 30, 6), t("T2", false, 20, null)), "0", true, PD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetResponses")
    void targetResponse(String rule, List<TargetLesionMeasurement> targets, String nadir, boolean priorCr,
                        RecistResponse expected) {
        TimePointResult result = calculator.evaluate(new TimePointInput(targets,
                nadir == null ? null : new BigDecimal(nadir), priorCr, List.of(), NewLesions.NO));
        assertEquals(expected, result.targetResponse());
        assertEquals(expected, result.overallResponse(), "targets only, no new lesions: overall = target");
        assertNull(result.nonTargetResponse());
    }

    @Test
    void sumsAndChangesAreReportedWithTwoDecimalsHalfUp() {
        // baseline 30 + 20 = 50; nadir 40; current 25 + 21.5 = 46.5
        // from baseline (46.5 − 50) / 50 = −7 %; from nadir 6.5 / 40 = 16.25 %; +6.5 mm → SD
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(t("T1", false, 30, 25), t("T2", false, 20, "21.5")), bd("40"), false, List.of(), NewLesions.NO));
        assertEquals(SD, result.targetResponse());
        assertEquals(bd("50"), result.baselineSumMm());
        assertEquals(bd("40"), result.nadirSumMm());
        assertEquals(bd("46.5"), result.currentSumMm());
        assertEquals(bd("-7.00"), result.changeFromBaselinePct());
        assertEquals(bd("16.25"), result.changeFromNadirPct());
        assertEquals(bd("6.5"), result.changeFromNadirMm());
        assertEquals(bd("40"), result.nadirForNextTimePoint());
    }

    @Test
    void roundingIsHalfUpAwayFromZero() {
        // baseline 80 → 79.9: −0.125 % → −0.13 (HALF_UP rounds the tie away from zero)
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(t("T1", false, 80, "79.9")), null, false, List.of(), NewLesions.NO));
        assertEquals(bd("-0.13"), result.changeFromBaselinePct());
        assertEquals(bd("79.9"), result.nadirForNextTimePoint(), "the smaller current sum becomes the nadir");
    }

    @Test
    void percentagesAreNotRoundedBeforeTheThresholdTest() {
        // nadir 30 → 35.9994: +19.998 % (reported 20.00) and +6 mm: PD needs a true 20 %, so SD
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(t("T1", false, 40, "35.9994")), bd("30"), false, List.of(), NewLesions.NO));
        assertEquals(bd("20.00"), result.changeFromNadirPct());
        assertEquals(SD, result.targetResponse());
    }

    @Test
    void sumsAreUnknownWhenATargetWasNotAssessed() {
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(t("T1", false, 20, 10), t("T2", false, 20, null)), null, false, List.of(), NewLesions.NO));
        assertEquals(NE, result.targetResponse());
        assertEquals(bd("40"), result.baselineSumMm());
        assertEquals(bd("40"), result.nadirSumMm());
        assertNull(result.currentSumMm());
        assertNull(result.changeFromBaselinePct());
        assertNull(result.changeFromNadirPct());
        assertNull(result.changeFromNadirMm());
        assertEquals(bd("40"), result.nadirForNextTimePoint());
    }

    @Test
    void nadirZeroHasNoPercentChangeFromNadir() {
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(t("T1", false, 30, 0)), bd("0"), true, List.of(), NewLesions.NO));
        assertEquals(CR, result.targetResponse());
        assertNull(result.changeFromNadirPct());
        assertEquals(bd("0"), result.changeFromNadirMm());
        assertEquals(bd("-100.00"), result.changeFromBaselinePct());
    }

    // ---------------------------------------------------------------- non-target lesions

    static Stream<Arguments> nonTargetResponses() {
        return Stream.of(
                Arguments.of("CR: all absent", List.of(nt("NT1", false, NonTargetStatus.ABSENT, null),
                        nt("NT2", true, NonTargetStatus.ABSENT, null)), false, CR),
                Arguments.of("CR: node present but 8 mm short axis is normal", List.of(
                        nt("NT1", false, NonTargetStatus.ABSENT, null), nt("N1", true, NonTargetStatus.PRESENT, 8)), false, CR),
                Arguments.of("non-CR/non-PD: node 10 mm short axis", List.of(
                        nt("N1", true, NonTargetStatus.PRESENT, 10)), false, NON_CR_NON_PD),
                Arguments.of("non-CR/non-PD: node present without a short axis", List.of(
                        nt("N1", true, NonTargetStatus.PRESENT, null)), false, NON_CR_NON_PD),
                Arguments.of("non-CR/non-PD: a non-nodal lesion persists", List.of(
                        nt("NT1", false, NonTargetStatus.PRESENT, null), nt("NT2", false, NonTargetStatus.ABSENT, null)),
                        false, NON_CR_NON_PD),
                Arguments.of("NE: one lesion not evaluated", List.of(
                        nt("NT1", false, NonTargetStatus.PRESENT, null), nt("NT2", false, NonTargetStatus.NOT_EVALUATED, null)),
                        false, NE),
                Arguments.of("PD: unequivocal progression, even with another not evaluated", List.of(
                        nt("NT1", false, NonTargetStatus.UNEQUIVOCAL_PROGRESSION, null),
                        nt("NT2", false, NonTargetStatus.NOT_EVALUATED, null)), false, PD),
                Arguments.of("PD: after CR a non-nodal lesion is present again", List.of(
                        nt("NT1", false, NonTargetStatus.PRESENT, null)), true, PD),
                Arguments.of("after CR a non-target node counts as back only by unequivocal progression", List.of(
                        nt("N1", true, NonTargetStatus.PRESENT, 12)), true, NON_CR_NON_PD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonTargetResponses")
    void nonTargetResponse(String rule, List<NonTargetLesionAssessment> lesions, boolean priorCr, RecistResponse expected) {
        TimePointResult result = calculator.evaluate(new TimePointInput(List.of(), null, priorCr, lesions, NewLesions.NO));
        assertEquals(expected, result.nonTargetResponse());
        assertEquals(expected, result.overallResponse(), "Table 2, no new lesions: overall = non-target");
        assertNull(result.targetResponse());
        assertNull(result.baselineSumMm());
        assertNull(result.currentSumMm());
    }

    // ---------------------------------------------------------------- overall response, Tables 1 and 2

    /** RECIST 1.1 Table 1 (target ± non-target) and Table 2 (non-target only); "-" = no such lesions. */
    @ParameterizedTest(name = "target {0}, non-target {1}, new lesions {2} → {3}")
    @CsvSource({
            // Table 1
            "CR, CR,            NO,        CR",
            "CR, NON_CR_NON_PD, NO,        PR",
            "CR, NE,            NO,        PR",
            "PR, NON_CR_NON_PD, NO,        PR",
            "PR, NE,            NO,        PR",
            "PR, CR,            NO,        PR",
            "SD, NON_CR_NON_PD, NO,        SD",
            "SD, NE,            NO,        SD",
            "SD, CR,            NO,        SD",
            "NE, NON_CR_NON_PD, NO,        NE",
            "NE, CR,            NO,        NE",
            "PD, CR,            NO,        PD",
            "PD, NON_CR_NON_PD, YES,       PD",
            "CR, PD,            NO,        PD",
            "SD, PD,            NO,        PD",
            "NE, PD,            NO,        PD",
            "CR, CR,            YES,       PD",
            "NE, NE,            YES,       PD",
            // equivocal new lesions are not PD at this time point
            "CR, CR,            EQUIVOCAL, CR",
            "SD, NON_CR_NON_PD, EQUIVOCAL, SD",
            // targets only
            "CR, -,             NO,        CR",
            "PR, -,             NO,        PR",
            "SD, -,             NO,        SD",
            "NE, -,             NO,        NE",
            "NE, -,             YES,       PD",
            "PD, -,             NO,        PD",
            // Table 2: non-target disease only
            "-,  CR,            NO,        CR",
            "-,  NON_CR_NON_PD, NO,        NON_CR_NON_PD",
            "-,  NE,            NO,        NE",
            "-,  PD,            NO,        PD",
            "-,  CR,            YES,       PD",
            "-,  NON_CR_NON_PD, YES,       PD",
            "-,  NON_CR_NON_PD, EQUIVOCAL, NON_CR_NON_PD"})
    void overallResponseTables(String target, String nonTarget, NewLesions newLesions, RecistResponse expected) {
        assertEquals(expected, calculator.overallResponse(response(target), response(nonTarget), newLesions));
    }

    @Test
    void newLesionsMakeProgressionWhateverTheLesionsDo() {
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(t("T1", false, 40, 10)), null, false,
                List.of(nt("NT1", false, NonTargetStatus.ABSENT, null)), NewLesions.YES));
        assertEquals(PR, result.targetResponse());
        assertEquals(CR, result.nonTargetResponse());
        assertEquals(PD, result.overallResponse());
    }

    @Test
    void equivocalNewLesionIsNotProgression() {
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(t("T1", false, 40, 10)), null, false,
                List.of(nt("NT1", false, NonTargetStatus.PRESENT, null)), NewLesions.EQUIVOCAL));
        assertEquals(PR, result.overallResponse());
    }

    @Test
    void targetCompleteResponseWithANodalNonTargetStillPathologicalIsPartialResponse() {
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(t("T1", false, 25, 0), t("N1", true, 18, 7)), null, false,
                List.of(nt("N2", true, NonTargetStatus.PRESENT, 11)), NewLesions.NO));
        assertEquals(CR, result.targetResponse());
        assertEquals(NON_CR_NON_PD, result.nonTargetResponse());
        assertEquals(PR, result.overallResponse());
        assertEquals(bd("7"), result.currentSumMm());
    }

    @Test
    void reappearanceOfANonTargetLesionAfterCompleteResponseIsProgression() {
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(t("T1", false, 25, 0)), bd("0"), true,
                List.of(nt("NT1", false, NonTargetStatus.PRESENT, null)), NewLesions.NO));
        assertEquals(CR, result.targetResponse());
        assertEquals(PD, result.nonTargetResponse());
        assertEquals(PD, result.overallResponse());
    }

    // ---------------------------------------------------------------- input consistency

    @Test
    void inconsistentInputsAreRejected() {
        List<NonTargetLesionAssessment> none = List.of();
        assertThrows(IllegalArgumentException.class,
                () -> new TimePointInput(List.of(), null, false, none, NewLesions.NO), "no lesions");
        assertThrows(IllegalArgumentException.class,
                () -> new TimePointInput(List.of(t("T1", false, 10, 5), t("T1", false, 12, 5)), null, false, none, NewLesions.NO),
                "duplicate id");
        assertThrows(IllegalArgumentException.class,
                () -> new TimePointInput(List.of(t("L1", false, 10, 5)), null, false,
                        List.of(nt("L1", false, NonTargetStatus.ABSENT, null)), NewLesions.NO),
                "id shared by a target and a non-target");
        assertThrows(NullPointerException.class,
                () -> new TimePointInput(List.of(t("T1", false, 10, 5)), null, false, none, null), "newLesions");
        assertEquals(bd("10"), new TimePointInput(List.of(t("T1", false, 10, 5)), bd("10.1"), false, none,
                NewLesions.NO).effectiveNadirSumMm(), "nadir above baseline sum is capped");
        assertThrows(IllegalArgumentException.class,
                () -> new TimePointInput(List.of(), bd("10"), false,
                        List.of(nt("NT1", false, NonTargetStatus.ABSENT, null)), NewLesions.NO),
                "nadir without targets");
        assertThrows(IllegalArgumentException.class, () -> t("T1", false, 0, 5), "baseline 0");
        assertThrows(IllegalArgumentException.class, () -> t("T1", false, 10, -1), "negative current");
        assertThrows(IllegalArgumentException.class,
                () -> nt("N1", true, NonTargetStatus.ABSENT, 12), "absent node of 12 mm");
    }

    @Test
    void nadirEqualToBaselineSumIsAccepted() {
        TimePointResult result = calculator.evaluate(new TimePointInput(
                List.of(t("T1", false, 10, 10)), bd("10"), false, List.of(), NewLesions.NO));
        assertEquals(SD, result.targetResponse());
    }

    // ---------------------------------------------------------------- helpers

    private static TargetLesionMeasurement t(String id, boolean nodal, Object baseline, Object current) {
        return new TargetLesionMeasurement(id, nodal, mm(baseline), mm(current));
    }

    private static NonTargetLesionAssessment nt(String id, boolean nodal, NonTargetStatus status, Object shortAxis) {
        return new NonTargetLesionAssessment(id, nodal, status, mm(shortAxis));
    }

    private static BigDecimal mm(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static RecistResponse response(String value) {
        return value.equals("-") ? null : RecistResponse.valueOf(value);
    }
}
