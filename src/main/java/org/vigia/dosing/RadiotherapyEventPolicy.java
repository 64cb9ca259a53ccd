package org.vigia.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies the study definition's {@link RadiotherapyEventRule}s to a course at a review (cumulative dose so far and
 * what was observed) and recommends continuing, suspending or stopping early.
 * <pre>{@code
 * new RadiotherapyEventPolicy(definition.radiotherapyEventRules())
 *         .evaluate(course, new RadiotherapyObservation("CR", Set.of())); // STOP_EARLY at ≥50 Gy (NCT07277764)
 * }</pre>
 */
public final class RadiotherapyEventPolicy {

    private final List<RadiotherapyEventRule> rules;

    public RadiotherapyEventPolicy(List<RadiotherapyEventRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    public RadiotherapyRecommendation evaluate(RadiotherapyCourse course, RadiotherapyObservation observation) {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(observation, "observation");
        RadiotherapyAction action = RadiotherapyAction.CONTINUE;
        List<String> ids = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (RadiotherapyEventRule rule : rules) {
            if (!rule.firesFor(course, observation)) {
                continue;
            }
            if (rule.recommend().ordinal() > action.ordinal()) {
                action = rule.recommend();
            }
            ids.add(rule.id());
            String trigger = rule.anyOf().stream().filter(c -> c.holds(observation)).map(RadiotherapyCondition::describe)
                    .findFirst().orElse("cumulative dose");
            reasons.add(rule.recommend() + " " + course.prescription().course() + " at "
                    + course.cumulativeDoseGy().stripTrailingZeros().toPlainString() + " Gy: " + trigger
                    + " (rule " + rule.id() + ")");
        }
        if (ids.isEmpty()) {
            reasons.add("No radiotherapy event rule applies at "
                    + course.cumulativeDoseGy().stripTrailingZeros().toPlainString() + " Gy: continue");
        }
        return new RadiotherapyRecommendation(action, ids, reasons);
    }
}
