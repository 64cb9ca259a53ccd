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

/**
 * A progression (of measurable or evaluable disease) or a recurrence (after a complete response or definitive
 * treatment), with its extent: local (primary site), regional (nodes) or distant (metastasis). Local and regional
 * events make LRRFS's locoregional events, distant ones DMFS's. Its basis says how it was found (issue 15: "a
 * progression date is the date of the assessment that shows it, or a clinical progression with its method stated"):
 * {@link Basis#IMAGING} with the follow-up tumour assessment that shows it (RECIST 1.1 section 4.3; the event carries
 * that assessment's date), or {@link Basis#CLINICAL} with the method in {@code method}. Events recorded before the
 * basis existed have none.
 */
@Entity
@Table(name = "disease_event")
public class DiseaseEvent {

    /** Progression or recurrence. */
    public enum Kind { PROGRESSION, RECURRENCE }

    /** Where the disease came back or grew. */
    public enum Extent { LOCAL, REGIONAL, DISTANT }

    /** How it was found: on a tumour assessment (imaging), or clinically with the method stated. */
    public enum Basis { IMAGING, CLINICAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Extent extent;
    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Basis basis;
    @Column(name = "tumour_assessment_id", updatable = false)
    private Long assessmentId;
    @Column(updatable = false)
    @MaxLength(TextLimits.DISEASE_METHOD)
    private String method;
    @Column(updatable = false)
    @MaxLength(TextLimits.DETAILS)
    private String details;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected DiseaseEvent() {
    }

    public DiseaseEvent(Long subjectId, Kind kind, Extent extent, LocalDate eventDate, Basis basis, Long assessmentId,
                        String method, String details, String recordedBy) {
        this.subjectId = subjectId;
        this.kind = kind;
        this.extent = extent;
        this.eventDate = eventDate;
        this.basis = basis;
        this.assessmentId = basis == Basis.IMAGING ? assessmentId : null;
        this.method = method;
        this.details = details;
        this.recordedBy = recordedBy;
        this.createdAt = Instant.now();
    }

    /** The scan this progression was found on was redated: the progression is dated as the scan (issue 15). */
    void followScan(LocalDate scanDate) {
        if (basis != Basis.IMAGING) {
            throw new IllegalStateException("Only a progression found on imaging follows its scan");
        }
        this.eventDate = scanDate;
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public Kind getKind() { return kind; }
    public Extent getExtent() { return extent; }
    public LocalDate getEventDate() { return eventDate; }
    public Basis getBasis() { return basis; }
    public Long getAssessmentId() { return assessmentId; }
    public String getMethod() { return method; }
    public String getDetails() { return details; }
    public String getRecordedBy() { return recordedBy; }
}
