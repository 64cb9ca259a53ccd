package org.vigia.consistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.StrataDerivation;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.subject.EligibilityLabRules;
import org.vigia.subject.ScreeningLabs.ScreeningResult;

/**
 * The consistency rules over values that are derived from other records (issue 15, "derived, not typed twice"):
 * a stored randomisation stratum that the subject's baseline forms do not give ({@link ConsistencyRule#STRATA_MISMATCH},
 * {@link StrataDerivation}), and an eligibility lab value that matches no lab result of the subject's screening window
 * ({@link ConsistencyRule#ELIGIBILITY_LAB_UNMATCHED}, {@link EligibilityLabRules}). Both list rows saved before these
 * values were derived; the application refuses new ones.
 * <pre>{@code
 * DerivedDataChecks.strataMismatch(subjects, List.of(new Randomisation(7L, "PDL1_CPS=CPS_1_19|...", def, recorded)));
 * }</pre>
 */
public final class DerivedDataChecks {

    private DerivedDataChecks() {
    }

    /**
     * A randomised subject: its stored stratum key, definition and recorded baseline items ({@code FORM.item}).
     *
     * @param allocationId the randomisation_allocation row
     */
    public record Randomisation(long subjectId, Long allocationId, String stratumKey, LocalDate allocatedOn,
                                StudyDefinition definition, Map<String, Object> recorded) {
    }

    /**
     * A saved eligibility form with the subject's lab results and the screening window (up to the enrolment date,
     * or open for a subject not enrolled).
     */
    public record EligibilityRecord(long subjectId, long formId, StudyDefinition definition,
                                    Map<String, Map<String, Object>> entries, List<ScreeningResult> labResults,
                                    LocalDate windowFrom, LocalDate windowTo) {
    }

    /** STRATA_MISMATCH: the stored stratum differs from the one the recorded baseline data give (or none). */
    public static List<ConsistencyFinding> strataMismatch(Map<Long, ConsistencyChecks.SubjectRow> subjects,
                                                          List<Randomisation> randomisations) {
        List<ConsistencyFinding> out = new ArrayList<>();
        for (Randomisation r : randomisations) {
            ConsistencyChecks.SubjectRow s = subjects.get(r.subjectId());
            if (s == null) {
                continue;
            }
            String derived = StrataDerivation.derivedKey(r.definition(), r.stratumKey(), r.recorded());
            if (!derived.equals(r.stratumKey())) {
                out.add(new ConsistencyFinding(ConsistencyRule.STRATA_MISMATCH, s.siteCode(), s.label(),
                        "RandomisationAllocation", r.allocationId(), r.allocatedOn() == null ? null : r.allocatedOn().toString(),
                        Text.of(Bundle.MESSAGES, "consistency.detail.strataMismatch", r.stratumKey(), derived)));
            }
        }
        return out;
    }

    /** ELIGIBILITY_LAB_UNMATCHED: one finding per lab criterion whose value matches no result of the window. */
    public static List<ConsistencyFinding> eligibilityLabUnmatched(Map<Long, ConsistencyChecks.SubjectRow> subjects,
                                                                   List<EligibilityRecord> forms) {
        List<ConsistencyFinding> out = new ArrayList<>();
        for (EligibilityRecord f : forms) {
            ConsistencyChecks.SubjectRow s = subjects.get(f.subjectId());
            if (s == null) {
                continue;
            }
            for (EligibilityLabRules.Problem p : EligibilityLabRules.problems(f.definition(), f.entries(),
                    test -> f.labResults().stream().filter(r -> r.test() == test
                            && !r.collectedOn().isBefore(f.windowFrom()) && !r.collectedOn().isAfter(f.windowTo())).toList(),
                    f.windowFrom(), f.windowTo())) {
                out.add(new ConsistencyFinding(ConsistencyRule.ELIGIBILITY_LAB_UNMATCHED, s.siteCode(), s.label(),
                        "EligibilityForm", f.formId(), null,
                        Text.of(Bundle.MESSAGES, "consistency.detail.eligibilityLabUnmatched", p.criterionId(), p.text())));
            }
        }
        return out;
    }
}
