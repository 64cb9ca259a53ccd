package org.vigia.ae;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One adverse event with causality and seriousness, for listings (DMC) and CDASH exports ({@link #cdash()}).
 *
 * @param attributions causality (AEREL) and action taken (AEACN) per agent of the arm; agent id RADIOTHERAPY for
 *                     radiotherapy
 */
public record AdverseEventListing(Long id, Long subjectId, String term, String meddraCode, String soc,
        String verbatim, String onset, String endDate, boolean ongoing, int grade, int worstGrade, boolean serious,
        Set<SeriousnessCriterion> seriousnessCriteria, List<AgentAttribution> attributions, String outcome,
        boolean immuneRelated, String immuneCategory, String treatmentGiven, String baselineCondition,
        Long labResultId, AdverseEvent.Status status, String signedBy, Instant signedAt, Instant saeDueAt) {

    /** Causality and action for one agent; values are enum names (e.g. POSSIBLE, DOSE_REDUCED) or null. */
    public record AgentAttribution(String agentId, String agentName, String causality, String actionTaken) {
    }

    static AdverseEventListing of(AdverseEvent e) {
        return new AdverseEventListing(e.getId(), e.getSubjectId(), e.getTerm(), e.getMeddraCode(), e.getSoc(),
                e.getVerbatim(), e.getOnset(), e.getEndDate(), e.isOngoing(), e.getGrade(), e.getWorstGrade(),
                e.isSerious(), e.seriousnessCriteria(), e.getAttributions().stream()
                        .map(a -> new AgentAttribution(a.getAgentId(), a.getAgentName(), a.getCausality(),
                                a.getActionTaken())).toList(),
                e.getOutcome(), e.isImmuneRelated(), e.getImmuneCategory(), e.getTreatmentGiven(),
                e.getBaselineCondition(), e.getLabResultId(), e.getStatus(), e.getSignedBy(), e.getSignedAt(),
                e.getSaeDueAt());
    }

    /** Whether any agent's causality is possible, probable or definite. */
    public boolean isRelated() {
        return attributions.stream().anyMatch(a -> a.causality() != null && Causality.valueOf(a.causality()).isRelated());
    }

    /**
     * The CDASH AE variables: AETERM, AEDECOD, AELLTCD, AEBODSYS, AESTDTC, AEENDTC, AEONGO, AETOXGR (worst), AESER,
     * AESDTH..AESMIE, AEREL_&lt;agent&gt; and AEACN_&lt;agent&gt; per agent, AEOUT. Y/N flags; CDISC submission values.
     */
    public Map<String, String> cdash() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("AETERM", verbatim != null ? verbatim : term);
        m.put("AEDECOD", term);
        m.put("AELLTCD", meddraCode);
        m.put("AEBODSYS", soc);
        m.put("AESTDTC", onset);
        m.put("AEENDTC", endDate);
        m.put("AEONGO", yn(ongoing));
        m.put("AETOXGR", String.valueOf(worstGrade));
        m.put("AESER", yn(serious));
        for (SeriousnessCriterion c : SeriousnessCriterion.values()) {
            m.put(c.cdashVariable(), serious ? yn(seriousnessCriteria.contains(c)) : null);
        }
        for (AgentAttribution a : attributions) {
            m.put("AEREL_" + a.agentId(), a.causality() == null ? null : Causality.valueOf(a.causality()).label().toUpperCase());
            m.put("AEACN_" + a.agentId(), a.actionTaken() == null ? null : ActionTaken.valueOf(a.actionTaken()).submissionValue());
        }
        m.put("AEOUT", outcome == null ? null : AeOutcome.valueOf(outcome).submissionValue());
        return m;
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }
}
