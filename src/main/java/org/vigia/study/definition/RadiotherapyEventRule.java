package org.vigia.study.definition;

import java.math.BigDecimal;

/**
 * A protocol rule of a radiotherapy course: when {@code event} is recorded (and, if given, the cumulative dose
 * has reached {@code fromCumulativeDoseGy}), take {@code action}. Event codes are data, documented in
 * config/studies/README.md (e.g. {@code COMPLETE_RESPONSE}, {@code ULCER}, {@code SEVERE_RADIATION_INJURY}).
 */
public record RadiotherapyEventRule(String id, String event, BigDecimal fromCumulativeDoseGy,
        RadiotherapyAction action, String description, String source, boolean assumption, String note) {

    /** True when this rule fires for the event at the given cumulative dose. */
    public boolean appliesTo(String recordedEvent, BigDecimal cumulativeDoseGy) {
        if (!event.equals(recordedEvent)) {
            return false;
        }
        return fromCumulativeDoseGy == null
                || (cumulativeDoseGy != null && cumulativeDoseGy.compareTo(fromCumulativeDoseGy) >= 0);
    }
}
