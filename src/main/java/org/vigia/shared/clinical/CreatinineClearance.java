package org.vigia.shared.clinical;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * Estimated creatinine clearance by Cockcroft-Gault (Cockcroft &amp; Gault, Nephron 1976;16:31):
 * CrCl (mL/min) = (140 − age) × weight kg / (72 × serum creatinine mg/dL), × 0.85 for women.
 * Serum creatinine in µmol/L is converted with 1 mg/dL = 88.42 µmol/L (the factor of
 * {@link org.vigia.terminology.LabTest#CREAT}). NCT06494995 requires CrCl ≥60 mL/min "(Cockcroft-Gault, see Appendix 3)".
 * <pre>{@code
 * BigDecimal crcl = CreatinineClearance.cockcroftGault(60, Sex.MALE, new BigDecimal("72"),
 *         BigDecimal.ONE, "mg/dL");   // 80.00
 * }</pre>
 * The result is rounded half-up to 0.01 mL/min.
 */
public final class CreatinineClearance {

    /** 1 mg/dL creatinine = 88.42 µmol/L. */
    public static final BigDecimal MICROMOL_PER_L_PER_MG_PER_DL = new BigDecimal("88.42");

    private static final BigDecimal FEMALE_FACTOR = new BigDecimal("0.85");

    private CreatinineClearance() {
    }

    /**
     * Cockcroft-Gault clearance in mL/min.
     *
     * @param ageYears        age in whole years (1..139)
     * @param sex             sex; female ×0.85
     * @param weightKg        actual body weight in kg (&gt; 0)
     * @param serumCreatinine serum creatinine (&gt; 0)
     * @param creatinineUnit  "mg/dL" or "µmol/L" (also "umol/L")
     */
    public static BigDecimal cockcroftGault(int ageYears, Sex sex, BigDecimal weightKg, BigDecimal serumCreatinine,
            String creatinineUnit) {
        Objects.requireNonNull(sex, "sex");
        if (ageYears <= 0 || ageYears >= 140) {
            throw new IllegalArgumentException("age must be between 1 and 139 years, was " + ageYears);
        }
        if (weightKg == null || weightKg.signum() <= 0) {
            throw new IllegalArgumentException("weight (kg) must be greater than 0, was " + weightKg);
        }
        BigDecimal scrMgPerDl = toMgPerDl(serumCreatinine, creatinineUnit);
        BigDecimal crcl = BigDecimal.valueOf(140L - ageYears).multiply(weightKg)
                .divide(new BigDecimal("72").multiply(scrMgPerDl), MathContext.DECIMAL64);
        if (sex == Sex.FEMALE) {
            crcl = crcl.multiply(FEMALE_FACTOR);
        }
        return crcl.setScale(2, RoundingMode.HALF_UP);
    }

    /** Serum creatinine in mg/dL from a value in mg/dL or µmol/L. */
    public static BigDecimal toMgPerDl(BigDecimal serumCreatinine, String unit) {
        if (serumCreatinine == null || serumCreatinine.signum() <= 0) {
            throw new IllegalArgumentException("serum creatinine must be greater than 0, was " + serumCreatinine);
        }
        String u = unit == null ? "" : unit.trim().replace('μ', 'µ').replace(" ", "").toLowerCase(Locale.ROOT);
        return switch (u) {
            case "mg/dl" -> serumCreatinine;
            case "µmol/l", "umol/l" -> serumCreatinine.divide(MICROMOL_PER_L_PER_MG_PER_DL, MathContext.DECIMAL64);
            default -> throw new IllegalArgumentException(
                    "Creatinine unit '" + unit + "' is not supported; use mg/dL or µmol/L");
        };
    }
}
