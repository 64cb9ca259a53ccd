package org.vigia.study;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.vigia.shared.clinical.CreatinineClearance;
import org.vigia.shared.clinical.Sex;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.EligibilityEntry.Answer;
import org.vigia.study.EligibilityEntry.CockcroftGaultInputs;
import org.vigia.study.EligibilityEntry.Measurement;
import org.vigia.study.EligibilityEntry.NotApplicable;
import org.vigia.study.EligibilityEntry.UlnRelative;
import org.vigia.study.definition.AlternativeThreshold;
import org.vigia.study.definition.ComparisonOperator;
import org.vigia.study.definition.CriterionKind;
import org.vigia.study.definition.CriterionType;
import org.vigia.study.definition.EligibilityCriterion;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.terminology.LabTest;

/**
 * Evaluates a subject's entered data against the eligibility criteria of a study definition (the registry
 * inclusion/exclusion lists, encoded in config/studies/*.yaml).
 * <ul>
 *   <li>NUMERIC: value (converted with {@link LabTest} when entered in another unit of the criterion's test)
 *       compared with operator/threshold (and upper operator/threshold for a range such as age 18-75)</li>
 *   <li>ULN_MULTIPLE: value ÷ ULN compared with the ×ULN threshold</li>
 *   <li>CREATININE_CLEARANCE: the entered mL/min, or Cockcroft-Gault from age, sex, weight and creatinine</li>
 *   <li>CHECKLIST: yes/no; for an exclusion item "yes" means the excluding condition is present</li>
 *   <li>An alternative threshold replaces the criterion's own when the subject has its condition (first matching
 *       alternative in file order); a waived alternative makes the criterion NOT_APPLICABLE</li>
 *   <li>An investigator override (with reason) makes the criterion MET_BY_OVERRIDE</li>
 *   <li>Criteria sharing an {@code anyOf} group are alternatives: the group is satisfied when one member is</li>
 * </ul>
 * Overall: any criterion (or group) NOT_MET → NOT_ELIGIBLE; else any MISSING → INCOMPLETE; else ELIGIBLE.
 * <pre>{@code
 * EligibilityAssessment a = new EligibilityRules().assess(definition, input);
 * if (a.outcome() == EligibilityOutcome.NOT_ELIGIBLE) { a.reasons().forEach(System.out::println); }
 * }</pre>
 * Entries of the wrong kind for a criterion, or for a criterion id the definition does not have, are programming
 * errors and throw {@link IllegalArgumentException}.
 */
public final class EligibilityRules {

    /** The message of a criterion that is met: none. */
    private static final Text NONE = Text.plain("");

    /** Evaluates every criterion of {@code definition} against {@code input}. */
    public EligibilityAssessment assess(StudyDefinition definition, EligibilityInput input) {
        for (String id : input.entries().keySet()) {
            requireCriterion(definition, id);
        }
        for (String id : input.overrides().keySet()) {
            requireCriterion(definition, id);
        }
        List<CriterionResult> results = new ArrayList<>();
        for (EligibilityCriterion c : definition.eligibility()) {
            results.add(evaluate(c, input));
        }
        return summarise(definition, results);
    }

    /** Evaluates one criterion. */
    public CriterionResult evaluate(EligibilityCriterion c, EligibilityInput input) {
        String override = input.overrides().get(c.id());
        EligibilityEntry entry = input.entries().get(c.id());
        Threshold threshold = thresholdFor(c, input);
        Evaluation evaluation;
        if (threshold.waivedBy != null) {
            evaluation = new Evaluation(CriterionStatus.NOT_APPLICABLE, null, valueText(c, entry),
                    Text.of(Bundle.SUBJECT, "elig.result.waived", threshold.waivedBy));
        } else if (entry == null) {
            evaluation = new Evaluation(CriterionStatus.MISSING, null, NONE, Text.of(Bundle.SUBJECT, "elig.result.missing"));
        } else if (entry instanceof NotApplicable na) {
            if (!c.conditional()) {
                throw new IllegalArgumentException(c.id() + " is not conditional: it cannot be answered 'not applicable'");
            }
            evaluation = new Evaluation(CriterionStatus.NOT_APPLICABLE, null, Text.of(Bundle.SUBJECT, "elig.value.notApplicable"),
                    na.reason() == null ? Text.of(Bundle.SUBJECT, "elig.result.notApplicable")
                            : Text.of(Bundle.SUBJECT, "elig.result.notApplicableBecause", na.reason()));
        } else {
            evaluation = c.type() == CriterionType.CHECKLIST ? checklist(c, entry) : computable(c, entry, threshold);
        }
        if (override != null) {
            return new CriterionResult(c.id(), c.kind(), c.label(), CriterionStatus.MET_BY_OVERRIDE, evaluation.value,
                    evaluation.valueText, threshold.text, override,
                    Text.of(Bundle.SUBJECT, "elig.result.overridden", evaluation.status, override));
        }
        return new CriterionResult(c.id(), c.kind(), c.label(), evaluation.status, evaluation.value,
                evaluation.valueText, threshold.text, null, evaluation.message);
    }

