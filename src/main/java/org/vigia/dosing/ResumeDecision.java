package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.List;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.DoseAction;

/**
 * Whether a held agent may resume now, and at which dose ({@link DoseModificationPolicy#resumeAfterRecovery}).
 *
 * @param allowed           true when every event behind the hold has recovered to its grade and no open event
 *                          asks for a hold or a discontinuation
 * @param action            CONTINUE when allowed; HOLD while waiting; DISCONTINUE when an event now asks for it
 * @param resumeDosePercent when allowed, the percent of full dose to give; else null
 * @param reasonTexts       texts explaining the answer ({@link #reasons()}: in English)
 */
public record ResumeDecision(boolean allowed, DoseAction action, BigDecimal resumeDosePercent, List<Text> reasonTexts) {
    public ResumeDecision {
        reasonTexts = List.copyOf(reasonTexts);
    }

    /** The reasons in English. */
    public List<String> reasons() {
        return reasonTexts.stream().map(Text::english).toList();
    }
}
