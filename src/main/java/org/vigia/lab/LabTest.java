package org.vigia.lab;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The laboratory tests Vigia knows, each with its canonical unit and the units it accepts.
 * <p>
 * A value in an accepted unit converts to the canonical unit by one exact factor
 * ({@code canonical = value × factor}). Molar factors are the usual clinical ones
 * (haemoglobin 1 g/dL = 0.6206 mmol/L; creatinine 1 mg/dL = 88.42 µmol/L; bilirubin 1 mg/dL = 17.1 µmol/L;
 * calcium 1 mg/dL = 0.2495 mmol/L; magnesium 1 mg/dL = 0.4114 mmol/L; glucose 1 mg/dL = 0.0555 mmol/L).
 * Cell counts: 1 × 10^9/L = 1000 /mm3 (= 1000 /µL).
 * <pre>{@code
 * BigDecimal anc = LabTest.ANC.toCanonical(new BigDecimal("1500"), "/mm3"); // 1.5 (10^9/L)
 * }</pre>
 */
public enum LabTest {
    ANC("Absolute neutrophil count", "10^9/L", counts()),
    PLT("Platelets", "10^9/L", counts()),
    WBC("White blood cells", "10^9/L", counts()),
    LYM("Lymphocytes", "10^9/L", counts()),
    HGB("Haemoglobin", "g/dL", units("g/dL", "1", "g/L", "0.1", "mmol/L", "1.611344", "g/100mL", "1")),
    ALT("Alanine aminotransferase", "U/L", enzyme()),
    AST("Aspartate aminotransferase", "U/L", enzyme()),
    ALP("Alkaline phosphatase", "U/L", enzyme()),
    GGT("Gamma-glutamyl transferase", "U/L", enzyme()),
    BILI("Total bilirubin", "µmol/L", units("µmol/L", "1", "umol/L", "1", "mg/dL", "17.1")),
    ALB("Albumin", "g/L", units("g/L", "1", "g/dL", "10")),
    CREAT("Creatinine", "µmol/L", units("µmol/L", "1", "umol/L", "1", "mg/dL", "88.42")),
    INR("International normalised ratio", "ratio", units("ratio", "1", "", "1")),
    APTT("Activated partial thromboplastin time", "s", units("s", "1", "sec", "1")),
    K("Potassium", "mmol/L", units("mmol/L", "1", "mEq/L", "1")),
    NA("Sodium", "mmol/L", units("mmol/L", "1", "mEq/L", "1")),
    MG("Magnesium", "mmol/L", units("mmol/L", "1", "mg/dL", "0.4114", "mEq/L", "0.5")),
    CA("Calcium, corrected serum", "mmol/L", units("mmol/L", "1", "mg/dL", "0.2495")),
    CA_ION("Calcium, ionized", "mmol/L", units("mmol/L", "1", "mg/dL", "0.2495")),
    GLU("Glucose", "mmol/L", units("mmol/L", "1", "mg/dL", "0.0555")),
    LIPASE("Lipase", "U/L", enzyme()),
    AMYLASE("Serum amylase", "U/L", enzyme()),
    CPK("Creatine phosphokinase", "U/L", enzyme()),
    TSH("Thyroid-stimulating hormone", "mIU/L", units("mIU/L", "1", "µIU/mL", "1", "uIU/mL", "1")),
    HBV_DNA("HBV DNA", "IU/mL", units("IU/mL", "1")),
    EBV_DNA("EBV DNA", "copies/mL", units("copies/mL", "1"));

    private final String displayName;
    private final String canonicalUnit;
    private final Map<String, BigDecimal> factors;

    LabTest(String displayName, String canonicalUnit, Map<String, BigDecimal> factors) {
        this.displayName = displayName;
        this.canonicalUnit = canonicalUnit;
        this.factors = factors;
    }

    public String displayName() {
        return displayName;
    }

    public String canonicalUnit() {
        return canonicalUnit;
    }

    /** Units this test accepts, canonical first. */
    public Set<String> units() {
        return factors.keySet();
    }

    public boolean accepts(String unit) {
        return factor(unit).isPresent();
    }

    /** Converts a value in {@code unit} to the canonical unit; throws {@link IllegalArgumentException} for a unit that does not fit. */
    public BigDecimal toCanonical(BigDecimal value, String unit) {
        BigDecimal f = factor(unit).orElseThrow(() -> new IllegalArgumentException(
                "Unit '" + unit + "' does not fit " + displayName + "; use one of " + units()));
        return value.multiply(f);
    }

    /** Converts a value between two accepted units of this test. */
    public BigDecimal convert(BigDecimal value, String fromUnit, String toUnit) {
        BigDecimal canonical = toCanonical(value, fromUnit);
        BigDecimal to = factor(toUnit).orElseThrow(() -> new IllegalArgumentException(
                "Unit '" + toUnit + "' does not fit " + displayName + "; use one of " + units()));
        return to.compareTo(BigDecimal.ONE) == 0 ? canonical : canonical.divide(to, MathContext.DECIMAL64);
    }

    /**
     * This test's own spelling of {@code unit} when the test accepts it, matched the same way as
     * {@link #accepts(String)} (ignoring case, spaces, "x10"/"×10", µ/μ/u and "cells/"): for ANC,
     * {@code "cells/uL"} gives {@code "/µL"}; for a unit that does not fit, empty.
     */
    public Optional<String> listedUnit(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        String u = normalise(unit);
        return factors.keySet().stream().filter(k -> normalise(k).equals(u)).findFirst();
    }

    private Optional<BigDecimal> factor(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        String u = normalise(unit);
        return factors.entrySet().stream()
                .filter(e -> normalise(e.getKey()).equals(u))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Finds a test by its code (e.g. "ANC"), case-insensitively. */
    public static Optional<LabTest> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(c)).findFirst();
    }

    static String normalise(String unit) {
        return unit.trim().replace('μ', 'µ').replace("x10", "10").replace("×10", "10").replace(" ", "")
                .replace("mcL", "µL").replace("uL", "µL").replace("cells/", "/").toLowerCase(Locale.ROOT);
    }

    private static Map<String, BigDecimal> counts() {
        return units("10^9/L", "1", "/mm3", "0.001", "/µL", "0.001", "10^3/µL", "1", "10^3/mm3", "1");
    }

    private static Map<String, BigDecimal> enzyme() {
        return units("U/L", "1", "IU/L", "1");
    }

    private static Map<String, BigDecimal> units(String... unitFactorPairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < unitFactorPairs.length; i += 2) {
            map.put(unitFactorPairs[i], new BigDecimal(unitFactorPairs[i + 1]));
        }
        return map;
    }
}
