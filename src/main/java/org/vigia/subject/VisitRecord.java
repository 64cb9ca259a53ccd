package org.vigia.subject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated record of a feature, as the visit attachment sees it: its type and id (the entity name and key, so that
 * a change of date re-attaches it), the record procedure ({@link VisitProcedures#RECORD_PROCEDURES}, or for a form
 * record the procedure of its form), its date,
 * the visit the user picked (optional), for administrations the treatment phase and cycle, for radiotherapy
 * fractions the course.
 * <pre>{@code
 * visits.attach(subjectId, VisitRecord.of("LabResult", result.getId(), VisitProcedures.LABS, collectedOn).picked(visitCode));
 * visits.attach(subjectId, VisitRecord.of("TreatmentAdministration", line.getId(), VisitProcedures.DOSING, on).cycle("INDUCTION", 2));
 * }</pre>
 */
public record VisitRecord(String recordType, Long recordId, String procedure, LocalDate date, String pickedVisit,
                          String phaseId, Integer cycle, String courseId) {

    public VisitRecord {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(date, "date");
        if (procedure == null || !procedure.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("Not a procedure code: " + procedure);
        }
        pickedVisit = pickedVisit == null || pickedVisit.isBlank() ? null : pickedVisit.trim();
    }

    public static VisitRecord of(String recordType, Long recordId, String procedure, LocalDate date) {
        return new VisitRecord(recordType, recordId, procedure, date, null, null, null, null);
    }

    /** The visit the user chose for the record (ignored when the subject's plan has no such visit). */
    public VisitRecord picked(String visitCode) {
        return new VisitRecord(recordType, recordId, procedure, date, visitCode, phaseId, cycle, courseId);
    }

    /** The treatment phase and cycle of an administration: it belongs to that cycle's visit. */
    public VisitRecord cycle(String phase, int number) {
        return new VisitRecord(recordType, recordId, procedure, date, pickedVisit, phase, number, courseId);
    }

    /** The radiotherapy course of a fraction: its phase starts with the course's first fraction. */
    public VisitRecord course(String course) {
        return new VisitRecord(recordType, recordId, procedure, date, pickedVisit, phaseId, cycle, course);
    }
}
