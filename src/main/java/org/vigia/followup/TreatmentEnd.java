package org.vigia.followup;

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

/** The end of a subject's study treatment: the discontinuation form (with its reason) or the end-of-treatment visit. */
@Entity
@Table(name = "treatment_end")
public class TreatmentEnd {

    /** Which form. */
    public enum Kind { DISCONTINUATION, END_OF_TREATMENT_VISIT }

    /** Why study treatment was discontinued (CDISC-like disposition reasons). */
    public enum Reason {
        COMPLETED_PER_PROTOCOL, ADVERSE_EVENT, PROGRESSIVE_DISEASE, DEATH, WITHDRAWAL_BY_SUBJECT, PHYSICIAN_DECISION,
        LOST_TO_FOLLOW_UP, PROTOCOL_DEVIATION, OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;
    @Column(name = "event_date", nullable = false, updatable = false)
    private LocalDate eventDate;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Reason reason;
    @Column(updatable = false)
    @MaxLength(TextLimits.DETAILS)
    private String details;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected TreatmentEnd() {
    }

    public TreatmentEnd(Long subjectId, Kind kind, LocalDate eventDate, Reason reason, String details, String recordedBy) {
        this.subjectId = subjectId;
        this.kind = kind;
        this.eventDate = eventDate;
        this.reason = reason;
        this.details = details;
        this.recordedBy = recordedBy;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public Kind getKind() { return kind; }
    public LocalDate getEventDate() { return eventDate; }
    public Reason getReason() { return reason; }
    public String getDetails() { return details; }
    public String getRecordedBy() { return recordedBy; }
}
