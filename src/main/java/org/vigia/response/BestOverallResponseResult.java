package org.vigia.response;

/**
 * A subject's best overall response (RECIST 1.1 section 4.4) with the days derived from the same
 * assessments. Study days follow the CDISC convention (Day 1 = first day of treatment); durations are
 * differences of study days (elapsed days, no "+1").
 *
 * @param bestOverallResponse      CR, PR, SD, NON_CR_NON_PD, PD or NE
 * @param firstResponseStudyDay    when the CR/PR criteria were first met, in the (confirmed) response
 *                                 that gave the best overall response; {@code null} unless CR or PR
 * @param progressionStudyDay      first time point with PD; {@code null} without progression (for PFS)
 * @param lastEvaluableStudyDay    last time point that was not NE, up to the first PD; {@code null} if none
 *                                 (censoring day for PFS and duration of response)
 * @param durationOfResponseDays   from {@code firstResponseStudyDay} to the first PD, or to the last
 *                                 evaluable time point when censored (section 4.5); {@code null} unless CR or PR
 * @param durationOfResponseCensored {@code true} when no PD followed the response; {@code null} unless CR or PR
 */
public record BestOverallResponseResult(
        RecistResponse bestOverallResponse,
        Integer firstResponseStudyDay,
        Integer progressionStudyDay,
        Integer lastEvaluableStudyDay,
        Integer durationOfResponseDays,
        Boolean durationOfResponseCensored) {
}
