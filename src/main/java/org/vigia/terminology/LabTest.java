package org.vigia.terminology;

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
 * <p>
 * <b>Plausible limits.</b> Each test has the lowest and highest value a living patient's sample can have, in the
 * canonical unit; a value outside is refused as a typing or unit error (ANC 100,000 × 10^9/L is 100,000 /mm3 typed in
 * the wrong unit) instead of being stored and graded. They are generous on purpose, above the most extreme values
 * reported in the literature, so that no real result is ever refused: ANC 0-300, WBC and lymphocytes 0-1000 × 10^9/L
 * (hyperleukocytosis in leukaemia exceeds 100, CLL lymphocytosis can approach 1000); platelets 0-5000 × 10^9/L
 * (essential thrombocythaemia above 2000); haemoglobin 1-25 g/dL (survival reported near 2; polycythaemia below 25);
 * ALT and AST 0-50,000 U/L (ischaemic or toxic hepatitis reaches 10,000-20,000); ALP and GGT 0-20,000 U/L;
 * bilirubin 0-1500 µmol/L (about 88 mg/dL); albumin 5-70 g/L; creatinine 5-5000 µmol/L (about 57 mg/dL); INR
 * 0.5-20; aPTT 10-300 s (unclotting samples are reported near 180); potassium 1-12 and sodium 90-200 mmol/L
 * (beyond the extremes survived); magnesium 0.1-10, corrected calcium 0.5-6, ionised calcium 0.2-4 mmol/L; glucose
 * 0.5-150 mmol/L (hyperosmolar states above 100); lipase 0-100,000 and amylase 0-50,000 U/L (pancreatitis);
 * creatine kinase 0-2,000,000 U/L (rhabdomyolysis above 1,000,000 reported); TSH 0-1000 mIU/L; HBV DNA and EBV DNA
 * 0-10^11 copies or IU/mL (the highest viral loads reported are about 10^10).
 * <pre>{@code
 * BigDecimal anc = LabTest.ANC.toCanonical(new BigDecimal("1500"), "/mm3"); // 1.5 (10^9/L)
 * }</pre>
 */
public enum LabTest {
    ANC("Absolute neutrophil count", "10^9/L", counts(),
            plausible("0", "300")),
    PLT("Platelets", "10^9/L", counts(),
            plausible("0", "5000")),
    WBC("White blood cells", "10^9/L", counts(),
            plausible("0", "1000")),
    LYM("Lymphocytes", "10^9/L", counts(),
            plausible("0", "1000")),
    HGB("Haemoglobin", "g/dL", units("g/dL", "1", "g/L", "0.1", "mmol/L", "1.611344", "g/100mL", "1"),
            plausible("1", "25")),
    ALT("Alanine aminotransferase", "U/L", enzyme(),
            plausible("0", "50000")),
    AST("Aspartate aminotransferase", "U/L", enzyme(),
            plausible("0", "50000")),
    ALP("Alkaline phosphatase", "U/L", enzyme(),
            plausible("0", "20000")),
    GGT("Gamma-glutamyl transferase", "U/L", enzyme(),
            plausible("0", "20000")),
    BILI("Total bilirubin", "µmol/L", units("µmol/L", "1", "umol/L", "1", "mg/dL", "17.1"),
            plausible("0", "1500")),
    ALB("Albumin", "g/L", units("g/L", "1", "g/dL", "10"),
            plausible("5", "70")),
    CREAT("Creatinine", "µmol/L", units("µmol/L", "1", "umol/L", "1", "mg/dL", "88.42"),
            plausible("5", "5000")),
    INR("International normalised ratio", "ratio", units("ratio", "1", "", "1"),
            plausible("0.5", "20")),
    APTT("Activated partial thromboplastin time", "s", units("s", "1", "sec", "1"),
            plausible("10", "300")),
    K("Potassium", "mmol/L", units("mmol/L", "1", "mEq/L", "1"),
            plausible("1", "12")),
    NA("Sodium", "mmol/L", units("mmol/L", "1", "mEq/L", "1"),
            plausible("90", "200")),
    MG("Magnesium", "mmol/L", units("mmol/L", "1", "mg/dL", "0.4114", "mEq/L", "0.5"),
            plausible("0.1", "10")),
    CA("Calcium, corrected serum", "mmol/L", units("mmol/L", "1", "mg/dL", "0.2495"),
            plausible("0.5", "6")),
    CA_ION("Calcium, ionized", "mmol/L", units("mmol/L", "1", "mg/dL", "0.2495"),
            plausible("0.2", "4")),
    GLU("Glucose", "mmol/L", units("mmol/L", "1", "mg/dL", "0.0555"),
            plausible("0.5", "150")),
    LIPASE("Lipase", "U/L", enzyme(),
            plausible("0", "100000")),
    AMYLASE("Serum amylase", "U/L", enzyme(),
            plausible("0", "50000")),
    CPK("Creatine phosphokinase", "U/L", enzyme(),
            plausible("0", "2000000")),
    TSH("Thyroid-stimulating hormone", "mIU/L", units("mIU/L", "1", "µIU/mL", "1", "uIU/mL", "1"),
            plausible("0", "1000")),
    HBV_DNA("HBV DNA", "IU/mL", units("IU/mL", "1"),
            plausible("0", "100000000000")),
    EBV_DNA("EBV DNA", "copies/mL", units("copies/mL", "1"),
            plausible("0", "100000000000"));

    private final String displayName;
    private final String canonicalUnit;
    private final Map<String, BigDecimal> factors;
    private final BigDecimal[] plausible;

    LabTest(String displayName, String canonicalUnit, Map<String, BigDecimal> factors, BigDecimal[] plausible) {
        this.displayName = displayName;
        this.canonicalUnit = canonicalUnit;
        this.factors = factors;
        this.plausible = plausible;
    }

    /** The lowest value, in the canonical unit, that a living patient's sample can have (see the class comment). */
    public BigDecimal plausibleMin() {
        return plausible[0];
    }

    /** The highest value, in the canonical unit, that a living patient's sample can have (see the class comment). */
    public BigDecimal plausibleMax() {
        return plausible[1];
    }

    /** Whether a value in {@code unit} lies within the plausible limits (inclusive). */
    public boolean isPlausible(BigDecimal value, String unit) {
        BigDecimal canonical = toCanonical(value, unit);
        return canonical.compareTo(plausibleMin()) >= 0 && canonical.compareTo(plausibleMax()) <= 0;
    }

    /** The plausible limits as text, in the canonical unit and, when different, in {@code unit}: "0-300 10^9/L". */
    public String plausibleRange(String unit) {
        String canonical = plain(plausibleMin()) + "-" + plain(plausibleMax()) + " " + canonicalUnit;
        Optional<String> listed = listedUnit(unit);
        if (listed.isEmpty() || listed.get().equals(canonicalUnit) || factor(unit).orElseThrow().compareTo(BigDecimal.ONE) == 0) {
            return canonical;
        }
        return canonical + " = " + plain(convert(plausibleMin(), canonicalUnit, unit)) + "-"
                + plain(convert(plausibleMax(), canonicalUnit, unit)) + " " + listed.get();
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.round(new MathContext(6)).stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
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

    private static BigDecimal[] plausible(String min, String max) {
        return new BigDecimal[] {new BigDecimal(min), new BigDecimal(max)};
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
