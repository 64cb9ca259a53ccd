package org.vigia.study.definition;

import java.util.List;
import java.util.Optional;

/**
 * A randomisation stratification factor with its levels (NCT07264075; the registry names none, so the
 * factors in its file are assumptions, marked {@code assumption: true}).
 */
public record StratificationFactor(String id, String name, List<StratumLevel> levels, String source,
        boolean assumption, String note) {

    public StratificationFactor {
        levels = Lists.copy(levels);
    }

    /** Whether the level is derived from the recorded baseline data (its levels say {@code when}). */
    public boolean derived() {
        return levels.stream().anyMatch(l -> !l.when().isEmpty());
    }

    public Optional<StratumLevel> findLevel(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
