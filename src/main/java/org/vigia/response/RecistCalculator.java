package org.vigia.response;

import java.math.BigDecimal;
import java.util.List;

/**
 * Assesses one RECIST 1.1 time point: target, non-target and overall response, with the sums and their
 * changes (Eisenhauer et al., Eur J Cancer 2009;45:228-247, section 4.3, Tables 1 and 2). The same code
 * serves the REST API and the screens.
 *
 * <pre>{@code
 * TimePointResult result = new RecistCalculator().evaluate(new TimePointInput(
 *         List.of(TargetLesionMeasurement.of("T1", false, 40, 28),
 *                 TargetLesionMeasurement.of("T2", false, 30, 20)),
 *         new BigDecimal("70"), false,
 *         List.of(NonTargetLesionAssessment.of("NT1", false, NonTargetStatus.PRESENT, null)),
 *         NewLesions.NO));
 * // PR / NON_CR_NON_PD / PR, sums 70 → 48, −31.43 % from baseline and from nadir, −22 mm
 * }</pre>
 *
 * <h2>Target lesions (section 4.3.1), in this order</h2>
 * <ol>
 *   <li>After a prior overall CR, a target lesion that reappears (non-nodal lesion of any size, node with
 *       short axis ≥ 10 mm) is PD (EORTC RECIST 1.1 questions and clarifications, "Abnormal lymph
 *       node": after a definitive CR the reappearance of any malignant lesion is PD).</li>
 *   <li>A target lesion not assessed: NE, unless the lesions that were assessed already meet PD on their
 *       own (the missing lesions can only add to the sum).</li>
 *   <li>CR: every non-nodal target lesion at 0 mm and every target node under 10 mm short axis, even
 *       when the sum is above 0 because the normal nodes' short axes stay in it. The sum rule is not
 *       applied to normal-size nodes: a node under 10 mm is non-pathological, and a node counts as seen
 *       again only from 10 mm (same clarification).</li>
 *   <li>PD: sum at least 20 % above the nadir <em>and</em> at least 5 mm above it.</li>
 *   <li>PR: sum at least 30 % below the baseline sum.</li>
 *   <li>SD otherwise. (PD is tested before PR: a sum well below baseline can still be PD against a
 *       lower nadir.)</li>
 * </ol>
 * Thresholds are compared exactly (BigDecimal), never on the rounded percentages. A given nadir above
 * the baseline sum is capped at the baseline sum, with a warning in the result
 * ({@link TimePointInput#effectiveNadirSumMm()}).
 *
 * <h2>Non-target lesions (section 4.3.3)</h2>
 * PD if any lesion shows unequivocal progression, or, after a prior overall CR, a non-nodal non-target
 * lesion is present again (for nodes only unequivocal progression counts, per the clarification above);
 * otherwise NE if any lesion was not evaluated; CR if every lesion is absent and every node is under
 * 10 mm short axis; otherwise NON_CR_NON_PD.
 *
 * <h2>Overall response (section 4.3.4, Tables 1 and 2)</h2>
 * New lesions YES, or target or non-target PD: PD. EQUIVOCAL new lesions are not PD at this time point
 * and are otherwise ignored (section 4.3.2). With targets: target NE → NE; target CR with non-target CR
 * (or none) → CR; target CR with non-target NON_CR_NON_PD or NE → PR; target PR → PR; target SD → SD.
 * Without targets (Table 2) the non-target response is the overall response.
 */
public final class RecistCalculator {

    /** Assesses one time point. */
    public TimePointResult evaluate(TimePointInput input) {
        List<TargetLesionMeasurement> targets = input.targetLesions();
        RecistResponse targetResponse = targets.isEmpty() ? null : targetResponse(input);
        RecistResponse nonTargetResponse = input.nonTargetLesions().isEmpty()
                ? null
                : nonTargetResponse(input.nonTargetLesions(), input.priorCompleteResponse());
        RecistResponse overall = overallResponse(targetResponse, nonTargetResponse, input.newLesions());

        if (targets.isEmpty()) {
            return new TimePointResult(targetResponse, nonTargetResponse, overall, null, null, null, null, null, null);
        }
        BigDecimal baselineSum = input.baselineSumMm();
        BigDecimal nadir = input.effectiveNadirSumMm();
        BigDecimal currentSum = allAssessed(targets) ? currentSum(targets) : null;
        return new TimePointResult(targetResponse, nonTargetResponse, overall,
                baselineSum,
                nadir,
                currentSum,
                currentSum == null ? null : Millimetres.percentChange(currentSum, baselineSum),
                currentSum == null ? null : Millimetres.percentChange(currentSum, nadir),
                currentSum == null ? null : currentSum.subtract(nadir),
                input.warnings());
    }

