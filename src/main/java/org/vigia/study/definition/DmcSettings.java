package org.vigia.study.definition;

import java.util.List;

/**
 * Data Monitoring Committee: meeting frequency, whether safety summaries are split by arm, stopping rules
 * (NCT07041788: "An independent Data Monitoring Committee (DMC) convenes annually").
 */
public record DmcSettings(boolean required, Integer meetingFrequencyMonths, boolean safetySummariesByArm,
        List<StoppingRule> stoppingRules, String source, boolean assumption, String note) {

    public DmcSettings {
        stoppingRules = Lists.copy(stoppingRules);
    }
}
