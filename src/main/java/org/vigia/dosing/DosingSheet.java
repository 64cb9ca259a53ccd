package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The dosing form of one subject for one day of one cycle of a treatment phase: the body measurements used and
 * one {@link AgentPlan} per agent given that day.
 *
 * @param measurementsSource where the height and weight came from ("dosing form", "baseline", "entered")
 * @param window             the window of the cycle's day 1, counted from the previous cycle's day 1 given (a delay
 *                           moves it) or from the phase's start rule; null when nothing to count from
 */
public record DosingSheet(Long subjectId, String subjectLabel, String armId, String phaseId, int cycle, int day,
                          LocalDate on, BigDecimal heightCm, BigDecimal weightKg, String measurementsSource,
                          List<AgentPlan> agents, CycleSchedule.Window window) {
}
