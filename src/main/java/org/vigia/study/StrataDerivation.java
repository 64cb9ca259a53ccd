package org.vigia.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.study.definition.StratificationFactor;
import org.vigia.study.definition.StratumCondition;
import org.vigia.study.definition.StratumLevel;
import org.vigia.study.definition.StudyDefinition;

/**
 * Derives a subject's randomisation strata from the recorded baseline data, as the study definition's levels say
 * ({@code when} conditions on {@code FORM.item} values, see {@link StratumCondition}), so that a stratum is never
 * typed a second time and cannot contradict the data. For each derived factor the levels are tried in file order:
 * the first whose conditions all hold is the subject's level; a level whose conditions cannot be decided because an
 * item is not recorded (and none of them is false) stops the derivation with the first such item missing; when no level fits
 * the recorded value, the factor has no level (e.g. PD-L1 CPS 0, which eligibility excludes).
 * <pre>{@code
 * StrataDerivation.Result r = StrataDerivation.derive(definition,
 *         Map.of("TUMOUR.pdl1Cps", new BigDecimal("25"), "TUMOUR.primarySite", "LARYNX", "ECOG.ecog", 0));
 * r.levels();   // {PDL1_CPS=CPS_GE_20, HPV_OROPHARYNX=OTHER, ECOG=ECOG_0}
 * }</pre>
 * Factors without {@code when} are not derived: their level is the one entered.
 */
public final class StrataDerivation {

    private StrataDerivation() {
    }

    /** The outcome for one factor: its level, or the items missing, or (both empty) no level fits. */
    public record FactorResult(StratificationFactor factor, String level, List<String> missing, String recorded) {

        public boolean derived() {
            return level != null;
        }
    }

    /** The outcome for every derived factor, in the definition's order. */
    public record Result(List<FactorResult> factors) {

        /** factor id → level of the factors that could be derived. */
        public Map<String, String> levels() {
            Map<String, String> m = new LinkedHashMap<>();
            factors.stream().filter(FactorResult::derived).forEach(f -> m.put(f.factor().id(), f.level()));
            return m;
        }

        public boolean complete() {
            return factors.stream().allMatch(FactorResult::derived);
        }

        /** The recorded items still missing, e.g. {@code [TUMOUR.pdl1Cps, ECOG.ecog]}. */
        public List<String> missing() {
            Set<String> m = new LinkedHashSet<>();
            factors.forEach(f -> m.addAll(f.missing()));
            return List.copyOf(m);
        }
    }

    /**
     * @param recorded {@code FORM.item} → recorded value (a number, a code or an integer score); absent or null when
     *                 not recorded
     */
    public static Result derive(StudyDefinition definition, Map<String, ?> recorded) {
        List<FactorResult> out = new ArrayList<>();
        if (definition.allocation() == null) {
            return new Result(out);
        }
        for (StratificationFactor f : definition.allocation().stratificationFactors()) {
            if (f.derived()) {
                out.add(derive(f, recorded));
            }
        }
        return new Result(out);
    }

    static FactorResult derive(StratificationFactor f, Map<String, ?> recorded) {
        Set<String> fields = new LinkedHashSet<>();
        for (StratumLevel level : f.levels()) {
            List<String> unknown = new ArrayList<>();
            boolean holds = true;
            for (StratumCondition c : level.when()) {
                fields.add(c.field());
                Object value = recorded.get(c.field());
                if (value == null || value.toString().isBlank()) {
                    unknown.add(c.field());
                } else if (!test(c, value)) {
                    holds = false;
                }
            }
            if (holds && unknown.isEmpty()) {
                return new FactorResult(f, level.code(), List.of(), describe(fields, recorded));
            }
            if (holds) {
                // the first item not recorded: later ones may not be needed once it is (HPV only for oropharynx)
                return new FactorResult(f, null, List.of(unknown.get(0)), describe(fields, recorded));
            }
        }
        return new FactorResult(f, null, List.of(), describe(fields, recorded));
    }

    private static boolean test(StratumCondition c, Object value) {
        if (!c.in().isEmpty() && !c.in().contains(code(value))) {
            return false;
        }
        if (c.atLeast() != null || c.below() != null) {
            BigDecimal n;
            try {
                n = value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim());
            } catch (NumberFormatException e) {
                return false;
            }
            return (c.atLeast() == null || n.compareTo(c.atLeast()) >= 0)
                    && (c.below() == null || n.compareTo(c.below()) < 0);
        }
        return true;
    }

    private static String code(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString().trim();
    }

    /** The recorded values a factor looked at, e.g. {@code TUMOUR.pdl1Cps=12}, for messages. */
    private static String describe(Set<String> fields, Map<String, ?> recorded) {
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            Object v = recorded.get(field);
            parts.add(field + "=" + (v == null ? "-" : code(v)));
        }
        return String.join(", ", parts);
    }

    /**
     * The stratum key the recorded data give for a subject randomised under {@code storedKey} (the stored level is
     * kept for the factors that are not derived), or a sentence starting "none" naming what is missing or unfitting.
     */
    public static String derivedKey(StudyDefinition def, String storedKey, Map<String, ?> recorded) {
        Result r = derive(def, recorded);
        if (!r.complete()) {
            return "none (missing or unfitting data: " + String.join("; ", r.factors().stream().filter(f -> !f.derived())
                    .map(f -> f.factor().id() + (f.missing().isEmpty() ? " " + f.recorded() : " needs " + f.missing()))
                    .toList()) + ")";
        }
        Map<String, String> levels = new LinkedHashMap<>();
        for (String part : storedKey.split("\\|")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                levels.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        levels.putAll(r.levels());
        try {
            return StratifiedBlockRandomiser.stratumKey(def, levels);
        } catch (IllegalArgumentException e) {
            return "none (" + e.getMessage() + ")";
        }
    }
}
