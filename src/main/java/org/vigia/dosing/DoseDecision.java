package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.List;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.DoseAction;

/**
 * The dose-modification decision for one agent, over all the subject's open adverse events (API:
 * {@code {"action": "HOLD", "resumeWhenGradeAtMost": 1, "resumeDosePercent": 80, "reasons": [...]}}).
 * Fields that do not apply are null: both resume fields are null for CONTINUE and DISCONTINUE.
 *
 * @param action                the most severe action any event asks for
 * @param resumeWhenGradeAtMost HOLD: the strictest recovery grade among the holding events
 * @param resumeDosePercent     HOLD: the lowest resume percent among the holding events
 * @param reasonTexts           one text per event (and per limit reached), citing the rules; the screens render
 *                              them in the reader's language, {@link #reasons()} in English
 * @param adverseEvents         the assessment of each open event behind the decision
 */
public record DoseDecision(DoseAction action, Integer resumeWhenGradeAtMost, BigDecimal resumeDosePercent,
                           List<Text> reasonTexts, List<AdverseEventAssessment> adverseEvents) {

    public DoseDecision {
        reasonTexts = List.copyOf(reasonTexts);
        adverseEvents = List.copyOf(adverseEvents);
    }

    /** The reasons in English (the API's {@code reasons}). */
    public List<String> reasons() {
        return reasonTexts.stream().map(Text::english).toList();
    }
}
