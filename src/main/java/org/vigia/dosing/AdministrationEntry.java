package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the user enters for one agent on the dosing form (and the REST API).
 *
 * @param agent              agent id or name
 * @param phase              treatment phase id of the subject's arm
 * @param cycle              cycle number from 1 (1 for a phase without cycles)
 * @param day                day of the cycle (or of the phase)
 * @param on                 administration date
 * @param status             GIVEN, NOT_GIVEN or DISCONTINUED
 * @param notGivenReason     required unless GIVEN
 * @param dosePercent        dose level chosen, percent of full dose; null = the recommended level
 * @param administeredMg     dose given (GIVEN)
 * @param heightCm           height used (mg/m²), null = the latest known
 * @param weightKg           weight used (mg/m², mg/kg), null = the latest known
 * @param infusionStart      infusion start (UTC), optional
 * @param infusionStop       infusion stop (UTC), optional
 * @param departureReason    documented reason for departing from the recommendation
 * @param acceptDeviation    record the departure without a reason as a protocol deviation
 * @param gateOverrideReason investigator's reason to give the cycle despite failing or missing labs
 * @param scheduleDeviationReason reason to record a cycle's day 1 before its window, or a phase start outside its
 *                           window, as a protocol deviation (without it such a date is refused)
 * @param delayReason        reason for a cycle's day 1 later than its window (optional; the delay is stored anyway)
 */
public record AdministrationEntry(String agent, String phase, Integer cycle, Integer day, LocalDate on,
                                  TreatmentAdministration.Status status, String notGivenReason, BigDecimal dosePercent,
                                  BigDecimal administeredMg, BigDecimal heightCm, BigDecimal weightKg,
                                  Instant infusionStart, Instant infusionStop, String departureReason,
                                  boolean acceptDeviation, String gateOverrideReason, String scheduleDeviationReason,
                                  String delayReason) {
}
