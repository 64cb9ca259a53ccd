package org.vigia.ae;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An adverse event of a subject, coded to a CTCAE v5.0 term (MedDRA code and SOC) with its current and worst
 * grade. This is the core every feature reads (dose decisions, DMC tables); the AE feature adds grade history,
 * causality per agent, seriousness criteria, signatures and SAE reporting.
 */
@Entity
@Table(name = "adverse_event")
public class AdverseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "meddra_code", nullable = false)
    private String meddraCode;

    @Column(nullable = false)
    private String term;

    @Column(nullable = false)
    private String soc;

    private String verbatim;

    /** ISO 8601, possibly partial (yyyy, yyyy-MM or yyyy-MM-dd). */
    @Column(nullable = false)
    private String onset;

    @Column(name = "end_date")
    private String endDate;

    @Column(nullable = false)
    private boolean ongoing = true;

    @Column(nullable = false)
    private int grade;

    @Column(name = "worst_grade", nullable = false)
    private int worstGrade;

    @Column(nullable = false)
    private boolean serious;

    @Column(name = "immune_related", nullable = false)
    private boolean immuneRelated;

    @Column(name = "immune_category")
    private String immuneCategory;

    private String outcome;

    @Column(nullable = false)
    private String status;

    @Column(name = "lab_result_id")
    private Long labResultId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AdverseEvent() {
    }

    public AdverseEvent(Long subjectId, CtcaeTerm ctcae, String verbatim, String onset, int grade, String status) {
        this.subjectId = subjectId;
        this.meddraCode = ctcae.meddraCode();
        this.term = ctcae.term();
        this.soc = ctcae.soc();
        this.verbatim = verbatim;
        this.onset = onset;
        this.grade = grade;
        this.worstGrade = grade;
        this.status = status;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public String getMeddraCode() { return meddraCode; }
    public String getTerm() { return term; }
    public String getSoc() { return soc; }
    public String getVerbatim() { return verbatim; }
    public String getOnset() { return onset; }
    public String getEndDate() { return endDate; }
    public boolean isOngoing() { return ongoing; }
    public int getGrade() { return grade; }
    public int getWorstGrade() { return worstGrade; }
    public boolean isSerious() { return serious; }
    public boolean isImmuneRelated() { return immuneRelated; }
    public String getImmuneCategory() { return immuneCategory; }
    public String getOutcome() { return outcome; }
    public String getStatus() { return status; }
    public Long getLabResultId() { return labResultId; }
    public long getVersion() { return version; }
}
