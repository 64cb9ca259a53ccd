package org.vigia.dosing;

import java.util.List;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.RadiotherapyAction;

/**
 * The outcome of the study definition's radiotherapy event rules at a review: the most severe recommendation among
 * the rules that fired (STOP_EARLY > SUSPEND > CONTINUE), their ids and the reasons (texts the screen renders in its
 * reader's language; {@link #reasons()} in English for the API).
 */
public record RadiotherapyRecommendation(Outcome action, List<String> ruleIds, List<Text> reasonTexts) {

    /** What the rules recommend for the course. */
    public enum Outcome {
        CONTINUE, SUSPEND, STOP_EARLY;

        /** The outcome of a definition rule's action. */
        public static Outcome of(RadiotherapyAction action) {
            return switch (action) {
                case SUSPEND_RADIOTHERAPY -> SUSPEND;
                case STOP_RADIOTHERAPY -> STOP_EARLY;
            };
        }
    }

    public RadiotherapyRecommendation {
        ruleIds = List.copyOf(ruleIds);
        reasonTexts = List.copyOf(reasonTexts);
    }

    /** The reasons in English. */
    public List<String> reasons() {
        return reasonTexts.stream().map(Text::english).toList();
    }
}
