package org.vigia.study;

import java.util.List;
import java.util.Optional;

/** The overall eligibility outcome, every criterion's result (in definition order) and the reasons. */
public record EligibilityAssessment(EligibilityOutcome outcome, List<CriterionResult> results, List<String> reasons) {

    public EligibilityAssessment {
        results = List.copyOf(results);
        reasons = List.copyOf(reasons);
    }

    public Optional<CriterionResult> find(String criterionId) {
        return results.stream().filter(r -> r.criterionId().equals(criterionId)).findFirst();
    }

    /** The result for this criterion; throws {@link java.util.NoSuchElementException} if none. */
    public CriterionResult get(String criterionId) {
        return find(criterionId).orElseThrow();
    }
}
