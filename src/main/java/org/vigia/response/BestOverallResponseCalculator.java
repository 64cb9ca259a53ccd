package org.vigia.response;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Derives a subject's best overall response from the time-point responses (RECIST 1.1, Eisenhauer et al.
 * 2009, section 4.4 and Table 3), with the first response day, the duration of response (section 4.5)
 * and the day of progression.
 *
 * <p>Rules:
 * <ul>
 *   <li>Only time points up to and including the first PD count.</li>
 *   <li>Confirmation required (section 4.4.2, Table 3): a CR is confirmed by a later CR at least
 *       {@code confirmationMinDays} later; a CR or PR is confirmed as PR by a later CR or PR at least
 *       {@code confirmationMinDays} later. Time points in between must be of the same level (CR for a
 *       CR; CR or PR for a PR) or NE. So CR→CR = CR, CR→PR = PR (Table 3 footnote: the first CR was in
 *       truth a PR), PR→CR = PR, PR→PR = PR.</li>
 *   <li>Confirmation not required: the best time point counts, CR before PR.</li>
 *   <li>SD (and unconfirmed CR/PR, which count as SD): at least one time point of CR, PR or SD at least
 *       {@code sdMinDays} after the start of treatment, that is on study day ≥ {@code sdMinDays + 1}
 *       (Day 1 = first day of treatment). For patients with non-target disease only, NON_CR_NON_PD
 *       follows the same minimum.</li>
 *   <li>Otherwise PD if a PD was recorded (Table 3 "otherwise PD"), else NE (no assessment, only NE, or
 *       SD too early and no PD).</li>
 * </ul>
 *
 * <pre>{@code
 * BestOverallResponseResult r = new BestOverallResponseCalculator().evaluate(new BestOverallResponseInput(
 *         List.of(new TimePointAssessment(56, RecistResponse.PR), new TimePointAssessment(84, RecistResponse.PR)),
 *         true, 28, 42));
 * // r.bestOverallResponse() == PR, r.firstResponseStudyDay() == 56
 * }</pre>
 */
public final class BestOverallResponseCalculator {

    private static final Set<RecistResponse> CR_LEVEL = EnumSet.of(RecistResponse.CR);
    private static final Set<RecistResponse> PR_LEVEL = EnumSet.of(RecistResponse.CR, RecistResponse.PR);
    private static final Set<RecistResponse> SD_LEVEL = EnumSet.of(RecistResponse.CR, RecistResponse.PR, RecistResponse.SD);

    /** The best overall response over all assessments. */
    public BestOverallResponseResult evaluate(BestOverallResponseInput input) {
        List<TimePointAssessment> ordered = input.assessments().stream()
                .sorted(Comparator.comparingInt(TimePointAssessment::studyDay))
                .toList();
        int firstPd = indexOfFirst(ordered, RecistResponse.PD);
        List<TimePointAssessment> counted = firstPd < 0 ? ordered : ordered.subList(0, firstPd + 1);
        Integer progressionDay = firstPd < 0 ? null : ordered.get(firstPd).studyDay();
        Integer lastEvaluableDay = counted.stream()
                .filter(a -> a.overallResponse() != RecistResponse.NE)
                .map(TimePointAssessment::studyDay)
                .reduce((first, second) -> second)
                .orElse(null);

        RecistResponse best;
        Integer firstResponseDay;
        if (input.confirmationRequired()) {
            int cr = firstConfirmed(counted, CR_LEVEL, input.confirmationMinDays());
            int pr = firstConfirmed(counted, PR_LEVEL, input.confirmationMinDays());
            best = cr >= 0 ? RecistResponse.CR : pr >= 0 ? RecistResponse.PR : null;
            firstResponseDay = pr >= 0 ? counted.get(pr).studyDay() : null; // a confirmed CR is a confirmed PR too
        } else {
            best = counted.stream().anyMatch(a -> a.overallResponse() == RecistResponse.CR) ? RecistResponse.CR
                    : counted.stream().anyMatch(a -> a.overallResponse() == RecistResponse.PR) ? RecistResponse.PR
                    : null;
            firstResponseDay = best == null ? null : counted.stream()
                    .filter(a -> a.overallResponse().isObjectiveResponse())
                    .findFirst().orElseThrow().studyDay();
        }
        if (best == null) {
            best = stableOrWorse(counted, input.sdMinDays(), progressionDay != null);
        }
        if (firstResponseDay == null) {
            return new BestOverallResponseResult(best, null, progressionDay, lastEvaluableDay, null, null);
        }
        boolean censored = progressionDay == null;
        int end = censored ? lastEvaluableDay : progressionDay;
        return new BestOverallResponseResult(best, firstResponseDay, progressionDay, lastEvaluableDay,
                end - firstResponseDay, censored);
    }

    /**
     * The best overall response using only assessments up to and including {@code lastStudyDay}, for a
     * response rate at a fixed time (e.g. ORR at 3 months after radiotherapy, NCT07277764).
     */
    public BestOverallResponseResult evaluateUpTo(BestOverallResponseInput input, int lastStudyDay) {
        return evaluate(new BestOverallResponseInput(
                input.assessments().stream().filter(a -> a.studyDay() <= lastStudyDay).toList(),
                input.confirmationRequired(), input.confirmationMinDays(), input.sdMinDays()));
    }

    private static RecistResponse stableOrWorse(List<TimePointAssessment> counted, int sdMinDays, boolean progressed) {
        if (counted.stream().anyMatch(a -> SD_LEVEL.contains(a.overallResponse())
                && a.daysFromStartOfTreatment() >= sdMinDays)) {
            return RecistResponse.SD;
        }
        if (counted.stream().anyMatch(a -> a.overallResponse() == RecistResponse.NON_CR_NON_PD
                && a.daysFromStartOfTreatment() >= sdMinDays)) {
            return RecistResponse.NON_CR_NON_PD;
        }
        return progressed ? RecistResponse.PD : RecistResponse.NE;
    }

    /**
     * Index of the first time point of the given level that a later time point of the same level
     * confirms at least {@code minDays} later, with only same-level or NE time points in between; -1 if none.
     */
    private static int firstConfirmed(List<TimePointAssessment> counted, Set<RecistResponse> level, int minDays) {
        for (int i = 0; i < counted.size(); i++) {
            TimePointAssessment start = counted.get(i);
            if (!level.contains(start.overallResponse())) {
                continue;
            }
            for (int j = i + 1; j < counted.size(); j++) {
                RecistResponse response = counted.get(j).overallResponse();
                if (response == RecistResponse.NE) {
                    continue;
                }
                if (!level.contains(response)) {
                    break;
                }
                if (counted.get(j).studyDay() - start.studyDay() >= minDays) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int indexOfFirst(List<TimePointAssessment> ordered, RecistResponse response) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).overallResponse() == response) {
                return i;
            }
        }
        return -1;
    }
}
