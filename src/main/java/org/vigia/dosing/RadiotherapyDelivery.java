package org.vigia.dosing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A radiotherapy course in delivery: the prescription and the fractions delivered so far, with the cumulative
 * dose against the prescription and the interruptions.
 * <p>
 * Interruptions: working days (Monday–Friday; public holidays are not known here and count as missed) between the
 * first and the last delivered fraction on which no fraction was given. Overall treatment time: days from the first
 * to the last fraction, both included.
 */
public record RadiotherapyDelivery(RadiotherapyPrescription prescription, List<RadiotherapyFraction> fractions) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public RadiotherapyDelivery {
        Objects.requireNonNull(prescription, "prescription");
        fractions = fractions == null ? List.of()
                : fractions.stream().sorted(Comparator.comparing(RadiotherapyFraction::date)).toList();
    }

    /** The same course with one more fraction. */
    public RadiotherapyDelivery deliver(RadiotherapyFraction fraction) {
        List<RadiotherapyFraction> all = new ArrayList<>(fractions);
        all.add(fraction);
        return new RadiotherapyDelivery(prescription, all);
    }

    public int fractionsDelivered() {
        return fractions.size();
    }

    public int fractionsRemaining() {
        return Math.max(0, prescription.fractions() - fractions.size());
    }

    /** Sum of delivered fraction doses, Gy. */
    public BigDecimal cumulativeDoseGy() {
        return fractions.stream().map(RadiotherapyFraction::doseGy).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Prescribed total minus cumulative, never below 0, Gy. */
    public BigDecimal remainingDoseGy() {
        return prescription.totalDoseGy().subtract(cumulativeDoseGy()).max(BigDecimal.ZERO);
    }

    /** Cumulative dose as percent of the prescribed total, one decimal. */
    public BigDecimal percentOfPrescription() {
        return cumulativeDoseGy().multiply(HUNDRED).divide(prescription.totalDoseGy(), 1, RoundingMode.HALF_UP);
    }

    /** True once the cumulative dose reaches the prescribed total. */
    public boolean complete() {
        return cumulativeDoseGy().compareTo(prescription.totalDoseGy()) >= 0;
    }

    /** Fractions whose dose differs from the prescribed dose per fraction. */
    public List<RadiotherapyFraction> fractionsOffPrescription() {
        return fractions.stream().filter(f -> f.doseGy().compareTo(prescription.dosePerFractionGy()) != 0).toList();
    }

    /** Days from the first to the last fraction, inclusive; 0 before the first fraction. */
    public int overallTreatmentDays() {
        if (fractions.isEmpty()) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(fractions.get(0).date(), fractions.get(fractions.size() - 1).date()) + 1;
    }

    /** True when the prescription limits overall time and it has been exceeded. */
    public boolean overallTreatmentTimeExceeded() {
        Integer max = prescription.maxOverallTreatmentDays();
        return max != null && overallTreatmentDays() > max;
    }

    /** Runs of missed working days between the first and the last fraction. */
    public List<RadiotherapyInterruption> interruptions() {
        List<RadiotherapyInterruption> result = new ArrayList<>();
        if (fractions.size() < 2) {
            return result;
        }
        Set<LocalDate> treated = new TreeSet<>();
        fractions.forEach(f -> treated.add(f.date()));
        LocalDate last = fractions.get(fractions.size() - 1).date();
        LocalDate runStart = null;
        LocalDate runEnd = null;
        int missed = 0;
        for (LocalDate d = fractions.get(0).date(); !d.isAfter(last); d = d.plusDays(1)) {
            if (isWeekend(d)) {
                continue;
            }
            if (treated.contains(d)) {
                if (runStart != null) {
                    result.add(new RadiotherapyInterruption(runStart, runEnd, missed));
                    runStart = null;
                    missed = 0;
                }
            } else {
                if (runStart == null) {
                    runStart = d;
                }
                runEnd = d;
                missed++;
            }
        }
        return result;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
