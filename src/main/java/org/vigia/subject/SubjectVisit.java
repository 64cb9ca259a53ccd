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

/** The date a planned visit (e.g. {@code C2D1}) actually took place, flagged when outside its window. */
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

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "out_of_window", nullable = false)
    private boolean outOfWindow;

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
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public String getVisitCode() { return visitCode; }
    public String getDefinitionCode() { return definitionCode; }
    public LocalDate getVisitDate() { return visitDate; }
    public boolean isOutOfWindow() { return outOfWindow; }
    public long getVersion() { return version; }
}