    private record Evaluation(CriterionStatus status, BigDecimal value, Text valueText, Text message) {
    }

    private record Threshold(ComparisonOperator operator, BigDecimal threshold, ComparisonOperator upperOperator,
            BigDecimal upperThreshold, Text text, String waivedBy) {
    }

    private static Threshold thresholdFor(EligibilityCriterion c, EligibilityInput input) {
        Optional<AlternativeThreshold> alternative = c.alternatives().stream()
                .filter(a -> input.subjectConditions().contains(a.when())).findFirst();
        if (alternative.isPresent()) {
            AlternativeThreshold a = alternative.get();
            if (a.waived()) {
                return new Threshold(null, null, null, null, Text.of(Bundle.SUBJECT, "elig.threshold.waived", a.when()),
                        a.when());
            }
            String bound = a.operator().symbol() + " " + a.threshold().toPlainString();
            Text text = Text.of(Bundle.SUBJECT, "elig.threshold.alternative",
                    c.unit() == null ? Text.plain(bound) : EligibilityCriterion.quantity(bound, c.unit()), a.when());
            return new Threshold(a.operator(), a.threshold(), null, null, text, null);
        }
        return new Threshold(c.operator(), c.threshold(), c.upperOperator(), c.upperThreshold(),
                c.type() == CriterionType.CHECKLIST ? checklistText(c) : c.thresholdLabel(), null);
    }

    private static Text checklistText(EligibilityCriterion c) {
        return Text.of(Bundle.SUBJECT, c.kind() == CriterionKind.INCLUSION
                ? "elig.threshold.yesRequired" : "elig.threshold.mustBeAbsent");
    }

    private static Evaluation checklist(EligibilityCriterion c, EligibilityEntry entry) {
        if (!(entry instanceof Answer answer)) {
            throw new IllegalArgumentException(c.id() + " is a checklist item: enter yes or no, not " + entry);
        }
        boolean satisfied = c.kind() == CriterionKind.INCLUSION ? answer.yes() : !answer.yes();
        Text text = Text.of(Bundle.SUBJECT, answer.yes() ? "elig.value.yes" : "elig.value.no");
        return new Evaluation(satisfied ? CriterionStatus.MET : CriterionStatus.NOT_MET, null, text,
                satisfied ? NONE : Text.of(Bundle.SUBJECT, c.kind() == CriterionKind.INCLUSION
                        ? "elig.result.notFulfilled" : "elig.result.excludingPresent"));
    }

    private static Evaluation computable(EligibilityCriterion c, EligibilityEntry entry, Threshold t) {
        BigDecimal value;
        Text text;
        switch (c.type()) {
            case NUMERIC -> {
                if (!(entry instanceof Measurement m)) {
                    throw new IllegalArgumentException(c.id() + " needs a value, not " + entry);
                }
                value = inCriterionUnit(c, m.value(), m.unit());
                Text inUnit = EligibilityCriterion.quantity(plain(value), c.unit());
                text = sameUnit(m.unit(), c.unit()) ? inUnit : Text.of(Bundle.SUBJECT, "elig.value.converted", inUnit,
                        EligibilityCriterion.quantity(plain(m.value()), m.unit()));
            }
            case ULN_MULTIPLE -> {
                if (entry instanceof UlnRelative u) {
                    BigDecimal v = u.value();
                    BigDecimal uln = u.upperLimitOfNormal();
                    Optional<LabTest> test = c.findLabTest();
                    if (test.isPresent() && u.unit() != null && u.ulnUnit() != null && !sameUnit(u.unit(), u.ulnUnit())) {
                        v = test.get().toCanonical(v, u.unit());
                        uln = test.get().toCanonical(uln, u.ulnUnit());
                    }
                    value = v.divide(uln, MathContext.DECIMAL64);
                    text = Text.of(Bundle.SUBJECT, "elig.value.ulnRatio", plain(value.setScale(4, java.math.RoundingMode.HALF_UP)),
                            u.unit() == null ? plain(u.value()) : EligibilityCriterion.quantity(plain(u.value()), u.unit()),
                            plain(u.upperLimitOfNormal()));
                } else if (entry instanceof Measurement m && (m.unit() == null || "×ULN".equals(m.unit()))) {
                    value = m.value();
                    text = EligibilityCriterion.quantity(plain(value), "×ULN");
                } else {
                    throw new IllegalArgumentException(c.id() + " needs a value and its ULN, not " + entry);
                }
            }
            case CREATININE_CLEARANCE -> {
                if (entry instanceof CockcroftGaultInputs g) {
                    value = CreatinineClearance.cockcroftGault(g.ageYears(), g.sex(), g.weightKg(),
                            g.serumCreatinine(), g.creatinineUnit());
                    text = Text.of(Bundle.SUBJECT, "elig.value.cockcroftGault", plain(value), g.ageYears(),
                            Text.of(Bundle.SUBJECT, g.sex() == Sex.FEMALE ? "elig.value.female" : "elig.value.male"),
                            plain(g.weightKg()), plain(g.serumCreatinine()), g.creatinineUnit());
                } else if (entry instanceof Measurement m && (m.unit() == null || sameUnit(m.unit(), "mL/min"))) {
                    value = m.value();
                    text = EligibilityCriterion.quantity(plain(value), "mL/min");
                } else {
                    throw new IllegalArgumentException(c.id() + " needs mL/min or Cockcroft-Gault inputs, not " + entry);
                }
            }
            default -> throw new IllegalStateException("Unexpected type " + c.type());
        }
        boolean holds = t.operator().test(value, t.threshold())
                && (t.upperOperator() == null || t.upperOperator().test(value, t.upperThreshold()));
        boolean satisfied = c.kind() == CriterionKind.INCLUSION ? holds : !holds;
        Text message = satisfied ? NONE : Text.of(Bundle.SUBJECT, c.kind() == CriterionKind.INCLUSION
                ? "elig.result.notMet" : "elig.result.excluded", text, t.text());
        return new Evaluation(satisfied ? CriterionStatus.MET : CriterionStatus.NOT_MET, value, text, message);
    }

