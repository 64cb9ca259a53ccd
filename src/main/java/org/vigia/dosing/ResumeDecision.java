package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.List;
import org.vigia.study.definition.DoseAction;

/**
 * Whether a held agent may resume now, and at which dose ({@link DoseModificationPolicy#resumeAfterRecovery}).
 *
 * @param allowed           true when every event behind the hold has recovered to its grade and no open event
 *                          asks for a hold or a discontinuation
 * @param action            CONTINUE when allowed; HOLD while waiting; DISCONTINUE when an event now asks for it
 * @param resumeDosePercent when allowed, the percent of full dose to give; else null
 * @param reasons           English sentences explaining the answer
 */
public record ResumeDecision(boolean allowed, DoseAction action, BigDecimal resumeDosePercent, List<String> reasons) {
    public ResumeDecision {
        reasons = List.copyOf(reasons);
    }
}
