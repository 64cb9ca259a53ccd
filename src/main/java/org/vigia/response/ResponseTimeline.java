package org.vigia.response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All follow-up time points of one subject assessed in order with {@link RecistCalculator}, carrying what
 * RECIST 1.1 carries from one time point to the next (Eisenhauer et al. 2009, section 4.3):
 * <ul>
 *   <li>the nadir: the smallest sum so far, baseline included ({@link TimePointResult#nadirForNextTimePoint()});</li>
 *   <li>a prior complete response: the overall response of the last time point that was not NE, after any
 *       investigator override, so that a lesion that reappears after CR is PD.</li>
 * </ul>
 * An investigator's override replaces the computed overall response of its time point for everything that
 * follows (the carried CR, the best overall response).
 *
 * <pre>{@code
 * List<ResponseTimeline.TimePoint> points = new ResponseTimeline(targets, nonTargets).assess(followUps);
 * }</pre>
 *
 * @param targetLesions    every baseline target lesion
 * @param nonTargetLesions every baseline non-target lesion
 */
public record ResponseTimeline(List<IrradiatedTargetLesion> targetLesions, List<NonTargetLesion> nonTargetLesions) {

    /** A baseline non-target lesion: its id and whether it is a lymph node. */
    public record NonTargetLesion(String id, boolean nodal) {
    }

    /** The finding for one non-target lesion at a follow-up. */
    public record NonTargetFinding(NonTargetStatus status, BigDecimal shortAxisMm) {
    }

    /**
     * One follow-up as entered. A target lesion missing from {@code targetMm} (or mapped to null) was not
     * assessed (0 = disappeared, 5 = too small to measure); a non-target lesion missing from
     * {@code nonTargets} was not evaluated.
     *
     * @param studyDay          study day of the assessment, Day 1 = the day the study day counts from
     * @param override          the investigator's overall response, {@code null} when not overridden
     */
    public record FollowUp(int studyDay, Map<String, BigDecimal> targetMm, Map<String, NonTargetFinding> nonTargets,
                           NewLesions newLesions, RecistResponse override) {
        public FollowUp {
            targetMm = targetMm == null ? Map.of() : new HashMap<>(targetMm);
            nonTargets = nonTargets == null ? Map.of() : new HashMap<>(nonTargets);
            Objects.requireNonNull(newLesions, "newLesions");
        }
    }

    /**
     * One assessed time point.
     *
     * @param computed        the calculator's result
     * @param overallResponse the response that counts: the override when there is one, else the computed one
     */
    public record TimePoint(int studyDay, TimePointResult computed, RecistResponse overallResponse) {
        public boolean overridden() {
            return overallResponse != computed.overallResponse();
        }
    }

    public ResponseTimeline {
        targetLesions = List.copyOf(targetLesions);
        nonTargetLesions = List.copyOf(nonTargetLesions);
    }

    /** Assesses the follow-ups in study-day order. */
    public List<TimePoint> assess(List<FollowUp> followUps) {
        RecistCalculator calculator = new RecistCalculator();
        List<TimePoint> points = new ArrayList<>();
        BigDecimal nadir = null;
        boolean priorCompleteResponse = false;
        for (FollowUp f : followUps.stream().sorted(Comparator.comparingInt(FollowUp::studyDay)).toList()) {
            TimePointResult result = calculator.evaluate(input(f, nadir, priorCompleteResponse));
            RecistResponse overall = f.override() != null ? f.override() : result.overallResponse();
            points.add(new TimePoint(f.studyDay(), result, overall));
            if (!targetLesions.isEmpty()) {
                nadir = result.nadirForNextTimePoint();
            }
            if (overall != RecistResponse.NE) {
                priorCompleteResponse = overall == RecistResponse.CR;
            }
        }
        return List.copyOf(points);
    }

    /** The result of one follow-up given what was carried to it (for a preview while typing). */
    public TimePointInput input(FollowUp f, BigDecimal nadir, boolean priorCompleteResponse) {
        List<TargetLesionMeasurement> targets = targetLesions.stream()
                .map(l -> new TargetLesionMeasurement(l.id(), l.nodal(), l.baselineMm(), f.targetMm().get(l.id())))
                .toList();
        List<NonTargetLesionAssessment> nonTargets = nonTargetLesions.stream().map(l -> {
            NonTargetFinding finding = f.nonTargets().get(l.id());
            return finding == null || finding.status() == null
                    ? new NonTargetLesionAssessment(l.id(), l.nodal(), NonTargetStatus.NOT_EVALUATED, null)
                    : new NonTargetLesionAssessment(l.id(), l.nodal(), finding.status(), finding.shortAxisMm());
        }).toList();
        return new TimePointInput(targets, nadir, priorCompleteResponse, nonTargets, f.newLesions());
    }

    /** The best overall response of these time points with the study's confirmation settings. */
    public static BestOverallResponseResult bestOverallResponse(List<TimePoint> points, boolean confirmationRequired,
                                                                int confirmationMinDays, int sdMinDays) {
        return new BestOverallResponseCalculator().evaluate(new BestOverallResponseInput(
                points.stream().map(p -> new TimePointAssessment(p.studyDay(), p.overallResponse())).toList(),
                confirmationRequired, confirmationMinDays, sdMinDays));
    }
}
