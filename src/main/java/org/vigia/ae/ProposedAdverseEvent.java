package org.vigia.ae;

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
import java.time.LocalDate;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;

/**
 * A stored {@link LabAdverseEventProposal}: a lab result graded worse than the subject's baseline, waiting for the
 * investigator to confirm it (an AE linked to the lab result is created) or dismiss it with a reason.
 */
@Entity
@Table(name = "lab_ae_proposal")
public class ProposedAdverseEvent {

    public enum Status { PENDING, CONFIRMED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lab_result_id", nullable = false, updatable = false)
    private Long labResultId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "study_id", nullable = false, updatable = false)
    private Long studyId;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(nullable = false)
    private String term;

    @Column(name = "meddra_code", nullable = false)
    private String meddraCode;

    @Column(nullable = false)
    private int grade;

    @Column(name = "baseline_grade", nullable = false)
    private int baselineGrade;

    @Column(nullable = false)
    private String criterion;

    @Column(name = "collected_on", nullable = false)
    private LocalDate collectedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @MaxLength(TextLimits.REASON)
    private String reason;

    @Column(name = "adverse_event_id")
    private Long adverseEventId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ProposedAdverseEvent() {
    }

    public ProposedAdverseEvent(LabAdverseEventProposal proposal, Long labResultId, Long subjectId, Long studyId,
            Long siteId, LocalDate collectedOn, Instant createdAt) {
        this.labResultId = labResultId;
        this.subjectId = subjectId;
        this.studyId = studyId;
        this.siteId = siteId;
        this.term = proposal.term();
        this.meddraCode = proposal.meddraCode();
        this.grade = proposal.grade();
        this.baselineGrade = proposal.baselineGrade();
        this.criterion = proposal.criterion();
        this.collectedOn = collectedOn;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
    }

    void confirm(Long aeId, String by, Instant at) {
        requirePending();
        this.status = Status.CONFIRMED;
        this.adverseEventId = aeId;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void dismiss(String why, String by, Instant at) {
        requirePending();
        this.status = Status.DISMISSED;
        this.reason = why;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void requirePending() {
        if (!isPending()) {
            throw new org.vigia.shared.InvalidInput(Text.of(Bundle.AE, "ae.proposal.decided", status));
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Long getId() { return id; }
    public Long getLabResultId() { return labResultId; }
    public Long getSubjectId() { return subjectId; }
    public Long getStudyId() { return studyId; }
    public Long getSiteId() { return siteId; }
    public String getTerm() { return term; }
    public String getMeddraCode() { return meddraCode; }
    public int getGrade() { return grade; }
    public int getBaselineGrade() { return baselineGrade; }
    public String getCriterion() { return criterion; }
    public LocalDate getCollectedOn() { return collectedOn; }
    public Status getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getReason() { return reason; }
    public Long getAdverseEventId() { return adverseEventId; }
    public long getVersion() { return version; }
}
