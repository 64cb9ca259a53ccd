package org.vigia.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.vigia.ae.AdverseEventSummary;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.Administration;
import org.vigia.study.definition.Agent;
import org.vigia.study.definition.DoseAction;
import org.vigia.study.definition.DoseBasis;
import org.vigia.study.definition.PreCycleLabCriteria;

/**
 * Plans one agent's dose for one day under a study's dosing definition: the dose-modification decision over the
 * subject's open adverse events (a discontinued agent stays discontinued; after a hold the dose resumes at the
 * level the hold set), the planned dose at that level from the body measurements, and the pre-cycle lab gate on
 * the first dosing day of a cycle. Pure: the caller loads the history, measurements and labs.
 * <pre>{@code
 * AgentPlan plan = new AgentPlanner(definition).plan(agent, administration, day, on, DoseHistory.of(lines),
 *         openEvents, allEvents, measurements, () -> labsOn(subjectId, on));
 * }</pre>
 */
final class AgentPlanner {

    private final DosingDefinition definition;

    AgentPlanner(DosingDefinition definition) {
        this.definition = definition;
    }

    AgentPlan plan(Agent agent, Administration adm, int day, LocalDate on, DoseHistory history,
                   List<AdverseEventSummary> open, List<AdverseEventSummary> all, BodyMeasurements measurements,
                   Supplier<List<LabResult>> labs) {
        DoseDecision decision = decide(agent, history, open, all);
        BigDecimal level = decision.action() == DoseAction.CONTINUE && history.resumePercent() != null
                ? history.resumePercent() : history.currentPercent();
        int dosingDays = adm.dosingDays().size();
        PlannedDose planned = null;
        Text problem = null;
        try {
            planned = definition.doseCalculator().plannedDose(agent, dosingDays, level, measurements);
        } catch (IllegalArgumentException ex) {
            problem = Text.of(Bundle.DOSING, agent.doseBasis() == DoseBasis.MG_PER_M2
                            ? "dose.problem.needsHeightAndWeight" : "dose.problem.needsWeight",
                    agent.name(), agent.dose().stripTrailingZeros().toPlainString(), agent.doseBasis().label());
        }
        List<Text> reasons = new ArrayList<>(decision.reasonTexts());
        DoseRecommendation recommendation;
        if (history.discontinued()) {
            recommendation = DoseRecommendation.discontinued(agent.id());
            reasons.add(0, Text.of(Bundle.DOSING, "dose.reason.discontinuedForSubject", agent.name()));
            decision = new DoseDecision(DoseAction.DISCONTINUE, null, null, reasons, decision.adverseEvents());
        } else if (decision.action() == DoseAction.CONTINUE) {
            recommendation = planned == null ? new DoseRecommendation(agent.id(), DoseAction.CONTINUE, BigDecimal.ONE)
                    : DoseRecommendation.give(agent.id(), planned.plannedDoseMg());
            if (history.resumePercent() != null) {
                reasons.add(Text.of(Bundle.DOSING, "dose.reason.afterHold",
                        history.resumePercent().stripTrailingZeros().toPlainString()));
                decision = new DoseDecision(decision.action(), null, null, reasons, decision.adverseEvents());
            }
        } else if (decision.action() == DoseAction.HOLD) {
            recommendation = DoseRecommendation.held(agent.id());
        } else {
            recommendation = DoseRecommendation.discontinued(agent.id());
        }
        PreCycleLabCriteria criteria = definition.preCycleLabs();
        boolean gated = criteria != null && criteria.appliesTo(agent.agentClass()) && day == adm.dosingDays().get(0);
        PreCycleResult gate = gated ? new PreCycleCheck().evaluate(criteria, labs.get(), on) : null;
        return new AgentPlan(agent, dosingDays, level, planned, problem, decision, recommendation, open,
                definition.infusionWindow(agent).orElse(null), gated, gate, history.reductions());
    }

    /** The dose-modification policy's decision over the open events, with the closed ones as earlier occurrences. */
    private DoseDecision decide(Agent agent, DoseHistory history, List<AdverseEventSummary> open,
                                List<AdverseEventSummary> all) {
        List<AdverseEventSnapshot> openSnapshots = open.stream()
                .map(x -> new AdverseEventSnapshot(String.valueOf(x.id()), x.term(), x.grade(), x.immuneRelated(),
                        x.immuneCategory()))
                .toList();
        List<AdverseEventSnapshot> previous = all.stream().filter(x -> !x.ongoing())
                .map(x -> new AdverseEventSnapshot(String.valueOf(x.id()), x.term(), x.worstGrade(), x.immuneRelated(),
                        x.immuneCategory()))
                .toList();
        return definition.doseModificationPolicy().decide(new DoseDecisionRequest(agent.id(), agent.agentClass(),
                history.currentPercent(), history.reductions(), openSnapshots, previous));
    }
}
