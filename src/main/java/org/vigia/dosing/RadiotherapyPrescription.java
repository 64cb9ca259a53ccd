package org.vigia.dosing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.vigia.study.definition.RadiotherapyCourse;
import org.vigia.study.definition.RadiotherapyEventRule;

/**
 * A radiotherapy course as prescribed, taken from the study definition's {@link RadiotherapyCourse} (e.g.
 * NCT07277764 definitive IMRT 2 Gy × 28 = 56 Gy; NCT07041788 GTVp 70 Gy in 30–33 fractions, total treatment time
 * ≤6 weeks) with the course's event rules.
 *
 * @param course                  the course id rules refer to ("DEFINITIVE_IMRT")
 * @param name                    the course name for the screen
 * @param totalDoseGy             prescribed total dose, Gy
 * @param fractions               prescribed number of fractions (the planned lower number, e.g. 30 for 30–33)
 * @param dosePerFractionGy       prescribed dose per fraction, Gy
 * @param maxOverallTreatmentDays longest allowed time from first to last fraction, days inclusive, or null
 * @param eventRules              the course's event rules (definition {@code eventRules})
 */
public record RadiotherapyPrescription(String course, String name, BigDecimal totalDoseGy, int fractions,
                                       BigDecimal dosePerFractionGy, Integer maxOverallTreatmentDays,
                                       List<RadiotherapyEventRule> eventRules) {

    public RadiotherapyPrescription {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(totalDoseGy, "totalDoseGy of " + course);
        Objects.requireNonNull(dosePerFractionGy, "dosePerFractionGy of " + course);
        if (fractions < 1 || totalDoseGy.signum() <= 0 || dosePerFractionGy.signum() <= 0) {
            throw new IllegalArgumentException("Prescription " + course + " needs positive dose and fractions");
        }
        eventRules = eventRules == null ? List.of() : List.copyOf(eventRules);
    }

    /** The prescription of a course of the study definition. */
    public static RadiotherapyPrescription of(RadiotherapyCourse c) {
        BigDecimal total = c.totalDoseGy() != null ? c.totalDoseGy()
                : c.dosePerFractionGy().multiply(BigDecimal.valueOf(c.fractions()));
        return new RadiotherapyPrescription(c.id(), c.name(), total, c.fractions(), c.dosePerFractionGy(),
                c.maxOverallTreatmentDays(), c.eventRules());
    }
}
