package org.vigia.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigia.study.definition.RadiotherapyEventRule;

/**
 * Applies a course's event rules, as the study definition gives them ({@code radiotherapyCourses[].eventRules},
 * {@link RadiotherapyEventRule#appliesTo}), to the course at a review (cumulative dose so far and the events
 * observed) and recommends continuing, suspending or stopping early.
 * <pre>{@code
 * new RadiotherapyEventPolicy().evaluate(delivery, RadiotherapyObservation.of("CR", Set.of()));
 * // STOP_EARLY at ≥50 Gy on NCT07277764's definitive IMRT
 * }</pre>
 */
public final class RadiotherapyEventPolicy {

    public RadiotherapyRecommendation evaluate(RadiotherapyDelivery delivery, RadiotherapyObservation observation) {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(observation, "observation");
        RadiotherapyRecommendation.Outcome action = RadiotherapyRecommendation.Outcome.CONTINUE;
        List<String> ids = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        String gy = delivery.cumulativeDoseGy().stripTrailingZeros().toPlainString();
        for (RadiotherapyEventRule rule : delivery.prescription().eventRules()) {
            boolean fired = observation.events().stream()
                    .anyMatch(e -> rule.appliesTo(e, delivery.cumulativeDoseGy()));
            if (!fired) {
                continue;
            }
            RadiotherapyRecommendation.Outcome outcome = RadiotherapyRecommendation.Outcome.of(rule.action());
            if (outcome.ordinal() > action.ordinal()) {
                action = outcome;
            }
            ids.add(rule.id());
            reasons.add(outcome + " " + delivery.prescription().course() + " at " + gy + " Gy: " + rule.event()
                    + (rule.description() == null ? "" : " — " + rule.description()) + " (rule " + rule.id() + ")");
        }
        if (ids.isEmpty()) {
            reasons.add("No radiotherapy event rule applies at " + gy + " Gy: continue");
        }
        return new RadiotherapyRecommendation(action, ids, reasons);
    }
}
