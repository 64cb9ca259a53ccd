package org.vigia.study;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The known dates of one subject that the visit schedule counts from: enrolment (required; randomisation in a
 * randomised trial), and when they happen, C1D1, actual phase starts and ends, actual cycle starts and the end of
 * treatment. Dates not given are projected from the definition ({@link VisitScheduleCalculator}).
 * <pre>{@code
 * AnchorDates anchors = AnchorDates.enrolledOn(LocalDate.of(2025, 3, 3))
 *         .withPhaseStart("SFRT", LocalDate.of(2025, 3, 12))
 *         .withCycleStart("INDUCTION", 2, LocalDate.of(2025, 4, 7));
 * }</pre>
 */
public record AnchorDates(LocalDate enrolment, LocalDate firstDose, Map<String, LocalDate> phaseStarts,
        Map<String, LocalDate> phaseEnds, Map<String, Map<Integer, LocalDate>> cycleStarts,
        LocalDate endOfTreatment) {

    public AnchorDates {
        Objects.requireNonNull(enrolment, "enrolment date is required");
        phaseStarts = Map.copyOf(phaseStarts);
        phaseEnds = Map.copyOf(phaseEnds);
        Map<String, Map<Integer, LocalDate>> copy = new HashMap<>();
        cycleStarts.forEach((phase, cycles) -> copy.put(phase, Map.copyOf(cycles)));
        cycleStarts = Map.copyOf(copy);
    }

    public static AnchorDates enrolledOn(LocalDate enrolment) {
        return new AnchorDates(enrolment, null, Map.of(), Map.of(), Map.of(), null);
    }

    public AnchorDates withFirstDose(LocalDate date) {
        return new AnchorDates(enrolment, date, phaseStarts, phaseEnds, cycleStarts, endOfTreatment);
    }

    /** Actual day 1 of a phase (also cycle 1 of a cycled phase). */
    public AnchorDates withPhaseStart(String phaseId, LocalDate date) {
        Map<String, LocalDate> copy = new HashMap<>(phaseStarts);
        copy.put(phaseId, date);
        return new AnchorDates(enrolment, firstDose, copy, phaseEnds, cycleStarts, endOfTreatment);
    }

    /** Actual completion of a phase (the anchor of PHASE_END visits). */
    public AnchorDates withPhaseEnd(String phaseId, LocalDate date) {
        Map<String, LocalDate> copy = new HashMap<>(phaseEnds);
        copy.put(phaseId, date);
        return new AnchorDates(enrolment, firstDose, phaseStarts, copy, cycleStarts, endOfTreatment);
    }

    /** Actual day 1 of cycle {@code cycle} (1-based) of a phase; later cycles are planned from it. */
    public AnchorDates withCycleStart(String phaseId, int cycle, LocalDate date) {
        Map<String, Map<Integer, LocalDate>> copy = new HashMap<>(cycleStarts);
        Map<Integer, LocalDate> cycles = new HashMap<>(copy.getOrDefault(phaseId, Map.of()));
        cycles.put(cycle, date);
        copy.put(phaseId, cycles);
        return new AnchorDates(enrolment, firstDose, phaseStarts, phaseEnds, copy, endOfTreatment);
    }

    public AnchorDates withEndOfTreatment(LocalDate date) {
        return new AnchorDates(enrolment, firstDose, phaseStarts, phaseEnds, cycleStarts, date);
    }

    /** Actual start of cycle {@code cycle} of a phase; cycle 1 falls back to the phase start. */
    public Optional<LocalDate> cycleStart(String phaseId, int cycle) {
        LocalDate d = cycleStarts.getOrDefault(phaseId, Map.of()).get(cycle);
        if (d == null && cycle == 1) {
            d = phaseStarts.get(phaseId);
        }
        return Optional.ofNullable(d);
    }
}
