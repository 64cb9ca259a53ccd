package org.vigia.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A feature's dated record as attached to a planned visit of the subject ({@link VisitAttachmentService}); the
 * visit code is null for a record no visit window holds. One row per record (type and id), moved when the
 * record's date changes. Not clinical data itself: it is derived from the records and can be rebuilt.
 */
@Entity
@Table(name = "visit_record")
public class AttachedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(name = "procedure_code", nullable = false)
    private String procedure;

    @Column(name = "record_date", nullable = false)
    private LocalDate recordDate;

    @Column(name = "visit_code")
    private String visitCode;

    @Column(nullable = false)
    private boolean picked;

    @Column(name = "out_of_window", nullable = false)
    private boolean outOfWindow;

    @Column(name = "phase_id")
    private String phaseId;

    private Integer cycle;

    protected AttachedRecord() {
    }

    public AttachedRecord(Long subjectId, String recordType, Long recordId) {
        this.subjectId = subjectId;
        this.recordType = recordType;
        this.recordId = recordId;
    }

    /** Places the record (its procedure, date, phase and cycle) at a visit, or at none. */
    public void attach(VisitRecord r, String phase, VisitAttachmentRules.Match match) {
        this.procedure = r.procedure();
        this.recordDate = r.date();
        this.phaseId = phase;
        this.cycle = r.cycle();
        this.visitCode = match == null ? null : match.visitCode();
        this.picked = match != null && match.picked();
        this.outOfWindow = match != null && match.outOfWindow();
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public String getRecordType() { return recordType; }
    public Long getRecordId() { return recordId; }
    public String getProcedure() { return procedure; }
    public LocalDate getRecordDate() { return recordDate; }
    public String getVisitCode() { return visitCode; }
    public boolean isPicked() { return picked; }
    public boolean isOutOfWindow() { return outOfWindow; }
    public String getPhaseId() { return phaseId; }
    public Integer getCycle() { return cycle; }
}
