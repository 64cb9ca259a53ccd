package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.List;
import org.vigia.ae.AdverseEventSummary;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.Agent;

/**
 * What the dosing form shows for one agent on one day: the planned dose at the recommended dose level, the
 * recommendation from the dose-modification rules with the open adverse events behind it, the infusion window
 * and the pre-cycle lab gate when it applies.
 *
 * @param agent              the agent from the study definition
 * @param dosingDays         the agent's dosing days in the cycle (for doses divided over a cycle)
 * @param recommendedPercent the dose level Vigia recommends (percent of the full dose)
 * @param planned            the planned dose at that level, or null when a measurement is missing
 * @param plannedProblem     why no dose could be planned (missing height or weight), or null; rendered in the
 *                           reader's language
 * @param decision           the dose-modification decision over the subject's open adverse events
 * @param recommendation     give the planned dose, hold or discontinued
 * @param adverseEvents      the subject's open adverse events the decision used
 * @param infusionWindow     the protocol infusion window, or null
 * @param gated              true when the pre-cycle lab gate applies to this agent on this day
 * @param gate               the gate's result when gated, else null
 * @param reductionsSoFar    dose reductions this agent has had
 */
public record AgentPlan(Agent agent, int dosingDays, BigDecimal recommendedPercent, PlannedDose planned,
                        Text plannedProblem, DoseDecision decision, DoseRecommendation recommendation,
                        List<AdverseEventSummary> adverseEvents, InfusionWindow infusionWindow, boolean gated,
                        PreCycleResult gate, int reductionsSoFar) {
}
