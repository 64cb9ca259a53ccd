package org.vigia.ae;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.vigia.shared.PartialDate;
import org.vigia.terminology.CtcaeTerm;

/**
 * The editable values of an adverse event as the form and the API send them. The service checks them
 * ({@link AdverseEventChecks} plus required values) before {@link AdverseEvent#record} or {@link AdverseEvent#revise}.
 *
 * @param meddraCode          MedDRA code of the CTCAE term (the term picker's value)
 * @param verbatimTerm        investigator's words; required for "Other, specify" terms
 * @param onset               onset, possibly partial
 * @param end                 end date, possibly partial; null while ongoing
 * @param ongoing             whether the event is still going on
 * @param grade               CTCAE grade 1-5
 * @param gradeSince          date the (new) grade applies from; null: onset for a new AE, today for a change
 * @param serious             whether serious
 * @param seriousnessCriteria ICH E2A criteria
 * @param awareness           when the site became aware that the AE is serious (start of the 24-hour clock); null:
 *                            now (or unchanged)
 * @param attributions        causality and action per agent (and radiotherapy)
 * @param outcome             AEOUT
 * @param immuneRelated       whether immune-related
 * @param immuneCategory      irAE category
 * @param treatmentGiven      treatment given for the AE, e.g. "prednisone 1 mg/kg/day"
 * @param baselineCondition   the baseline condition this AE is a worsening of, if any
 */
public record AdverseEventDetails(String meddraCode, String verbatimTerm, PartialDate onset, PartialDate end,
        boolean ongoing, Integer grade, PartialDate gradeSince, Boolean serious,
        Set<SeriousnessCriterion> seriousnessCriteria, Instant awareness, List<Attribution> attributions,
        AeOutcome outcome, boolean immuneRelated, ImmuneRelatedCategory immuneCategory, String treatmentGiven,
        String baselineCondition) {

    public AdverseEventDetails {
        seriousnessCriteria = seriousnessCriteria == null ? Set.of() : Set.copyOf(seriousnessCriteria);
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
    }

    /**
     * Causality and action for one agent.
     *
     * @param agentId     agent id from the study definition, or {@link AdverseEventAttribution#RADIOTHERAPY}
     * @param agentName   its name, for lists and exports
     * @param causality   null while not yet assessed
     * @param actionTaken null while not yet known
     */
    public record Attribution(String agentId, String agentName, Causality causality, ActionTaken actionTaken) {
    }

    public boolean isSerious() {
        return Boolean.TRUE.equals(serious);
    }

    PartialDate gradeSinceOr(PartialDate fallback) {
        return gradeSince == null ? fallback : gradeSince;
    }

    /** The values as the edit checks read them. */
    public AdverseEventEntry entry(CtcaeTerm term) {
        return new AdverseEventEntry(term, verbatimTerm, grade, onset, end, ongoing, outcome, serious,
                seriousnessCriteria);
    }
}
