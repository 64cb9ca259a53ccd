package org.vigia.subject;

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

/** One baseline form of a subject: its validated fields (JSON, see {@link BaselineFormRules}) and completeness. */
@Entity
@Table(name = "baseline_form")
public class BaselineForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_code", nullable = false, updatable = false)
    private BaselineFormType type;

    @Column(nullable = false)
    private String data;

    @Column(nullable = false)
    private boolean complete;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected BaselineForm() {
    }

    public BaselineForm(Long subjectId, BaselineFormType type) {
        this.subjectId = subjectId;
        this.type = type;
    }

    public void store(String json, boolean isComplete, String by) {
        this.data = json;
        this.complete = isComplete;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public BaselineFormType getType() { return type; }
    public String getData() { return data; }
    public boolean isComplete() { return complete; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
