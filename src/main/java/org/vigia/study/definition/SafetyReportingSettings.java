package org.vigia.study.definition;

import java.time.Duration;

/**
 * Expedited safety reporting (YAML section {@code safetyReporting}): the hours from the site's awareness of a
 * serious adverse event to the initial report to the sponsor (ICH E6(R2) 4.11.1: "immediately"; the protocols: within
 * 24 hours), and the days an investigator has to decide a lab-based AE proposal before it is listed as overdue on the
 * work lists (optional; {@value #DEFAULT_PROPOSAL_DECISION_DAYS} when absent: no protocol states a value).
 * <pre>{@code
 * Duration window = definition.safetyReporting().initialReportWindow();   // PT24H
 * int days = definition.safetyReporting().proposalDecisionLimitDays();    // 7 unless the definition says otherwise
 * }</pre>
 *
 * @param initialReportHours   hours allowed for the initial SAE report (&gt; 0)
 * @param proposalDecisionDays days from a lab result's collection to the decision on the AE it proposes (&gt; 0), or
 *                             null for {@value #DEFAULT_PROPOSAL_DECISION_DAYS}
 */
public record SafetyReportingSettings(Integer initialReportHours, Integer proposalDecisionDays, String source,
                                      boolean assumption, String note) {

    /** Days to decide a lab-based AE proposal when the definition gives none. */
    public static final int DEFAULT_PROPOSAL_DECISION_DAYS = 7;

    /** {@link #proposalDecisionDays()}, or {@value #DEFAULT_PROPOSAL_DECISION_DAYS} when absent. */
    public int proposalDecisionLimitDays() {
        return proposalDecisionDays == null ? DEFAULT_PROPOSAL_DECISION_DAYS : proposalDecisionDays;
    }

    /** {@link #initialReportHours()} as a duration. */
    public Duration initialReportWindow() {
        return Duration.ofHours(initialReportHours);
    }
}
