package org.vigia.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigia.study.definition.ComparisonOperator;
import org.vigia.study.definition.CriterionKind;
import org.vigia.study.definition.CriterionType;
import org.vigia.study.definition.EligibilityCriterion;
import org.vigia.study.definition.StudyDefinition;

/**
 * Eligibility entries for a synthetic subject, as a coordinator would type them: every criterion of the
 * definition met (values just inside each threshold; the subject's age for the age criterion), or, for a screen
 * failure, the first lab criterion not met.
 */
final class DemoEligibility {

    private DemoEligibility() {
    }

    static Map<String, Map<String, Object>> entries(StudyDefinition def, int ageYears, boolean failing) {
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        boolean failed = false;
        for (EligibilityCriterion c : def.eligibility()) {
            Map<String, Object> e = new LinkedHashMap<>();
            if (c.conditional()) {
                e.put("notApplicable", "does not apply to this subject");
            } else if (c.type() == CriterionType.CHECKLIST) {
                e.put("answer", c.kind() == CriterionKind.INCLUSION);
            } else if (c.type() == CriterionType.ULN_MULTIPLE) {
                e.put("value", "20");
                e.put("uln", "40");
            } else if (c.type() == CriterionType.CREATININE_CLEARANCE) {
                e.put("value", "90");
            } else if (c.threshold() != null) {
                boolean age = isAge(c);
                boolean fail = failing && !failed && !age && c.labTest() != null;
                e.put("value", (age ? BigDecimal.valueOf(ageYears) : fail ? outside(c) : inside(c)).toPlainString());
                if (c.unit() != null) {
                    e.put("unit", c.unit());
                }
                failed |= fail;
            }
            entries.put(c.id(), e);
        }
        if (failing && !failed) {
            // no lab criterion to fail: the first inclusion checklist item is not met
            def.eligibility().stream().filter(c -> !c.conditional() && c.type() == CriterionType.CHECKLIST
                    && c.kind() == CriterionKind.INCLUSION).findFirst()
                    .ifPresent(c -> entries.put(c.id(), new LinkedHashMap<>(Map.of("answer", false))));
        }
        return entries;
    }

    /** An age criterion: in years, and named as age (not e.g. "recurrence at least 1 year after radical therapy"). */
    static boolean isAge(EligibilityCriterion c) {
        return c.isAge();
    }

    /**
     * The ages (as {@code Subject.ageOn} counts them) the study's age criteria allow, within the usual 37–77 of
     * head-and-neck cancer trials: {@code [youngest, oldest]}.
     */
    static int[] ageRange(StudyDefinition def) {
        int youngest = 37;
        int oldest = 77;
        for (EligibilityCriterion c : def.eligibility()) {
            if (c.threshold() == null || !isAge(c) || c.conditional()) {
                continue;
            }
            youngest = Math.max(youngest, lower(c.operator(), c.threshold()));
            if (c.upperThreshold() != null) {
                oldest = Math.min(oldest, upper(c.upperOperator(), c.upperThreshold()));
            } else if (c.operator() == ComparisonOperator.LE || c.operator() == ComparisonOperator.LT) {
                oldest = Math.min(oldest, upper(c.operator(), c.threshold()));
            }
        }
        return new int[] {youngest, Math.max(youngest, oldest)};
    }

    private static int lower(ComparisonOperator op, BigDecimal t) {
        return op == ComparisonOperator.GT ? t.intValue() + 1 : t.intValue();
    }

    private static int upper(ComparisonOperator op, BigDecimal t) {
        return op == ComparisonOperator.LT ? t.intValue() - 1 : t.intValue();
    }

    private static BigDecimal inside(EligibilityCriterion c) {
        BigDecimal t = c.threshold();
        return switch (c.operator() == null ? ComparisonOperator.GE : c.operator()) {
            case GT -> t.add(step(t));
            case LT -> t.subtract(step(t));
            default -> t;
        };
    }

    private static BigDecimal outside(EligibilityCriterion c) {
        BigDecimal t = c.threshold();
        return switch (c.operator() == null ? ComparisonOperator.GE : c.operator()) {
            case GE, GT -> t.subtract(step(t)).max(BigDecimal.ZERO);
            case LE, LT -> t.add(step(t));
            case EQ -> t.add(step(t));
        };
    }

    private static BigDecimal step(BigDecimal t) {
        return t.compareTo(BigDecimal.TEN) < 0 ? new BigDecimal("0.1") : BigDecimal.ONE;
    }
}
