package org.vigia.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigia.response.BaselineFindingCode.BASELINE_OUTSIDE_WINDOW;
import static org.vigia.response.BaselineFindingCode.DUPLICATE_LESION_ID;
import static org.vigia.response.BaselineFindingCode.NODE_NOT_PATHOLOGICAL;
import static org.vigia.response.BaselineFindingCode.NO_TARGET_LESION;
import static org.vigia.response.BaselineFindingCode.TARGET_LESION_NOT_MEASURABLE;
import static org.vigia.response.BaselineFindingCode.TARGET_LESION_NOT_MEASURED;
import static org.vigia.response.BaselineFindingCode.TARGET_NODE_NOT_MEASURABLE;
import static org.vigia.response.BaselineFindingCode.TOO_MANY_TARGET_LESIONS;
import static org.vigia.response.BaselineFindingCode.TOO_MANY_TARGET_LESIONS_IN_ORGAN;
import static org.vigia.response.LesionRole.NON_TARGET;
import static org.vigia.response.LesionRole.TARGET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Baseline selection, RECIST 1.1 sections 3.1 to 3.3 and the EORTC clarifications on organs. */
class TargetLesionSelectionRulesTest {

    private final TargetLesionSelectionRules rules = new TargetLesionSelectionRules();

    @ParameterizedTest(name = "nodal={0} {1} mm, slice {2} → {3}")
    @CsvSource({
            "false, 10,   ,  MEASURABLE",
            "false, 9.9,  ,  NON_MEASURABLE",
            "false, 10,  5,  MEASURABLE",
            "false, 15,  8,  NON_MEASURABLE",   // slice 8 mm: minimum 16 mm
            "false, 16,  8,  MEASURABLE",
            "false, 11, 5.5, MEASURABLE",       // 2 × 5.5 = 11
            "false, 10.9, 5.5, NON_MEASURABLE",
            "false,   ,   ,  NOT_MEASURED",
            "true,  15,   ,  MEASURABLE",
            "true, 14.9,  ,  NON_MEASURABLE",
            "true,  10,   ,  NON_MEASURABLE",
            "true,  9.9,  ,  NOT_PATHOLOGICAL",
            "true,  15,  8,  MEASURABLE"})      // slice doubling is applied to non-nodal lesions only
    void measurability(boolean nodal, BigDecimal size, BigDecimal slice, LesionMeasurability expected) {
        assertEquals(expected, rules.measurability(lesion("L1", "neck", nodal, TARGET, size, slice, null)));
    }

    @Test
    void aValidSelectionHasNoFindings() {
        assertEquals(List.of(), rules.check(List.of(
                lesion("T1", "lung", false, TARGET, "22", null),
                lesion("T2", "lung", false, TARGET, "10", null),
                lesion("T3", "liver", false, TARGET, "35", null),
                lesion("N1", "neck level II", true, TARGET, "15", null),
                lesion("N2", "mediastinum", true, TARGET, "21", null),
                lesion("NT1", "neck level III", true, NON_TARGET, "12", null),
                lesion("NT2", "bone", false, NON_TARGET, null, null))));
    }

    @Test
    void sizeFindingsPerLesion() {
        List<BaselineFinding> findings = rules.check(List.of(
                lesion("T1", "lung", false, TARGET, "9", null),
                lesion("T2", "liver", false, TARGET, null, null),
                lesion("N1", "neck", true, TARGET, "12", null),
                lesion("N2", "axilla", true, TARGET, "8", null),
                lesion("NT1", "neck", true, NON_TARGET, "9", null)));
        assertEquals(List.of(
                        finding(TARGET_LESION_NOT_MEASURABLE, "T1"),
                        finding(TARGET_LESION_NOT_MEASURED, "T2"),
                        finding(TARGET_NODE_NOT_MEASURABLE, "N1"),
                        finding(NODE_NOT_PATHOLOGICAL, "N2"),
                        finding(NODE_NOT_PATHOLOGICAL, "NT1")),
                codes(findings));
    }