    private static BigDecimal inCriterionUnit(EligibilityCriterion c, BigDecimal value, String unit) {
        if (unit == null || sameUnit(unit, c.unit())) {
            return value;
        }
        LabTest test = c.findLabTest().orElseThrow(() -> new IllegalArgumentException(
                c.id() + " is expressed in " + c.unit() + "; cannot convert from " + unit));
        return test.convert(value, unit, c.unit()).stripTrailingZeros();
    }

    private static boolean sameUnit(String a, String b) {
        return a == null || b == null || a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""));
    }

    private static Text valueText(EligibilityCriterion c, EligibilityEntry entry) {
        if (entry instanceof Measurement m) {
            return EligibilityCriterion.quantity(plain(m.value()), m.unit() == null ? c.unit() : m.unit());
        }
        if (entry instanceof UlnRelative u) {
            return Text.of(Bundle.SUBJECT, "elig.value.withUln", plain(u.value()), plain(u.upperLimitOfNormal()));
        }
        return Text.plain(entry == null ? "" : entry.toString());
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static EligibilityAssessment summarise(StudyDefinition definition, List<CriterionResult> results) {
        Map<String, List<CriterionResult>> units = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            EligibilityCriterion c = definition.eligibility().get(i);
            String key = c.anyOf() == null ? "criterion:" + c.id() : "anyOf:" + c.anyOf();
            units.computeIfAbsent(key, k -> new ArrayList<>()).add(results.get(i));
        }
        List<Text> notMet = new ArrayList<>();
        List<Text> missing = new ArrayList<>();
        for (Map.Entry<String, List<CriterionResult>> unit : units.entrySet()) {
            List<CriterionResult> members = unit.getValue();
            if (members.stream().anyMatch(r -> r.status().isSatisfied())) {
                continue;
            }
            boolean group = unit.getKey().startsWith("anyOf:");
            String ids = String.valueOf(members.stream().map(CriterionResult::criterionId).toList());
            UnaryOperator<Text> inGroup = t -> group ? Text.of(Bundle.SUBJECT, "elig.reason.oneOf", ids, t) : t;
            if (members.stream().anyMatch(r -> r.status() == CriterionStatus.MISSING)) {
                members.stream().filter(r -> r.status() == CriterionStatus.MISSING).forEach(r -> missing.add(
                        inGroup.apply(Text.of(Bundle.SUBJECT, "elig.reason.missing", r.criterionId(), r.label()))));
            } else {
                members.forEach(r -> notMet.add(inGroup.apply(Text.of(Bundle.SUBJECT, "elig.reason.notMet", r.criterionId(),
                        r.label(), r.messageText()))));
            }
        }
        EligibilityOutcome outcome = !notMet.isEmpty() ? EligibilityOutcome.NOT_ELIGIBLE
                : !missing.isEmpty() ? EligibilityOutcome.INCOMPLETE : EligibilityOutcome.ELIGIBLE;
        List<Text> reasons = new ArrayList<>(notMet);
        reasons.addAll(missing);
        return new EligibilityAssessment(outcome, results, reasons);
    }

    private static void requireCriterion(StudyDefinition definition, String id) {
        if (definition.findCriterion(id).isEmpty()) {
            throw new IllegalArgumentException(definition.registryId() + " has no eligibility criterion '" + id + "'");
        }
    }
}
