package org.vigia.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.vigia.terminology.LabTest;
import java.util.Map;
import org.vigia.study.definition.ComparisonOperator;
import org.vigia.study.definition.CriterionKind;
import org.vigia.study.definition.CriterionType;
import org.vigia.study.definition.EligibilityCriterion;
import org.vigia.study.definition.StudyDefinition;

/**
 * Eligibility entries for a synthetic subject, as a coordinator fills the form: every criterion of the definition
 * met, or, for a screen failure, the first lab criterion not met. Nothing is typed twice: the age is left to the
 * server (computed from the year of birth and the consent date); each lab criterion takes the value of the
 * subject's screening result of its test ({@link #missingLabs} says which results to record first, with a value
 * inside the threshold, or outside it for the failing criterion); the ECOG and PD-L1 CPS criteria take the values of
 * the baseline forms.
 */
final class DemoEligibility {

    private DemoEligibility() {
    }

    /** A recorded screening result: value and unit as entered, canonical value and ULN (canonical, may be null). */
    record Result(LabTest test, BigDecimal value, String unit, BigDecimal canonical, BigDecimal uln) {
    }

    /** A result to record before the form: test, value and unit. */
    record NeededLab(LabTest test, BigDecimal value, String unit) {
    }

    /** The lab criterion a screen failure fails on: the first NUMERIC one with a lab test. */
    static EligibilityCriterion failingCriterion(StudyDefinition def) {
        return def.eligibility().stream().filter(c -> !c.conditional() && c.type() == CriterionType.NUMERIC
                && c.findLabTest().isPresent() && c.threshold() != null).findFirst().orElse(null);
    }

    /**
     * The results to record so that every lab criterion has one: for tests without a result, a value inside the
     * threshold (in the criterion's unit; ×ULN criteria: half the ULN, {@code uln} gives it in the canonical unit, or
     * null when no normal range applies);
     * for a failing subject, the failing criterion's test outside it.
     */
    static List<NeededLab> missingLabs(StudyDefinition def, Set<LabTest> recorded, boolean failing,
                                       java.util.function.Function<LabTest, BigDecimal> uln) {
        List<NeededLab> out = new ArrayList<>();
        Set<LabTest> covered = new HashSet<>(recorded);
        EligibilityCriterion fail = failing ? failingCriterion(def) : null;
        if (fail != null) {
            LabTest t = fail.findLabTest().orElseThrow();
            out.add(new NeededLab(t, outside(fail), unitFor(t, fail.unit())));
            covered.add(t);
        }
        for (EligibilityCriterion c : def.eligibility()) {
            if (c.conditional() || c.type() == CriterionType.CHECKLIST || c.type() == CriterionType.CREATININE_CLEARANCE
                    || c.findLabTest().isEmpty() || covered.contains(c.findLabTest().get())) {
                continue;
            }
            LabTest t = c.findLabTest().get();
            if (c.type() == CriterionType.ULN_MULTIPLE) {
                BigDecimal u = uln.apply(t);
                // half the ULN; without a normal range, a plausible value whose ULN the form gives as twice it
                BigDecimal v = u != null ? u.divide(BigDecimal.valueOf(2)).setScale(1, java.math.RoundingMode.HALF_UP)
                        : t.isPlausible(BigDecimal.valueOf(20), t.canonicalUnit()) ? BigDecimal.valueOf(20) : t.plausibleMin();
                out.add(new NeededLab(t, v, t.canonicalUnit()));
                covered.add(t);
            } else if (c.threshold() != null) {
                out.add(new NeededLab(t, inside(c), unitFor(t, c.unit())));
                covered.add(t);
            }
        }
        return out;
    }

    private static String unitFor(LabTest t, String criterionUnit) {
        return criterionUnit != null && t.accepts(criterionUnit) ? criterionUnit : t.canonicalUnit();
    }

    /**
     * @param results   the subject's screening results, latest per test
     * @param baseline  baseline values by criterion unit: {@code "ECOG"} → the ECOG form's score, {@code "CPS"} → the
     *                  tumour form's PD-L1 CPS
     */
    static Map<String, Map<String, Object>> entries(StudyDefinition def, boolean failing, Map<LabTest, Result> results,
                                                    Map<String, BigDecimal> baseline) {
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        EligibilityCriterion failingLab = failing ? failingCriterion(def) : null;
        boolean failed = failingLab != null && results.containsKey(failingLab.findLabTest().orElseThrow());
        for (EligibilityCriterion c : def.eligibility()) {
            Map<String, Object> e = new LinkedHashMap<>();
            Result r = c.findLabTest().map(results::get).orElse(null);
            if (c.conditional()) {
                e.put("notApplicable", "does not apply to this subject");
            } else if (c.type() == CriterionType.CHECKLIST) {
                e.put("answer", c.kind() == CriterionKind.INCLUSION);
            } else if (c.type() == CriterionType.ULN_MULTIPLE && r != null) {
                e.put("value", r.canonical().stripTrailingZeros().toPlainString());
                e.put("uln", (r.uln() != null ? r.uln() : r.canonical().multiply(BigDecimal.valueOf(2)))
                        .stripTrailingZeros().toPlainString());
            } else if (c.type() == CriterionType.ULN_MULTIPLE) {
                e.put("value", "20");
                e.put("uln", "40");
            } else if (c.type() == CriterionType.CREATININE_CLEARANCE) {
                e.put("value", "90");
            } else if (c.isAge()) {
                continue;
            } else if (r != null) {
                e.put("value", r.value().stripTrailingZeros().toPlainString());
                e.put("unit", r.unit());
            } else if (c.threshold() != null) {
                BigDecimal recorded = c.unit() == null ? null : baseline.get(c.unit());
                e.put("value", (recorded != null ? recorded : inside(c)).toPlainString());
                if (c.unit() != null) {
                    e.put("unit", c.unit());
                }
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
