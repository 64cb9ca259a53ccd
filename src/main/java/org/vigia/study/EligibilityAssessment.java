package org.vigia.study;

import java.util.List;
import java.util.Optional;
import org.vigia.shared.text.Text;

/**
 * The overall eligibility outcome, every criterion's result (in definition order) and the reasons, as texts to be
 * rendered in the reader's language ({@link #reasons()}: in English, for the API).
 */
public record EligibilityAssessment(EligibilityOutcome outcome, List<CriterionResult> results, List<Text> reasonTexts) {

    public EligibilityAssessment {
        results = List.copyOf(results);
        reasonTexts = List.copyOf(reasonTexts);
    }

    /** The reasons in English. */
    public List<String> reasons() {
        return reasonTexts.stream().map(Text::english).toList();
    }

    public Optional<CriterionResult> find(String criterionId) {
        return results.stream().filter(r -> r.criterionId().equals(criterionId)).findFirst();
    }

    /** The result for this criterion; throws {@link java.util.NoSuchElementException} if none. */
    public CriterionResult get(String criterionId) {
        return find(criterionId).orElseThrow();
    }
}
