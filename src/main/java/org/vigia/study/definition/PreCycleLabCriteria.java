package org.vigia.study.definition;

import java.util.List;
import java.util.Objects;

/**
 * The laboratory conditions to confirm before each cycle, from the study definition (NCT07041788: "Each
 * chemotherapy cycle requires confirmation of normal blood counts (ANC ≥1.5×10⁹/L, PLT ≥90×10⁹/L) and liver/kidney
 * function (ALT/AST ≤2.5×ULN) before initiation").
 *
 * @param windowDays how many days before the cycle start date a result may be drawn (0 = same day only)
 * @param appliesTo  agent classes whose cycles are gated; empty = every cycle
 * @param criteria   the conditions; each criterion's test is required
 * @param source     protocol sentence for the window/applicability
 * @param assumption true when the window or applicability is not in the protocol text
 * @param note       why, for an assumption
 */
public record PreCycleLabCriteria(int windowDays, List<AgentClass> appliesTo, List<LabCriterion> criteria,
                                  String source, boolean assumption, String note) {

    public PreCycleLabCriteria {
        if (windowDays < 0) {
            throw new IllegalArgumentException("windowDays must be ≥ 0, was " + windowDays);
        }
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
        criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
        DefinitionChecks.requireSourceOrAssumption("pre-cycle labs", source, assumption, note);
    }

    /** Whether a cycle of an agent of this class is gated by these criteria. */
    public boolean appliesTo(AgentClass agentClass) {
        return appliesTo.isEmpty() || appliesTo.contains(agentClass);
    }
}
