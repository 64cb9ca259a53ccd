package org.vigia.response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Target-lesion response of one subject computed from only the target lesions of an irradiation
 * group, time point by time point (NCT06494995 reports ORR by lesion irradiation: SBRT, low-dose RT,
 * not irradiated).
 *
 * <p>For each group the RECIST 1.1 target rules of {@link RecistCalculator} are applied to the group's
 * lesions alone: the group's own baseline sum, its own nadir (the smallest earlier group sum with every
 * group lesion assessed, baseline included), and "reappearance after CR" judged against the group's own
 * last non-NE response. Non-target and new lesions cannot be attributed to a lesion group and are
 * therefore not part of the group response. The returned time points go into
 * {@link BestOverallResponseCalculator} (with the study's confirmation settings) and the resulting best
 * responses into {@link ResponseRateCalculator}.
 *
 * <pre>{@code
 * List<TimePointAssessment> sbrt = new IrradiationGroupResponseCalculator()
 *         .targetResponses(lesions, followUps, EnumSet.of(IrradiationStatus.SBRT));
 * }</pre>
 */
public final class IrradiationGroupResponseCalculator {

    private final RecistCalculator recist = new RecistCalculator();

    /**
     * The target response of the group's lesions at each follow-up, in study-day order; an empty list
     * when the subject has no target lesion in the group (the subject is then not in that group's
     * denominator).
     *
     * @param lesions   all baseline target lesions of the subject
     * @param followUps the follow-up measurements, in any order
     * @param group     the irradiation statuses that form the group, e.g. {@code {SBRT}} or
     *                  {@code {SBRT, LOW_DOSE_RT}}
     */
    public List<TimePointAssessment> targetResponses(List<IrradiatedTargetLesion> lesions,
                                                     List<TargetLesionFollowUp> followUps,
                                                     Set<IrradiationStatus> group) {
        Set<String> knownIds = lesions.stream().map(IrradiatedTargetLesion::id).collect(Collectors.toSet());
        if (knownIds.size() != lesions.size()) {
            throw new IllegalArgumentException("A target lesion id is used twice");
        }
        for (TargetLesionFollowUp followUp : followUps) {
            for (String id : followUp.currentMmByLesionId().keySet()) {
                if (!knownIds.contains(id)) {
                    throw new IllegalArgumentException("Day " + followUp.studyDay() + ": unknown target lesion " + id);
                }
            }
        }
        List<IrradiatedTargetLesion> inGroup = lesions.stream().filter(l -> group.contains(l.irradiation())).toList();
        if (inGroup.isEmpty()) {
            return List.of();
        }
        List<TimePointAssessment> responses = new ArrayList<>();
        BigDecimal nadir = null;
        boolean priorCompleteResponse = false;
        for (TargetLesionFollowUp followUp : followUps.stream()
                .sorted(Comparator.comparingInt(TargetLesionFollowUp::studyDay)).toList()) {
            List<TargetLesionMeasurement> measurements = inGroup.stream()
                    .map(l -> new TargetLesionMeasurement(l.id(), l.nodal(), l.baselineMm(),
                            followUp.currentMmByLesionId().get(l.id())))
                    .toList();
            TimePointResult result = recist.evaluate(
                    new TimePointInput(measurements, nadir, priorCompleteResponse, List.of(), NewLesions.NO));
            responses.add(new TimePointAssessment(followUp.studyDay(), result.targetResponse()));
            nadir = result.nadirForNextTimePoint();
            if (result.targetResponse() != RecistResponse.NE) {
                priorCompleteResponse = result.targetResponse() == RecistResponse.CR;
            }
        }
        return List.copyOf(responses);
    }
}
