package org.vigia.response.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.ViewParams;
import org.vigia.response.NewLesions;
import org.vigia.response.NonTargetStatus;
import org.vigia.response.TargetFinding;
import org.vigia.response.TimePointResult;
import org.vigia.response.assessment.FindingEntry;
import org.vigia.response.assessment.ResponseService;
import org.vigia.response.assessment.TumourAssessment;
import org.vigia.response.assessment.TumourLesion;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Backs {@code response/follow-up.xhtml}: one follow-up of a subject. Every change of a finding, diameter or
 * the new-lesion answer recomputes the time point with the service's preview (the nadir and a prior CR carried
 * from the subject's other follow-ups), so the coordinator sees sum, changes and responses while typing.
 */
@Named
@ViewScoped
public class TumourFollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResponseService responses;

    @Inject
    private SubjectService subjects;

    /** One lesion's finding. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private boolean target;
        private boolean nodal;
        private BigDecimal baselineMm;
        private String finding;
        private BigDecimal diameterMm;

        public String getCode() { return code; }
        public boolean isTarget() { return target; }
        public boolean isNodal() { return nodal; }
        public BigDecimal getBaselineMm() { return baselineMm; }
        public String getFinding() { return finding; }
        public void setFinding(String finding) { this.finding = finding; }
        public BigDecimal getDiameterMm() { return diameterMm; }
        public void setDiameterMm(BigDecimal diameterMm) { this.diameterMm = diameterMm; }
    }

    /** The {@code subject} view parameter, as text: an id that is not a number answers 404. */
    private String subjectParam;
    /** The {@code assessment} view parameter, as text: an id that is not a number answers 404. */
    private String assessmentParam;
    private Long subjectId;
    private Long assessmentId;
    private Subject subject;
    private Long version;
    private LocalDate assessedOn;
    private NewLesions newLesions = NewLesions.NO;
    @MaxLength(TextLimits.REASON)
    private String reason;
    private List<Row> rows = new ArrayList<>();
    private TimePointResult preview;

    /**
     * The view action of {@code response/follow-up.xhtml?subject=ID&assessment=ID} ({@code f:viewParam subject} and
     * {@code assessment}): the subject, its baseline lesions, and the follow-up being changed, if any.
     */
    public void open() {
        subjectId = ViewParams.optionalId(subjectParam, "Subject");
        assessmentId = ViewParams.optionalId(assessmentParam, "Tumour assessment");
        load();
    }

    public void load() {
        subject = subjects.get(subjectId);
        TumourAssessment baseline = responses.baseline(subjectId).orElse(null);
        rows = new ArrayList<>();
        if (baseline == null) {
            return;
        }
        TumourAssessment existing = assessmentId == null ? null : responses.followUp(assessmentId);
        if (existing != null) {
            version = existing.getVersion();
            assessedOn = existing.getAssessedOn();
            newLesions = existing.getNewLesions();
        }
        for (TumourLesion l : baseline.getLesions()) {
            Row r = new Row();
            r.code = l.getCode();
            r.target = l.isTarget();
            r.nodal = l.isNodal();
            r.baselineMm = l.getDiameterMm();
            r.finding = r.target ? TargetFinding.MEASURED.name() : null;
            if (existing != null) {
                existing.getMeasurements().stream().filter(m -> m.getLesion().getId().equals(l.getId())).findFirst()
                        .ifPresent(m -> {
                            r.finding = m.getFinding();
                            r.diameterMm = m.getDiameterMm();
                        });
            }
            rows.add(r);
        }
        recompute();
    }

    /** Ajax: recomputes the time point from what is on the form. */
    public void recompute() {
        preview = responses.preview(subjectId, assessmentId, assessedOn, newLesions, entries());
    }

    public String save() {
        TumourAssessment saved = responses.saveFollowUp(subjectId, assessmentId, version, assessedOn, newLesions,
                entries(), reason);
        return "/response/subject.xhtml?faces-redirect=true&subject=" + subjectId + "&saved=" + saved.getId();
    }

    private List<FindingEntry> entries() {
        return rows.stream().filter(r -> r.finding != null && !r.finding.isBlank())
                .map(r -> new FindingEntry(r.code, r.finding, r.diameterMm)).toList();
    }

    public TargetFinding[] getTargetFindings() { return TargetFinding.values(); }
    public NonTargetStatus[] getNonTargetStatuses() { return NonTargetStatus.values(); }
    public NewLesions[] getNewLesionValues() { return NewLesions.values(); }
    public boolean isEditing() { return assessmentId != null; }
    public boolean isBaselineMissing() { return rows.isEmpty(); }
    public String getSubjectParam() { return subjectParam; }
    public void setSubjectParam(String subjectParam) { this.subjectParam = subjectParam; }
    public String getAssessmentParam() { return assessmentParam; }
    public void setAssessmentParam(String assessmentParam) { this.assessmentParam = assessmentParam; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public Long getAssessmentId() { return assessmentId; }
    public void setAssessmentId(Long assessmentId) { this.assessmentId = assessmentId; }
    public Subject getSubject() { return subject; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public NewLesions getNewLesions() { return newLesions; }
    public void setNewLesions(NewLesions newLesions) { this.newLesions = newLesions; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<Row> getRows() { return rows; }
    public TimePointResult getPreview() { return preview; }
}
