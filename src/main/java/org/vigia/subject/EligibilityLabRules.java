package org.vigia.subject;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vigia.shared.FieldErrors;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.study.definition.CriterionType;
import org.vigia.study.definition.EligibilityCriterion;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.study.definition.VisitDefinition;
import org.vigia.subject.ScreeningLabs.ScreeningResult;
import org.vigia.terminology.LabTest;

/**
 * The eligibility lab criteria take their value from the subject's lab results of the screening window, never a
 * second typing: a lab value entered for a criterion with a {@code labTest} (and the creatinine of a Cockcroft-Gault
 * clearance) must equal, in the test's canonical unit, one result of that test collected in the window; a ×ULN ratio
 * entered alone must equal a result's value ÷ its upper limit of normal. The screening window is the SCR visit's
 * {@code windowBeforeDays} (28 in the bundled trials): before enrolment from that many days before screening to
 * today; at enrolment, that many days before the enrolment date up to it.
 * <pre>{@code
 * EligibilityLabRules.check(def, entries, test -> labs.results(id, test, from, to), from, to); // or InvalidInput
 * }</pre>
 */
public final class EligibilityLabRules {

    /** Days before enrolment of the screening window when the definition has no SCR visit window. */
    static final int DEFAULT_WINDOW_DAYS = 28;

    private static final MathContext PRECISION = new MathContext(6, RoundingMode.HALF_UP);

    private EligibilityLabRules() {
    }

    /** The SCR visit's {@code windowBeforeDays}. */
    public static int windowDays(StudyDefinition def) {
        return def.visits().stream().filter(v -> "SCR".equals(v.code())).map(VisitDefinition::windowBeforeDays)
                .filter(d -> d != null).findFirst().orElse(DEFAULT_WINDOW_DAYS);
    }

    /** The lab test whose results a criterion's value comes from (creatinine for a clearance), if any. */
    public static Optional<LabTest> testOf(EligibilityCriterion c) {
        if (c.type() == CriterionType.CREATININE_CLEARANCE) {
            return Optional.of(LabTest.CREAT);
        }
        return c.type() == CriterionType.CHECKLIST ? Optional.empty() : c.findLabTest();
    }

    /** Refuses (one field per criterion id) every lab entry that matches no result of the window. */
    public static void check(StudyDefinition def, Map<String, Map<String, Object>> entries,
                             Function<LabTest, List<ScreeningResult>> results, LocalDate from, LocalDate to) {
        FieldErrors errors = new FieldErrors();
        problems(def, entries, results, from, to).forEach(p -> errors.require(false, p.criterionId(), p.text()));
        errors.throwIfAny();
    }

    /** A lab entry that matches no result: the criterion and the message. */
    public record Problem(String criterionId, Text text) {
    }

    public static List<Problem> problems(StudyDefinition def, Map<String, Map<String, Object>> entries,
                                         Function<LabTest, List<ScreeningResult>> results, LocalDate from, LocalDate to) {
        List<Problem> out = new ArrayList<>();
        for (EligibilityCriterion c : def.eligibility()) {
            Map<String, Object> raw = entries.get(c.id());
            Optional<LabTest> test = testOf(c);
            if (raw == null || test.isEmpty() || notApplicable(raw)) {
                continue;
            }
            Entered entered = entered(c, test.get(), raw);
            if (entered == null) {
                continue;
            }
            List<ScreeningResult> found = results.apply(test.get());
            if (found.isEmpty()) {
                out.add(new Problem(c.id(), Text.of(Bundle.SUBJECT, "elig.refused.labNone", c.id(), c.label(),
                        test.get().displayName(), from, to)));
            } else if (found.stream().noneMatch(r -> entered.matches(r))) {
                out.add(new Problem(c.id(), Text.of(Bundle.SUBJECT, "elig.refused.labUnmatched", c.id(), c.label(),
                        entered.text(), test.get().displayName(), from, to, describe(found))));
            }
        }
        return out;
    }

    /** The results as "1.6 10^9/L on 2026-11-05 (#12)", for messages and the form. */
    public static String describe(List<ScreeningResult> found) {
        List<String> parts = new ArrayList<>();
        for (ScreeningResult r : found) {
            parts.add(plain(r.value()) + " " + r.unit() + " on " + r.collectedOn() + " (#" + r.id() + ")");
        }
        return String.join("; ", parts);
    }

    /** What was entered: a canonical value, or a ratio to the ULN. */
    private record Entered(BigDecimal canonical, BigDecimal ulnRatio, String text) {

        boolean matches(ScreeningResult r) {
            if (canonical != null) {
                return same(canonical, r.canonicalValue());
            }
            return r.uln() != null && r.uln().signum() > 0
                    && r.canonicalValue().divide(r.uln(), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP)
                    .compareTo(ulnRatio.setScale(2, RoundingMode.HALF_UP)) == 0;
        }
    }

    private static Entered entered(EligibilityCriterion c, LabTest test, Map<String, Object> raw) {
        try {
            if (c.type() == CriterionType.CREATININE_CLEARANCE) {
                if (blank(raw.get("creatinine"))) {
                    return null; // a clearance entered in mL/min has no lab result to come from
                }
                String unit = blank(raw.get("creatinineUnit")) ? test.canonicalUnit() : raw.get("creatinineUnit").toString();
                BigDecimal v = number(raw.get("creatinine"));
                return new Entered(test.toCanonical(v, unit), null, plain(v) + " " + unit);
            }
            if (blank(raw.get("value"))) {
                return null;
            }
            BigDecimal v = number(raw.get("value"));
            String unit = blank(raw.get("unit")) ? null : raw.get("unit").toString().trim();
            if (c.type() == CriterionType.ULN_MULTIPLE) {
                if (blank(raw.get("uln"))) {
                    return new Entered(null, v, plain(v) + " ×ULN");
                }
                String u = unit == null ? test.canonicalUnit() : unit;
                return new Entered(test.toCanonical(v, u), null, plain(v) + " " + u);
            }
            String u = unit == null ? c.unit() : unit;
            return new Entered(test.toCanonical(v, u), null, plain(v) + " " + u);
        } catch (IllegalArgumentException e) {
            return null; // not a number or a unit of the test: EligibilityEntries refuses it with its own message
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return b != null && a.round(PRECISION).compareTo(b.round(PRECISION)) == 0;
    }

    private static boolean notApplicable(Map<String, Object> raw) {
        Object na = raw.get("notApplicable");
        return na != null && !Boolean.FALSE.equals(na) && !"".equals(na) && !"false".equals(na);
    }

    private static BigDecimal number(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        return new BigDecimal(v.toString().trim().replace(',', '.'));
    }

    private static boolean blank(Object v) {
        return v == null || v.toString().isBlank();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
