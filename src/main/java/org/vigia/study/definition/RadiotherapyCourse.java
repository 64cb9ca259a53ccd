package org.vigia.study.definition;

import java.math.BigDecimal;
import java.util.List;

/**
 * A radiotherapy course: technique, dose per fraction, number of fractions and total (each with an optional
 * upper bound when the protocol gives a range, e.g. NCT07041788 SFRT "10-20Gy/1 fraction"), fractions per week,
 * overall time limit, target volumes, dose constraints and event rules (NCT07277764 "Early stop if CR at 50 Gy or
 * ulcer occurs per protocol").
 */
public record RadiotherapyCourse(String id, String name, String technique, BigDecimal dosePerFractionGy,
        BigDecimal dosePerFractionMaxGy, Integer fractions, Integer fractionsMax, BigDecimal totalDoseGy,
        BigDecimal totalDoseMaxGy, Integer fractionsPerWeek, Integer maxOverallTreatmentDays,
        List<RadiotherapyTarget> targets, List<String> constraints, List<RadiotherapyEventRule> eventRules,
        String source, boolean assumption, String note) {

    public RadiotherapyCourse {
        targets = Lists.copy(targets);
        constraints = Lists.copy(constraints);
        eventRules = Lists.copy(eventRules);
    }

    /**
     * The course as an agent for lists such as AE causality:
     * {@code {"id", "name", "class": RADIOTHERAPY, "doseBasis": GY, "dose": Gy per fraction, "unit": "Gy"}}.
     */
    public AgentSummary summary() {
        return new AgentSummary(id, name, AgentClass.RADIOTHERAPY, DoseBasis.GY, dosePerFractionGy, DoseBasis.GY.label());
    }

    /** The rules that fire when {@code event} is recorded at {@code cumulativeDoseGy}. */
    public List<RadiotherapyEventRule> rulesTriggeredBy(String event, BigDecimal cumulativeDoseGy) {
        return eventRules.stream().filter(r -> r.appliesTo(event, cumulativeDoseGy)).toList();
    }
}
