package org.vigia.response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * Checks a baseline lesion selection against RECIST 1.1 (Eisenhauer et al., Eur J Cancer
 * 2009;45:228-247, sections 3.1 to 3.3) and returns findings for the form to flag, lesion by lesion,
 * as entered. Nothing is corrected or reordered.
 *
 * <ul>
 *   <li>Measurable (section 3.1.1): non-nodal lesion with a longest diameter of at least 10 mm by CT
 *       with slices of 5 mm or less; with thicker slices the minimum is twice the slice thickness
 *       (applied to non-nodal lesions only). Lymph node: short axis of at least 15 mm. A node of 10 to
 *       under 15 mm is pathological but non-measurable (non-target); under 10 mm it is not pathological.
 *       MRI and the diagnostic CT of a PET-CT use the same limits.</li>
 *   <li>Target lesions (section 3.3.1): at most 5 in total and at most 2 per organ. Paired organs
 *       count as one organ and all lymph nodes count as one organ (EORTC RECIST 1.1 questions and
 *       clarifications, "Paired organs" and "Two target lesions").</li>
 *   <li>Baseline window (section 3.2): the baseline scan no more than 4 weeks (28 days) before the
 *       start of treatment; only checked by {@link #check(List, LocalDate)}.</li>
 *   <li>At least one target lesion: all Vigia protocols require measurable disease at entry.</li>
 * </ul>
 * Lesions in a previously irradiated field (section 3.1.2) are not flagged: in NCT06494995 the
 * irradiation is given on study after the baseline selection, so it does not affect measurability.
 *
 * <pre>{@code
 * List<BaselineFinding> findings = new TargetLesionSelectionRules().check(lesions, firstDoseDate);
 * }</pre>
 */
public final class TargetLesionSelectionRules {

    public static final int MAX_TARGET_LESIONS = 5;
    public static final int MAX_TARGET_LESIONS_PER_ORGAN = 2;
    public static final BigDecimal MIN_LONGEST_DIAMETER_MM = BigDecimal.TEN;
    public static final BigDecimal MAX_SLICE_THICKNESS_MM = BigDecimal.valueOf(5);
    public static final BigDecimal MIN_TARGET_NODE_SHORT_AXIS_MM = BigDecimal.valueOf(15);
    public static final BigDecimal MIN_PATHOLOGICAL_NODE_SHORT_AXIS_MM = BigDecimal.TEN;
    public static final int MAX_DAYS_BEFORE_TREATMENT = 28;

    /** Classifies one lesion by size (section 3.1.1). */
    public LesionMeasurability measurability(BaselineLesion lesion) {
        BigDecimal size = lesion.diameterMm();
        if (size == null) {
            return LesionMeasurability.NOT_MEASURED;
        }
        if (lesion.nodal()) {
            if (size.compareTo(MIN_PATHOLOGICAL_NODE_SHORT_AXIS_MM) < 0) {
                return LesionMeasurability.NOT_PATHOLOGICAL;
            }
            return size.compareTo(MIN_TARGET_NODE_SHORT_AXIS_MM) >= 0
                    ? LesionMeasurability.MEASURABLE : LesionMeasurability.NON_MEASURABLE;
        }
        return size.compareTo(minimumLongestDiameter(lesion)) >= 0
                ? LesionMeasurability.MEASURABLE : LesionMeasurability.NON_MEASURABLE;
    }

    /** The minimum measurable longest diameter of a non-nodal lesion: 10 mm, or twice a slice thickness above 5 mm. */
    public BigDecimal minimumLongestDiameter(BaselineLesion lesion) {
        BigDecimal slice = lesion.sliceThicknessMm();
        if (slice != null && slice.compareTo(MAX_SLICE_THICKNESS_MM) > 0) {
            return slice.multiply(BigDecimal.valueOf(2)).max(MIN_LONGEST_DIAMETER_MM);
        }
        return MIN_LONGEST_DIAMETER_MM;
    }

    /** Checks the selection; findings are in lesion entry order, selection-wide findings last. */
    public List<BaselineFinding> check(List<BaselineLesion> lesions) {
        return check(lesions, null);
    }

    /**
     * Checks the selection and, when {@code firstTreatmentDate} is given, each lesion's scan date
     * against the 28-day baseline window.
     */
    public List<BaselineFinding> check(List<BaselineLesion> lesions, LocalDate firstTreatmentDate) {
        List<BaselineFinding> findings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Integer> targetsPerOrgan = new HashMap<>();
        int targets = 0;
        for (BaselineLesion lesion : lesions) {
            String id = lesion.id();
            if (!ids.add(id)) {
                findings.add(finding(BaselineFindingCode.DUPLICATE_LESION_ID, id, id));
            }
            LesionMeasurability measurability = measurability(lesion);
            if (lesion.nodal() && measurability == LesionMeasurability.NOT_PATHOLOGICAL) {
                findings.add(finding(BaselineFindingCode.NODE_NOT_PATHOLOGICAL, id, id));
            }
            if (lesion.role() == LesionRole.TARGET) {
                targets++;
                checkTargetSize(lesion, measurability, findings);
                if (targets > MAX_TARGET_LESIONS) {
                    findings.add(finding(BaselineFindingCode.TOO_MANY_TARGET_LESIONS, id, id, targets,
                            MAX_TARGET_LESIONS));
                }
                int inOrgan = targetsPerOrgan.merge(lesion.organKey(), 1, Integer::sum);
                if (inOrgan > MAX_TARGET_LESIONS_PER_ORGAN) {
                    findings.add(finding(BaselineFindingCode.TOO_MANY_TARGET_LESIONS_IN_ORGAN, id, id, inOrgan,
                            String.valueOf(lesion.organKey()), MAX_TARGET_LESIONS_PER_ORGAN));
                }
            }
            if (firstTreatmentDate != null && lesion.date() != null
                    && (lesion.date().isBefore(firstTreatmentDate.minusDays(MAX_DAYS_BEFORE_TREATMENT))
                    || lesion.date().isAfter(firstTreatmentDate))) {
                findings.add(finding(BaselineFindingCode.BASELINE_OUTSIDE_WINDOW, id, id, lesion.date(),
                        firstTreatmentDate));
            }
        }
        if (targets == 0) {
            findings.add(finding(BaselineFindingCode.NO_TARGET_LESION, null));
        }
        return List.copyOf(findings);
    }

    private void checkTargetSize(BaselineLesion lesion, LesionMeasurability measurability, List<BaselineFinding> findings) {
        String id = lesion.id();
        switch (measurability) {
            case NOT_MEASURED -> findings.add(finding(BaselineFindingCode.TARGET_LESION_NOT_MEASURED, id, id));
            case NON_MEASURABLE -> {
                if (lesion.nodal()) {
                    findings.add(finding(BaselineFindingCode.TARGET_NODE_NOT_MEASURABLE, id, id,
                            lesion.diameterMm().toPlainString()));
                } else {
                    findings.add(finding(BaselineFindingCode.TARGET_LESION_NOT_MEASURABLE, id, id,
                            lesion.diameterMm().toPlainString(), minimumLongestDiameter(lesion).toPlainString()));
                }
            }
            default -> {
                // MEASURABLE; NOT_PATHOLOGICAL nodes are already flagged above
            }
        }
    }

    /** A finding explained by {@code resp.finding.<CODE>} of the response bundle with {@code args}. */
    private static BaselineFinding finding(BaselineFindingCode code, String lesionId, Object... args) {
        return new BaselineFinding(code, lesionId, Text.of(Bundle.RESPONSE, "resp.finding." + code.name(), args));
    }
}
