package org.vigia.dosing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.vigia.shared.text.Text;
import org.vigia.shared.text.TextCodec;

/**
 * A protocol deviation in the study's deviation log: a dose that departed from the recommendation with no
 * documented reason ({@link DoseDeviationRules}, category DOSE), or a schedule departure recorded on purpose with its
 * reason (a cycle too early, a phase started outside its window: {@link CycleSchedule}, category SCHEDULE). Monitors see the log; the DMC report counts it. The description is
 * stored with its key and arguments ({@link TextCodec}) and shown in each reader's language.
 */
@Entity
@Table(name = "protocol_deviation")
public class DeviationLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "study_id", nullable = false, updatable = false)
    private Long studyId;
    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;
    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;
    @Column(name = "subject_label", nullable = false, updatable = false)
    private String subjectLabel;
    @Column(name = "administration_id", updatable = false)
    private Long administrationId;
    @Column(nullable = false, updatable = false)
    private String category;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(name = "agent_id", updatable = false)
    private String agentId;
    @Column(name = "occurred_on", nullable = false, updatable = false)
    private java.time.LocalDate occurredOn;
    @Column(name = "recommended_mg", updatable = false)
    private BigDecimal recommendedMg;
    @Column(name = "administered_mg", updatable = false)
    private BigDecimal administeredMg;
    @Column(name = "difference_percent", updatable = false)
    private BigDecimal differencePercent;
    @Column(nullable = false, updatable = false)
    private String description;
    @Column(updatable = false)
    private String reason;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DeviationLogEntry() {
    }

    /** A dose deviation found when {@code administration} was recorded. */
    public DeviationLogEntry(Long studyId, Long siteId, String subjectLabel, TreatmentAdministration administration,
                             ProtocolDeviation deviation, String recordedBy) {
        this.studyId = studyId;
        this.siteId = siteId;
        this.subjectId = administration.getSubjectId();
        this.subjectLabel = subjectLabel;
        this.administrationId = administration.getId();
        this.category = "DOSE";
        this.kind = deviation.kind().name();
        this.agentId = administration.getAgentId();
        this.occurredOn = deviation.date();
        this.recommendedMg = deviation.recommendedDoseMg();
        this.administeredMg = deviation.administeredDoseMg();
        this.differencePercent = deviation.differencePercent();
        this.description = deviation.descriptionText().encode();
        this.recordedBy = recordedBy;
        this.createdAt = Instant.now();
    }

    /**
     * A schedule deviation recorded with {@code administration} on purpose, with the user's reason: a cycle's day 1
     * before its window, or a phase started outside its start window ({@link CycleSchedule}).
     */
    public static DeviationLogEntry schedule(Long studyId, Long siteId, String subjectLabel,
                                             TreatmentAdministration administration, ProtocolDeviation.Kind kind,
                                             Text description, String reason, String recordedBy) {
        DeviationLogEntry e = new DeviationLogEntry();
        e.studyId = studyId;
        e.siteId = siteId;
        e.subjectId = administration.getSubjectId();
        e.subjectLabel = subjectLabel;
        e.administrationId = administration.getId();
        e.category = "SCHEDULE";
        e.kind = kind.name();
        e.agentId = administration.getAgentId();
        e.occurredOn = administration.getAdministeredOn();
        e.description = description.encode();
        e.reason = reason;
        e.recordedBy = recordedBy;
        e.createdAt = Instant.now();
        return e;
    }

    public Long getId() { return id; }
    public Long getStudyId() { return studyId; }
    public Long getSiteId() { return siteId; }
    public Long getSubjectId() { return subjectId; }
    public String getSubjectLabel() { return subjectLabel; }
    public Long getAdministrationId() { return administrationId; }
    public String getCategory() { return category; }
    public String getKind() { return kind; }
    public String getAgentId() { return agentId; }
    public java.time.LocalDate getOccurredOn() { return occurredOn; }
    public BigDecimal getRecommendedMg() { return recommendedMg; }
    public BigDecimal getAdministeredMg() { return administeredMg; }
    public BigDecimal getDifferencePercent() { return differencePercent; }
    /** The description in English (the API's); a row written before texts kept their keys holds the sentence. */
    public String getDescription() {
        Text text = getDescriptionText();
        return text == null ? null : text.english();
    }

    /** The description, to render in the reader's language. */
    public Text getDescriptionText() {
        return TextCodec.decode(description);
    }

    /** The reason the user gave for a deviation recorded on purpose; null for a dose deviation found. */
    public String getReason() { return reason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getCreatedAt() { return createdAt; }
}
