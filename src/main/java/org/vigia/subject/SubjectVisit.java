package org.vigia.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a user entered on a planned visit (e.g. {@code C2D1}): the date it actually took place, flagged when outside
 * its window, or that it was not done and why. A visit without this row takes its date from its records.
 */
@Entity
@Table(name = "subject_visit")
public class SubjectVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "visit_code", nullable = false, updatable = false)
    private String visitCode;

    @Column(name = "definition_code", nullable = false, updatable = false)
    private String definitionCode;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Column(name = "out_of_window", nullable = false)
    private boolean outOfWindow;

    @Column(name = "not_done_reason")
    private String notDoneReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected SubjectVisit() {
    }

    public SubjectVisit(Long subjectId, String visitCode, String definitionCode) {
        this.subjectId = subjectId;
        this.visitCode = visitCode;
        this.definitionCode = definitionCode;
    }

    public void dated(LocalDate date, boolean outside, String by) {
        this.visitDate = date;
        this.outOfWindow = outside;
        this.notDoneReason = null;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    /** Marks the visit not done, with the reason (a typed date is cleared). */
    public void notDone(String reason, String by) {
        this.visitDate = null;
        this.outOfWindow = false;
        this.notDoneReason = reason;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public String getVisitCode() { return visitCode; }
    public String getDefinitionCode() { return definitionCode; }
    public LocalDate getVisitDate() { return visitDate; }
    public boolean isOutOfWindow() { return outOfWindow; }
    public String getNotDoneReason() { return notDoneReason; }
    public long getVersion() { return version; }
}
