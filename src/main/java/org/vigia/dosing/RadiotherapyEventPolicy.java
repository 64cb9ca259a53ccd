package org.vigia.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
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
        List<Text> reasons = new ArrayList<>();
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
            Text what = Text.of(Bundle.DOSING, "rt.reason.outcome." + outcome.name());
            String course = delivery.prescription().course();
            reasons.add(rule.description() == null
                    ? Text.of(Bundle.DOSING, "rt.reason.rule", what, course, gy, rule.event(), rule.id())
                    : Text.of(Bundle.DOSING, "rt.reason.ruleDescribed", what, course, gy, rule.event(),
                            rule.description(), rule.id()));
        }
        if (ids.isEmpty()) {
            reasons.add(Text.of(Bundle.DOSING, "rt.reason.none", gy));
        }
        return new RadiotherapyRecommendation(action, ids, reasons);
    }
}
