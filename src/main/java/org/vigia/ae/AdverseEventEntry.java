package org.vigia.ae;

import java.util.Objects;
import java.util.Set;
import org.vigia.shared.PartialDate;
import org.vigia.terminology.CtcaeTerm;

/**
 * The values of one adverse-event record as entered on the AE form, as far as {@link AdverseEventChecks} reads
 * them. Any value may be {@code null} while the form is incomplete (the collection is empty instead of null).
 *
 * @param term                the CTCAE v5.0 term the event is coded to
 * @param verbatimTerm        the investigator's own words; for a "… - Other, specify" term, the name of the event
 * @param grade               CTCAE grade 1–5
 * @param onset               onset date, possibly partial
 * @param end                 end (resolution) date, possibly partial
 * @param ongoing             whether the event is still going on
 * @param outcome             CDISC AEOUT outcome
 * @param serious             whether the investigator marked the event serious
 * @param seriousnessCriteria the ICH E2A criteria ticked
 */
public record AdverseEventEntry(CtcaeTerm term, String verbatimTerm, Integer grade, PartialDate onset,
        PartialDate end, boolean ongoing, AeOutcome outcome, Boolean serious,
        Set<SeriousnessCriterion> seriousnessCriteria) {

    public AdverseEventEntry {
        seriousnessCriteria = seriousnessCriteria == null ? Set.of() : Set.copyOf(seriousnessCriteria);
    }

    /** Whether {@code serious} is {@code TRUE}. */
    public boolean isSerious() {
        return Boolean.TRUE.equals(serious);
    }

    /** An entry with the given term and grade and nothing else, for building up in tests and services. */
    public static AdverseEventEntry of(CtcaeTerm term, Integer grade) {
        return new AdverseEventEntry(term, null, grade, null, null, false, null, null, Set.of());
    }

    public AdverseEventEntry withVerbatimTerm(String text) {
        return new AdverseEventEntry(term, text, grade, onset, end, ongoing, outcome, serious, seriousnessCriteria);
    }

    public AdverseEventEntry withDates(PartialDate newOnset, PartialDate newEnd) {
        return new AdverseEventEntry(term, verbatimTerm, grade, newOnset, newEnd, ongoing, outcome, serious,
                seriousnessCriteria);
    }

    public AdverseEventEntry withOngoing(boolean newOngoing) {
        return new AdverseEventEntry(term, verbatimTerm, grade, onset, end, newOngoing, outcome, serious,
                seriousnessCriteria);
    }

    public AdverseEventEntry withOutcome(AeOutcome newOutcome) {
        return new AdverseEventEntry(term, verbatimTerm, grade, onset, end, ongoing, newOutcome, serious,
                seriousnessCriteria);
    }

    public AdverseEventEntry withSeriousness(Boolean newSerious, Set<SeriousnessCriterion> criteria) {
        return new AdverseEventEntry(term, verbatimTerm, grade, onset, end, ongoing, outcome, newSerious,
                Objects.requireNonNullElse(criteria, Set.of()));
    }
}