    @Test
    void atMostFiveTargetLesionsTheSixthIsFlagged() {
        List<BaselineFinding> findings = rules.check(List.of(
                lesion("T1", "lung", false, TARGET, "20", null),
                lesion("T2", "liver", false, TARGET, "20", null),
                lesion("T3", "adrenal", false, TARGET, "20", null),
                lesion("T4", "kidney", false, TARGET, "20", null),
                lesion("T5", "spleen", false, TARGET, "20", null),
                lesion("T6", "pancreas", false, TARGET, "20", null),
                lesion("NT1", "bone", false, NON_TARGET, null, null)));
        assertEquals(List.of(finding(TOO_MANY_TARGET_LESIONS, "T6")), codes(findings));
    }

    @Test
    void atMostTwoPerOrganWithOrganNamesComparedIgnoringCaseAndSpaces() {
        List<BaselineFinding> findings = rules.check(List.of(
                lesion("T1", "Lung", false, TARGET, "20", null),
                lesion("T2", "lung ", false, TARGET, "20", null),
                lesion("T3", "lung", false, TARGET, "20", null)));
        assertEquals(List.of(finding(TOO_MANY_TARGET_LESIONS_IN_ORGAN, "T3")), codes(findings));
    }

    @Test
    void allLymphNodesAreOneOrgan() {
        List<BaselineFinding> findings = rules.check(List.of(
                lesion("N1", "neck level II", true, TARGET, "20", null),
                lesion("N2", "mediastinum", true, TARGET, "20", null),
                lesion("N3", "axilla", true, TARGET, "20", null)));
        assertEquals(List.of(finding(TOO_MANY_TARGET_LESIONS_IN_ORGAN, "N3")), codes(findings));
    }

    @Test
    void noTargetLesionAndDuplicateIds() {
        List<BaselineFinding> findings = rules.check(List.of(
                lesion("NT1", "bone", false, NON_TARGET, null, null),
                lesion("NT1", "pleura", false, NON_TARGET, null, null)));
        assertEquals(List.of(finding(DUPLICATE_LESION_ID, "NT1"), finding(NO_TARGET_LESION, null)), codes(findings));
    }

    @Test
    void baselineWithinFourWeeksBeforeTreatment() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        List<BaselineFinding> findings = rules.check(List.of(
                lesion("T1", "lung", false, TARGET, "20", null, LocalDate.of(2025, 2, 1)),   // 28 days before
                lesion("T2", "liver", false, TARGET, "20", null, LocalDate.of(2025, 1, 31)), // 29 days before
                lesion("T3", "kidney", false, TARGET, "20", null, LocalDate.of(2025, 3, 1)), // same day
                lesion("T4", "spleen", false, TARGET, "20", null, LocalDate.of(2025, 3, 2))), start);
        assertEquals(List.of(finding(BASELINE_OUTSIDE_WINDOW, "T2"), finding(BASELINE_OUTSIDE_WINDOW, "T4")),
                codes(findings));
        assertEquals(List.of(), rules.check(List.of(
                lesion("T2", "liver", false, TARGET, "20", null, LocalDate.of(2025, 1, 31)))),
                "no window check without a treatment start");
    }

    private static BaselineLesion lesion(String id, String organ, boolean nodal, LesionRole role, String size, String slice) {
        return lesion(id, organ, nodal, role, size, slice, null);
    }

    private static BaselineLesion lesion(String id, String organ, boolean nodal, LesionRole role, Object size,
                                         Object slice, LocalDate date) {
        return new BaselineLesion(id, organ, nodal, role,
                size == null ? null : new BigDecimal(size.toString()),
                slice == null ? null : new BigDecimal(slice.toString()),
                ImagingMethod.CT, date, IrradiationStatus.NOT_IRRADIATED);
    }

    private static String finding(BaselineFindingCode code, String lesionId) {
        return code + "@" + lesionId;
    }

    private static List<String> codes(List<BaselineFinding> findings) {
        return findings.stream().map(f -> finding(f.code(), f.lesionId())).toList();
    }
}
