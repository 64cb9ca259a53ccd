package org.vigia.study.definition;

import java.time.Duration;

/**
 * Expedited safety reporting (YAML section {@code safetyReporting}): the hours from the site's awareness of a
 * serious adverse event to the initial report to the sponsor (ICH E6(R2) 4.11.1: "immediately"; the protocols: within
 * 24 hours).
 * <pre>{@code
 * Duration window = definition.safetyReporting().initialReportWindow();   // PT24H
 * }</pre>
 *
 * @param initialReportHours hours allowed for the initial SAE report (&gt; 0)
 */
public record SafetyReportingSettings(Integer initialReportHours, String source, boolean assumption, String note) {

    /** {@link #initialReportHours()} as a duration. */
    public Duration initialReportWindow() {
        return Duration.ofHours(initialReportHours);
    }
}
