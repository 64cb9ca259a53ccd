package org.vigia.response.assessment;

import java.time.LocalDate;
import org.vigia.response.RecistResponse;

/**
 * A subject's RECIST 1.1 outcome for other features (the DMC report reads it): best overall response with the
 * study's confirmation settings, when the response was first seen, when progression was first seen (PFS),
 * and the duration of response. Study days count from enrolment (Day 1 = the enrolment date).
 *
 * @param bestOverallResponse       CR, PR, SD, NON_CR_NON_PD, PD or NE (NE also without any follow-up)
 * @param firstResponseDate         first time point of the (confirmed) CR/PR; null unless CR or PR
 * @param progressionDate           first time point with PD; null without progression
 * @param lastEvaluableDate         last time point that was not NE, up to the first PD (censoring date)
 * @param durationOfResponseDays    first response to progression, or to the last evaluable time point when
 *                                  censored; null unless CR or PR
 * @param durationOfResponseCensored true when no progression followed the response
 */
public record SubjectResponse(Long subjectId, String subjectLabel, Long siteId, String armId, LocalDate enrolledOn,
                              int followUps, RecistResponse bestOverallResponse, LocalDate firstResponseDate,
                              LocalDate progressionDate, LocalDate lastEvaluableDate, Integer durationOfResponseDays,
                              Boolean durationOfResponseCensored) {
}
