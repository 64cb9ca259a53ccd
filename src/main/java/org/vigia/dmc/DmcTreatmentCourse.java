package org.vigia.dmc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Study treatment of one subject up to the cut-off, from the dosing records: first and last dose of any
 * study drug and, when study treatment was stopped for good, the date and reason (issue "DMC safety report":
 * disposition "treated, on treatment, discontinued by reason").
 *
 * @param subjectId             database id of the subject
 * @param firstDoseDate         first dose of any study drug (required: a subject without a dose has no course)
 * @param lastDoseDate          last dose on or before the cut-off
 * @param treatmentEndDate      date study treatment was discontinued; null while on treatment
 * @param discontinuationReason reason (e.g. "Adverse event", "Progressive disease"); null while on treatment
 */
public record DmcTreatmentCourse(long subjectId, LocalDate firstDoseDate, LocalDate lastDoseDate,
                                 LocalDate treatmentEndDate, String discontinuationReason) {

    public DmcTreatmentCourse {
        Objects.requireNonNull(firstDoseDate, "firstDoseDate");
    }
}
