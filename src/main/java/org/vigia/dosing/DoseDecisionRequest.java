package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.vigia.study.definition.AgentClass;

/**
 * What the dose-modification policy needs to decide for one agent of one subject (API:
 * {@code {"agent": "docetaxel", "adverseEvents": [...], "currentDosePercent": 100}}).
 *
 * @param agent                  agent name as in the study definition ("docetaxel")
 * @param agentClass             its class (from the study definition)
 * @param currentDosePercent     percent of the full dose currently given (100 before any reduction)
 * @param reductionsSoFar        dose reductions this agent has already had for this subject
 * @param openAdverseEvents      the subject's open adverse events at their current grade (all of them: every open
 *                               event counts against every agent)
 * @param previousAdverseEvents  the subject's earlier, resolved episodes at their worst grade; used to count
 *                               repeated occurrences of the same term
 */
public record DoseDecisionRequest(String agent, AgentClass agentClass, BigDecimal currentDosePercent,
                                  int reductionsSoFar, List<AdverseEventSnapshot> openAdverseEvents,
                                  List<AdverseEventSnapshot> previousAdverseEvents) {

    public DoseDecisionRequest {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(agentClass, "agentClass");
        Objects.requireNonNull(currentDosePercent, "currentDosePercent");
        if (reductionsSoFar < 0) {
            throw new IllegalArgumentException("reductionsSoFar must be ≥ 0");
        }
        openAdverseEvents = openAdverseEvents == null ? List.of() : List.copyOf(openAdverseEvents);
        previousAdverseEvents = previousAdverseEvents == null ? List.of() : List.copyOf(previousAdverseEvents);
    }

    /** A request with no reductions and no history. */
    public static DoseDecisionRequest of(String agent, AgentClass agentClass, BigDecimal currentDosePercent,
                                         List<AdverseEventSnapshot> openAdverseEvents) {
        return new DoseDecisionRequest(agent, agentClass, currentDosePercent, 0, openAdverseEvents, List.of());
    }

    /** The same request with other open adverse events (e.g. their grades after recovery). */
    public DoseDecisionRequest withOpenAdverseEvents(List<AdverseEventSnapshot> events) {
        return new DoseDecisionRequest(agent, agentClass, currentDosePercent, reductionsSoFar, events,
                previousAdverseEvents);
    }
}
