package org.vigia.study;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The entered eligibility data of one subject: an entry per criterion id, the subject conditions that switch
 * thresholds (e.g. {@code LIVER_METASTASES}), and investigator overrides (criterion id → reason).
 * Immutable; build it with the {@code with…} methods:
 * <pre>{@code
 * EligibilityInput input = EligibilityInput.empty()
 *         .with("INC07A_ANC", EligibilityEntry.value("1.6"))
 *         .withCondition("LIVER_METASTASES")
 *         .withOverride("INC06_LIFE_EXPECTANCY", "Oncologist estimate documented on 2025-03-02");
 * }</pre>
 */
public record EligibilityInput(Map<String, EligibilityEntry> entries, Set<String> subjectConditions,
        Map<String, String> overrides) {

    public EligibilityInput {
        entries = Map.copyOf(entries);
        subjectConditions = Set.copyOf(subjectConditions);
        overrides = Map.copyOf(overrides);
    }

    public static EligibilityInput empty() {
        return new EligibilityInput(Map.of(), Set.of(), Map.of());
    }

    public EligibilityInput with(String criterionId, EligibilityEntry entry) {
        Map<String, EligibilityEntry> copy = new LinkedHashMap<>(entries);
        copy.put(criterionId, entry);
        return new EligibilityInput(copy, subjectConditions, overrides);
    }

    public EligibilityInput withCondition(String conditionCode) {
        Set<String> copy = new LinkedHashSet<>(subjectConditions);
        copy.add(conditionCode);
        return new EligibilityInput(entries, copy, overrides);
    }

    /** The investigator declares the criterion met despite the data, for the given (non-blank) reason. */
    public EligibilityInput withOverride(String criterionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An override of " + criterionId + " needs a reason");
        }
        Map<String, String> copy = new LinkedHashMap<>(overrides);
        copy.put(criterionId, reason);
        return new EligibilityInput(entries, subjectConditions, copy);
    }
}
