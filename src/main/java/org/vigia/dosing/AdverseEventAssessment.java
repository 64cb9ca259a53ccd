package org.vigia.dosing;

import java.math.BigDecimal;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.DoseAction;

/**
 * How one adverse event bears on an agent: the rule that governs it and what it asks.
 *
 * @param adverseEvent          the event
 * @param occurrence            1 for the first time this term reaches the rule's grades, 2 for the second, ...
 * @param ruleId                the governing rule, or null when no rule matches (then CONTINUE)
 * @param action                what this event asks for
 * @param resumeWhenGradeAtMost HOLD: grade to recover to; else null
 * @param resumeDosePercent     HOLD: percent of full dose on resumption; else null
 * @param reasonText            what the event asks, citing the rule ({@link #reason()}: in English)
 */
public record AdverseEventAssessment(AdverseEventSnapshot adverseEvent, int occurrence, String ruleId,
                                     DoseAction action, Integer resumeWhenGradeAtMost, BigDecimal resumeDosePercent,
                                     Text reasonText) {

    /** The reason in English. */
    public String reason() {
        return reasonText.english();
    }
}
