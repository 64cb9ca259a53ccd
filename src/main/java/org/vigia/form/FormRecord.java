package org.vigia.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A form of the library filled in for a subject at one of its planned visits, under the form version it was first
 * saved with; its values are {@link FormItemValue}s. Each save goes through {@link #saved}, which moves the row
 * version (optimistic lock) even when only values changed.
 */
@Entity
@Table(name = "form_record")
public class FormRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "visit_code", nullable = false, updatable = false)
    private String visitCode;

    @Column(name = "form_oid", nullable = false, updatable = false)
    private String formOid;

    @Column(name = "form_version", nullable = false, updatable = false)
    private int formVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FormStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected FormRecord() {
    }

    public FormRecord(Long subjectId, String visitCode, String formOid, int formVersion, String by) {
        this.subjectId = subjectId;
        this.visitCode = visitCode;
        this.formOid = formOid;
        this.formVersion = formVersion;
        this.createdBy = by;
        this.createdAt = Instant.now();
    }

    /** Records a save: the status it left and who saved when. */
    public void saved(FormStatus newStatus, String by) {
        this.status = newStatus;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public String getVisitCode() { return visitCode; }
    public String getFormOid() { return formOid; }
    public int getFormVersion() { return formVersion; }
    public FormStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