    /** The target-lesion response alone (section 4.3.1); see the class documentation for the order. */
    RecistResponse targetResponse(TimePointInput input) {
        List<TargetLesionMeasurement> targets = input.targetLesions();
        BigDecimal nadir = input.effectiveNadirSumMm();
        if (input.priorCompleteResponse() && targets.stream().anyMatch(TargetLesionMeasurement::reappeared)) {
            return RecistResponse.PD;
        }
        BigDecimal sum = currentSum(targets);
        if (!allAssessed(targets)) {
            return Millimetres.meetsProgression(sum, nadir) ? RecistResponse.PD : RecistResponse.NE;
        }
        if (targets.stream().allMatch(TargetLesionMeasurement::meetsCompleteResponse)) {
            return RecistResponse.CR;
        }
        if (Millimetres.meetsProgression(sum, nadir)) {
            return RecistResponse.PD;
        }
        if (Millimetres.meetsPartialResponse(sum, input.baselineSumMm())) {
            return RecistResponse.PR;
        }
        return RecistResponse.SD;
    }

    /** The non-target response alone (section 4.3.3). */
    RecistResponse nonTargetResponse(List<NonTargetLesionAssessment> lesions, boolean priorCompleteResponse) {
        if (lesions.stream().anyMatch(l -> l.status() == NonTargetStatus.UNEQUIVOCAL_PROGRESSION)) {
            return RecistResponse.PD;
        }
        if (priorCompleteResponse
                && lesions.stream().anyMatch(l -> !l.nodal() && l.status() == NonTargetStatus.PRESENT)) {
            return RecistResponse.PD;
        }
        if (lesions.stream().anyMatch(l -> l.status() == NonTargetStatus.NOT_EVALUATED)) {
            return RecistResponse.NE;
        }
        if (lesions.stream().allMatch(NonTargetLesionAssessment::meetsCompleteResponse)) {
            return RecistResponse.CR;
        }
        return RecistResponse.NON_CR_NON_PD;
    }

    /**
     * The overall time-point response from its parts (Table 1 with target lesions, Table 2 without).
     *
     * @param target    target response, {@code null} without target lesions
     * @param nonTarget non-target response, {@code null} without non-target lesions
     * @param newLesions new lesions; EQUIVOCAL is not progression
     */
    public RecistResponse overallResponse(RecistResponse target, RecistResponse nonTarget, NewLesions newLesions) {
        if (target == null && nonTarget == null) {
            throw new IllegalArgumentException("At least one of target and non-target response is required");
        }
        if (nonTarget == RecistResponse.PR || nonTarget == RecistResponse.SD) {
            throw new IllegalArgumentException("Not a non-target response: " + nonTarget);
        }
        if (newLesions == NewLesions.YES || target == RecistResponse.PD || nonTarget == RecistResponse.PD) {
            return RecistResponse.PD;
        }
        if (target == null) {
            return nonTarget; // Table 2: CR, NON_CR_NON_PD or NE
        }
        return switch (target) {
            case NE -> RecistResponse.NE;
            case CR -> nonTarget == null || nonTarget == RecistResponse.CR ? RecistResponse.CR : RecistResponse.PR;
            case PR -> RecistResponse.PR;
            case SD -> RecistResponse.SD;
            default -> throw new IllegalArgumentException("Not a target response: " + target);
        };
    }

    private static boolean allAssessed(List<TargetLesionMeasurement> targets) {
        return targets.stream().allMatch(TargetLesionMeasurement::assessed);
    }

    private static BigDecimal currentSum(List<TargetLesionMeasurement> targets) {
        return targets.stream()
                .map(TargetLesionMeasurement::currentMm)
                .filter(mm -> mm != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
