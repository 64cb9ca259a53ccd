package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.List;
import org.vigia.study.definition.DoseAction;

/**
 * The dose-modification decision for one agent, over all the subject's open adverse events (API:
 * {@code {"action": "HOLD", "resumeWhenGradeAtMost": 1, "resumeDosePercent": 80, "reasons": [...]}}).
 * Fields that do not apply are null: both resume fields are null for CONTINUE and DISCONTINUE.
 *
 * @param action                the most severe action any event asks for
 * @param resumeWhenGradeAtMost HOLD: the strictest recovery grade among the holding events
 * @param resumeDosePercent     HOLD: the lowest resume percent among the holding events
 * @param reasons               one sentence per event (and per limit reached), citing the rules
 * @param adverseEvents         the assessment of each open event behind the decision
 */
public record DoseDecision(DoseAction action, Integer resumeWhenGradeAtMost, BigDecimal resumeDosePercent,
                           List<String> reasons, List<AdverseEventAssessment> adverseEvents) {

    public DoseDecision {
        reasons = List.copyOf(reasons);
        adverseEvents = List.copyOf(adverseEvents);
    }
}
