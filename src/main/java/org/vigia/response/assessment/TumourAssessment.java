package org.vigia.response.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigia.response.NewLesions;
import org.vigia.response.RecistResponse;
import org.vigia.response.TimePointResult;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.SiteToday;
import org.vigia.shared.TextLimits;

/**
 * One RECIST 1.1 tumour assessment of a subject: the baseline (with its target and non-target lesions,
 * section 3) or a follow-up (one finding per baseline lesion and whether new lesions were seen, section 4.3).
 * A follow-up keeps the responses computed when it was last saved and, separately, an investigator's
 * override of the overall response with its reason.
 */
@Entity
@Table(name = "tumour_assessment")
public class TumourAssessment {

    public enum Kind { BASELINE, FOLLOW_UP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "study_id", nullable = false, updatable = false)
    private Long studyId;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_lesions")
    private NewLesions newLesions;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_response")
    private RecistResponse targetResponse;

    @Enumerated(EnumType.STRING)
    @Column(name = "non_target_response")
    private RecistResponse nonTargetResponse;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_response")
    private RecistResponse computedResponse;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_response")
    private RecistResponse overrideResponse;

    @Column(name = "override_reason")
    @MaxLength(TextLimits.REASON)
    private String overrideReason;

    @Column(name = "overridden_by")
    private String overriddenBy;

    @Column(name = "overridden_at")
    private Instant overriddenAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<TumourLesion> lesions = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TumourMeasurement> measurements = new ArrayList<>();

    @Version
    private long version;

    protected TumourAssessment() {
    }

    TumourAssessment(Kind kind, Long subjectId, Long studyId, Long siteId, LocalDate assessedOn, String by,
            SiteToday today) {
        if (assessedOn == null) {
            throw new InvalidInput("assessedOn", org.vigia.shared.text.Text.of(org.vigia.shared.text.Bundle.RESPONSE, "resp.required.assessedOn"));
        }
        today.require("assessedOn", assessedOn);
        this.kind = kind;
        this.subjectId = subjectId;
        this.studyId = studyId;
        this.siteId = siteId;
        this.assessedOn = assessedOn;
        this.createdAt = Instant.now();
        this.createdBy = by;
    }

    void redate(LocalDate date, SiteToday today) {
        if (date == null) {
            throw new InvalidInput("assessedOn", org.vigia.shared.text.Text.of(org.vigia.shared.text.Bundle.RESPONSE, "resp.required.assessedOn"));
        }
        today.require("assessedOn", date);
        this.assessedOn = date;
    }

    void recordNewLesions(NewLesions value) {
        if (value == null) {
            throw new InvalidInput("newLesions", org.vigia.shared.text.Text.of(org.vigia.shared.text.Bundle.RESPONSE, "resp.required.newLesions"));
        }
        this.newLesions = value;
    }

    /** Keeps the responses computed for this follow-up (recomputed whenever the subject's assessments change). */
    void recordComputed(TimePointResult result) {
        this.targetResponse = result.targetResponse();
        this.nonTargetResponse = result.nonTargetResponse();
        this.computedResponse = result.overallResponse();
    }

    /** The investigator's overall response with a reason; {@code null} response removes the override. */
    void override(RecistResponse response, String reason, String by) {
        if (kind != Kind.FOLLOW_UP) {
            throw new InvalidInput(org.vigia.shared.text.Text.of(org.vigia.shared.text.Bundle.RESPONSE, "resp.refused.notFollowUp"));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", org.vigia.shared.text.Text.of(org.vigia.shared.text.Bundle.RESPONSE, "resp.required.overrideReason"));
        }
        this.overrideResponse = response;
        this.overrideReason = response == null ? null : reason.trim();
        this.overriddenBy = response == null ? null : by;
        this.overriddenAt = response == null ? null : Instant.now();
    }

    Optional<TumourLesion> lesion(String code) {
        return lesions.stream().filter(l -> l.getCode().equals(code)).findFirst();
    }

    Optional<TumourMeasurement> measurementOf(TumourLesion lesion) {
        return measurements.stream().filter(m -> m.getLesion().getId().equals(lesion.getId())).findFirst();
    }

    List<TumourLesion> lesionList() { return lesions; }
    List<TumourMeasurement> measurementList() { return measurements; }

    /** The overall response that counts: the override when there is one, else the computed one. */
    public RecistResponse getOverallResponse() {
        return overrideResponse != null ? overrideResponse : computedResponse;
    }

    public Long getId() { return id; }
    public Long getSubjectId() { return subjectId; }
    public Long getStudyId() { return studyId; }
    public Long getSiteId() { return siteId; }
    public Kind getKind() { return kind; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public NewLesions getNewLesions() { return newLesions; }
    public RecistResponse getTargetResponse() { return targetResponse; }
    public RecistResponse getNonTargetResponse() { return nonTargetResponse; }
    public RecistResponse getComputedResponse() { return computedResponse; }
    public RecistResponse getOverrideResponse() { return overrideResponse; }
    public String getOverrideReason() { return overrideReason; }
    public String getOverriddenBy() { return overriddenBy; }
    public Instant getOverriddenAt() { return overriddenAt; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public List<TumourLesion> getLesions() { return List.copyOf(lesions); }
    public List<TumourMeasurement> getMeasurements() { return List.copyOf(measurements); }
    public long getVersion() { return version; }
}
