package org.vigia.subject;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.clinical.Sex;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.EligibilityEntry;
import org.vigia.study.EligibilityInput;
import org.vigia.study.definition.CriterionType;
import org.vigia.study.definition.EligibilityCriterion;
import org.vigia.study.definition.StudyDefinition;

/**
 * Turns what a screen or API call entered for each eligibility criterion (a small map per criterion id) into an
 * {@link EligibilityInput} for {@link org.vigia.study.EligibilityRules}. Keys of an entry:
 * <ul>
 *   <li>{@code notApplicable}: a reason (conditional criteria only, e.g. HBV DNA without HBV infection)</li>
 *   <li>CHECKLIST: {@code answer} true/false ("yes"/"no"); for an exclusion, true = the condition is present</li>
 *   <li>NUMERIC: {@code value} and optionally {@code unit} (another unit of the criterion's lab test is converted)</li>
 *   <li>ULN_MULTIPLE: {@code value} and {@code uln} (optionally {@code unit}); or {@code value} alone as ×ULN</li>
 *   <li>CREATININE_CLEARANCE: {@code value} in mL/min, or {@code creatinine}, {@code creatinineUnit}
 *       (mg/dL, µmol/L) and {@code weightKg}: Cockcroft-Gault with the subject's age and sex</li>
 * </ul>
 * Blank entries are left out (the criterion stays MISSING). A value that is not a number is refused with the
 * criterion id as the field.
 * <pre>{@code
 * EligibilityInput in = EligibilityEntries.toInput(def, Map.of("INC07A_ANC", Map.of("value", "1.6")),
 *         Set.of(), Map.of(), 64, Sex.MALE);
 * }</pre>
 */
public final class EligibilityEntries {

    private EligibilityEntries() {
    }

    public static EligibilityInput toInput(StudyDefinition def, Map<String, Map<String, Object>> entries,
                                           Iterable<String> conditions, Map<String, String> overrides,
                                           int ageYears, Sex sex) {
        FieldErrors errors = new FieldErrors();
        EligibilityInput input = EligibilityInput.empty();
        Map<String, Map<String, Object>> all = entries == null ? Map.of() : entries;
        for (Map.Entry<String, Map<String, Object>> e : all.entrySet()) {
            EligibilityCriterion c = def.findCriterion(e.getKey()).orElse(null);
            if (c == null) {
                errors.require(false, e.getKey(), Text.of(Bundle.SUBJECT, "elig.refused.unknownCriterionOf", e.getKey(), def.registryId()));
                continue;
            }
            try {
                EligibilityEntry entry = toEntry(c, e.getValue(), ageYears, sex);
                if (entry != null) {
                    input = input.with(c.id(), entry);
                }
            } catch (IllegalArgumentException ex) {
                errors.require(false, c.id(), c.id() + ": " + ex.getMessage());
            }
        }
        if (conditions != null) {
            for (String code : conditions) {
                boolean known = def.subjectConditions().stream().anyMatch(s -> s.code().equals(code));
                errors.require(known, "conditions", Text.of(Bundle.SUBJECT, "elig.refused.unknownCondition", code));
                if (known) {
                    input = input.withCondition(code);
                }
            }
        }
        if (overrides != null) {
            for (Map.Entry<String, String> o : overrides.entrySet()) {
                if (o.getValue() == null || o.getValue().isBlank()) {
                    continue;
                }
                boolean known = def.findCriterion(o.getKey()).isPresent();
                errors.require(known, o.getKey(), Text.of(Bundle.SUBJECT, "elig.refused.unknownCriterion", o.getKey()));
                if (known) {
                    input = input.withOverride(o.getKey(), o.getValue().trim());
                }
            }
        }
        errors.throwIfAny();
        return input;
    }

