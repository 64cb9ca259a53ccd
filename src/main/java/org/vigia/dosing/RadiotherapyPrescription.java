package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A radiotherapy course as prescribed: total dose, number of fractions and dose per fraction (e.g. NCT07277764
 * definitive IMRT 2 Gy × 28 = 56 Gy; NCT07041788 GTVp 70 Gy in 30–33 fractions, total treatment time ≤6 weeks).
 *
 * @param course                  the course name rules refer to ("IMRT", "SFRT", "LDRT induction")
 * @param totalDoseGy             prescribed total dose, Gy
 * @param fractions               prescribed number of fractions (the planned number, e.g. 33 for 30–33)
 * @param dosePerFractionGy       prescribed dose per fraction, Gy
 * @param maxOverallTreatmentDays longest allowed time from first to last fraction, days inclusive, or null
 * @param source                  protocol sentence
 */
public record RadiotherapyPrescription(String course, BigDecimal totalDoseGy, int fractions,
                                       BigDecimal dosePerFractionGy, Integer maxOverallTreatmentDays, String source) {
    public RadiotherapyPrescription {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(totalDoseGy, "totalDoseGy");
        Objects.requireNonNull(dosePerFractionGy, "dosePerFractionGy");
        if (fractions < 1 || totalDoseGy.signum() <= 0 || dosePerFractionGy.signum() <= 0) {
            throw new IllegalArgumentException("Prescription " + course + " needs positive dose and fractions");
        }
    }
}
