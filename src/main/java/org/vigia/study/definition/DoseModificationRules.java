package org.vigia.study.definition;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A study's dose-modification table, part of the study definition (YAML section {@code doseModification}).
 *
 * @param maxReductions     how many dose reductions an agent may have; one more is a discontinuation. Null = no
 *                          limit beyond what the dose levels allow
 * @param doseLevelsPercent dose levels in percent of the full dose for {@link ResumeDose#NEXT_DOSE_LEVEL}
 *                          (e.g. [100, 75, 50]); empty when unused
 * @param rules             the rows of the table
 * @param source            protocol sentence for the limits, if any
 * @param assumption        true when the limits are not in the protocol text
 * @param note              why, for an assumption
 */
public record DoseModificationRules(Integer maxReductions, List<BigDecimal> doseLevelsPercent,
                                    List<DoseModificationRule> rules, String source, boolean assumption,
                                    String note) {

    public DoseModificationRules {
        if (maxReductions != null && maxReductions < 0) {
            throw new IllegalArgumentException("maxReductions must be ≥ 0");
        }
        doseLevelsPercent = doseLevelsPercent == null ? List.of()
                : doseLevelsPercent.stream().sorted(Comparator.reverseOrder()).toList();
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        if (rules.stream().map(DoseModificationRule::id).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("Dose-modification rule ids must be unique");
        }
        if (rules.stream().anyMatch(r -> r.resumeDose() == ResumeDose.NEXT_DOSE_LEVEL) && doseLevelsPercent.isEmpty()) {
            throw new IllegalArgumentException("NEXT_DOSE_LEVEL rules need doseLevelsPercent");
        }
        if (maxReductions != null || !doseLevelsPercent.isEmpty()) {
            DefinitionChecks.requireSourceOrAssumption("dose-modification limits", source, assumption, note);
        }
    }
}
