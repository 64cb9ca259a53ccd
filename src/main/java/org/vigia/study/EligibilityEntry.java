package org.vigia.study;

import java.math.BigDecimal;
import java.util.Objects;
import org.vigia.shared.clinical.Sex;

/**
 * What the investigator entered for one eligibility criterion.
 * <ul>
 *   <li>{@link Measurement}: a number, with its unit (null = the criterion's unit); lab values in another unit of
 *       the criterion's {@code labTest} are converted</li>
 *   <li>{@link UlnRelative}: a lab value and the upper limit of normal of the reporting lab (×ULN criteria)</li>
 *   <li>{@link Answer}: yes/no for a checklist item (for an exclusion item: "is the condition present?")</li>
 *   <li>{@link CockcroftGaultInputs}: age, sex, weight and serum creatinine, to compute creatinine clearance</li>
 *   <li>{@link NotApplicable}: only for criteria marked {@code conditional} (e.g. HBV DNA without HBV infection)</li>
 * </ul>
 * <pre>{@code
 * EligibilityEntry.value("1.6")                       // ANC 1.6 × 10^9/L
 * EligibilityEntry.value(new BigDecimal("1600"), "/mm3")
 * EligibilityEntry.ulnMultiple(new BigDecimal("95"), new BigDecimal("40"))  // ALT 95 U/L, ULN 40
 * EligibilityEntry.yes()
 * }</pre>
 */
public sealed interface EligibilityEntry {

    /** A measured or scored value in {@code unit} (null: the criterion's own unit). */
    record Measurement(BigDecimal value, String unit) implements EligibilityEntry {
        public Measurement {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A lab value and the upper limit of normal, both in the same unit (or units of the same lab test). */
    record UlnRelative(BigDecimal value, BigDecimal upperLimitOfNormal, String unit, String ulnUnit)
            implements EligibilityEntry {
        public UlnRelative {
            Objects.requireNonNull(value, "value");
            if (upperLimitOfNormal == null || upperLimitOfNormal.signum() <= 0) {
                throw new IllegalArgumentException("upper limit of normal must be greater than 0");
            }
        }
    }

    /** A yes/no answer. */
    record Answer(boolean yes) implements EligibilityEntry {
    }

    /** Inputs for Cockcroft-Gault creatinine clearance. */
    record CockcroftGaultInputs(int ageYears, Sex sex, BigDecimal weightKg, BigDecimal serumCreatinine,
            String creatinineUnit) implements EligibilityEntry {
    }

    /** The criterion does not apply to this subject (only accepted for conditional criteria). */
    record NotApplicable(String reason) implements EligibilityEntry {
    }

    static EligibilityEntry value(BigDecimal value) {
        return new Measurement(value, null);
    }

    static EligibilityEntry value(String value) {
        return new Measurement(new BigDecimal(value), null);
    }

    static EligibilityEntry value(BigDecimal value, String unit) {
        return new Measurement(value, unit);
    }

    static EligibilityEntry ulnMultiple(BigDecimal value, BigDecimal upperLimitOfNormal) {
        return new UlnRelative(value, upperLimitOfNormal, null, null);
    }

    static EligibilityEntry answer(boolean yes) {
        return new Answer(yes);
    }

    static EligibilityEntry yes() {
        return new Answer(true);
    }

    static EligibilityEntry no() {
        return new Answer(false);
    }

    static EligibilityEntry cockcroftGault(int ageYears, Sex sex, BigDecimal weightKg, BigDecimal serumCreatinine,
            String creatinineUnit) {
        return new CockcroftGaultInputs(ageYears, sex, weightKg, serumCreatinine, creatinineUnit);
    }

    static EligibilityEntry notApplicable(String reason) {
        return new NotApplicable(reason);
    }
}
