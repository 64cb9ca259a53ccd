package org.vigia.study.definition;

import java.util.List;

/**
 * One level of a stratification factor, e.g. {@code CPS_1_19} "PD-L1 CPS 1-19", and when the recorded baseline data
 * put a subject in it ({@code when}: every condition must hold; a level without conditions is the "otherwise" level,
 * last in its factor). The levels of a factor are tried in file order; see {@code org.vigia.study.StrataDerivation}.
 * <pre>{@code
 * - code: CPS_GE_20
 *   label: "CPS ≥20"
 *   when: [{field: TUMOUR.pdl1Cps, atLeast: 20}]
 * }</pre>
 */
public record StratumLevel(String code, String label, List<StratumCondition> when) {

    public StratumLevel {
        when = Lists.copy(when);
    }
}
