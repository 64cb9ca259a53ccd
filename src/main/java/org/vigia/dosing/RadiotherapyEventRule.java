package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A protocol rule that changes a radiotherapy course on an event, from the study definition. It fires when the
 * course's cumulative dose is at least {@code cumulativeDoseAtLeastGy} (if set) and any of the conditions holds
 * (if any are listed). NCT07277764: "Early stop if CR at 50 Gy or ulcer occurs per protocol" becomes
 * <pre>
 * - id: stop-early-cr-or-ulcer-at-50-gy
 *   course: IMRT
 *   cumulativeDoseAtLeastGy: 50
 *   anyOf: [{response: CR}, {finding: ULCER}]
 *   recommend: STOP_EARLY
 * </pre>
 *
 * @param id                      short identifier
 * @param course                  the prescription's course name it applies to, or null for any course
 * @param cumulativeDoseAtLeastGy dose from which it applies, or null for any dose
 * @param anyOf                   conditions, any of which triggers it; empty = the dose alone triggers it
 * @param recommend               the recommendation when it fires
 * @param source                  protocol sentence
 * @param assumption              true when not in the protocol text
 * @param note                    a reading of the source, or why for an assumption
 */
public record RadiotherapyEventRule(String id, String course, BigDecimal cumulativeDoseAtLeastGy,
                                    List<RadiotherapyCondition> anyOf, RadiotherapyAction recommend, String source,
                                    boolean assumption, String note) {

    public RadiotherapyEventRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recommend, "recommend of rule " + id);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
        if (cumulativeDoseAtLeastGy == null && anyOf.isEmpty()) {
            throw new IllegalArgumentException("Radiotherapy rule " + id + " needs a dose threshold or a condition");
        }
        DefinitionChecks.requireSourceOrAssumption("radiotherapy rule " + id, source, assumption, note);
    }

    boolean firesFor(RadiotherapyCourse course, RadiotherapyObservation observation) {
        if (this.course != null && !DoseModificationRule.sameText(this.course, course.prescription().course())) {
            return false;
        }
        if (cumulativeDoseAtLeastGy != null && course.cumulativeDoseGy().compareTo(cumulativeDoseAtLeastGy) < 0) {
            return false;
        }
        return anyOf.isEmpty() || anyOf.stream().anyMatch(c -> c.holds(observation));
    }
}
