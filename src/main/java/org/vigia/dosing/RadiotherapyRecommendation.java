package org.vigia.dosing;

import java.util.List;

/**
 * The outcome of the radiotherapy event rules at a review: the most severe recommendation among the rules that
 * fired (STOP_EARLY > SUSPEND > CONTINUE), their ids and the reasons.
 */
public record RadiotherapyRecommendation(RadiotherapyAction action, List<String> ruleIds, List<String> reasons) {
    public RadiotherapyRecommendation {
        ruleIds = List.copyOf(ruleIds);
        reasons = List.copyOf(reasons);
    }
}