    /** One criterion's entry, or null when nothing was entered. */
    static EligibilityEntry toEntry(EligibilityCriterion c, Map<String, Object> raw, int ageYears, Sex sex) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Object na = raw.get("notApplicable");
        if (na != null && !Boolean.FALSE.equals(na) && !"".equals(na) && !"false".equals(na)) {
            if (!c.conditional()) {
                throw new IllegalArgumentException("this criterion applies to every subject; it cannot be 'not applicable'.");
            }
            return EligibilityEntry.notApplicable(na instanceof String s ? s : null);
        }
        if (c.type() == CriterionType.CHECKLIST) {
            Object a = raw.get("answer");
            if (a == null || "".equals(a)) {
                return null;
            }
            String t = a.toString().trim().toLowerCase();
            return switch (t) {
                case "true", "yes", "y" -> EligibilityEntry.yes();
                case "false", "no", "n" -> EligibilityEntry.no();
                default -> throw new IllegalArgumentException("answer yes or no, not '" + a + "'.");
            };
        }
        if (c.type() == CriterionType.CREATININE_CLEARANCE && blank(raw.get("value")) && !blank(raw.get("creatinine"))) {
            BigDecimal creatinine = number(raw.get("creatinine"), "creatinine");
            BigDecimal weight = number(raw.get("weightKg"), "weight");
            String unit = blank(raw.get("creatinineUnit")) ? "µmol/L" : raw.get("creatinineUnit").toString();
            if (creatinine.signum() <= 0 || weight.signum() <= 0) {
                throw new IllegalArgumentException("creatinine and weight must be greater than 0.");
            }
            org.vigia.shared.clinical.CreatinineClearance.toMgPerDl(creatinine, unit);
            return EligibilityEntry.cockcroftGault(ageYears, sex, weight, creatinine, unit);
        }
        if (blank(raw.get("value"))) {
            return null;
        }
        BigDecimal value = number(raw.get("value"), "value");
        String unit = blank(raw.get("unit")) ? null : raw.get("unit").toString().trim();
        switch (c.type()) {
            case NUMERIC -> {
                if (unit != null && !sameUnit(unit, c.unit())) {
                    var test = c.findLabTest().orElseThrow(() -> new IllegalArgumentException(
                            "enter the value in " + c.unit() + "."));
                    if (!test.accepts(unit)) {
                        throw new IllegalArgumentException("unit '" + unit + "' does not fit " + test.displayName()
                                + "; use one of " + test.units() + ".");
                    }
                }
                return EligibilityEntry.value(value, unit);
            }
            case ULN_MULTIPLE -> {
                if (blank(raw.get("uln"))) {
                    return EligibilityEntry.value(value, "×ULN");
                }
                BigDecimal uln = number(raw.get("uln"), "ULN");
                if (uln.signum() <= 0) {
                    throw new IllegalArgumentException("the upper limit of normal must be greater than 0.");
                }
                return new EligibilityEntry.UlnRelative(value, uln, null, null);
            }
            case CREATININE_CLEARANCE -> {
                return EligibilityEntry.value(value, "mL/min");
            }
            default -> throw new IllegalStateException(c.type().name());
        }
    }

    /** The entries without blank values, for storage and audit. */
    public static Map<String, Map<String, Object>> clean(Map<String, Map<String, Object>> entries) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (entries != null) {
            entries.forEach((id, raw) -> {
                if (raw == null) {
                    return;
                }
                Map<String, Object> kept = new LinkedHashMap<>();
                raw.forEach((k, v) -> {
                    if (!blank(v)) {
                        kept.put(k, v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v);
                    }
                });
                if (!kept.isEmpty()) {
                    out.put(id, kept);
                }
            });
        }
        return out;
    }

    /** A readable one-line text of an entry, for the audit trail. */
    public static String describe(Map<String, Object> raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        raw.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return b.toString();
    }

    private static BigDecimal number(Object v, String what) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException("enter the " + what + ".");
        }
        try {
            return new BigDecimal(v.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a number (" + what + ").");
        }
    }

    private static boolean blank(Object v) {
        return v == null || v.toString().isBlank();
    }

    private static boolean sameUnit(String a, String b) {
        return a == null || b == null || a.replace(" ", "").equalsIgnoreCase(b.replace(" ", ""));
    }
}
