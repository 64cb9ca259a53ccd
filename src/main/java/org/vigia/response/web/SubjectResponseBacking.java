package org.vigia.response.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.ViewParams;
import org.vigia.response.RecistResponse;
import org.vigia.response.assessment.ResponseService;
import org.vigia.response.assessment.SubjectResponseHistory;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Backs {@code response/subject.xhtml}: a subject's time points (sums, changes, target / non-target / overall
 * response), the best overall response with the study's confirmation settings, and the investigator's override.
 */
@Named
@ViewScoped
public class SubjectResponseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResponseService responses;

    @Inject
    private SubjectService subjects;

    /** The {@code subject} view parameter, as text: an id that is not a number answers 404. */
    private String subjectParam;
    private Long subjectId;
    private Subject subject;
    private SubjectResponseHistory history;
    private Long overrideId;
    private long overrideVersion;
    private RecistResponse overrideResponse;
    @MaxLength(TextLimits.REASON)
    private String overrideReason;

    /** The view action of {@code response/subject.xhtml?subject=ID} ({@code f:viewParam subject}). */
    public void open() {
        subjectId = ViewParams.optionalId(subjectParam, "Subject");
        load();
    }

    public void load() {
        subject = subjects.get(subjectId);
        history = responses.history(subjectId);
    }

    public void startOverride(SubjectResponseHistory.TimePointRow row) {
        overrideId = row.assessment().getId();
        overrideVersion = row.assessment().getVersion();
        overrideResponse = row.overallResponse();
        overrideReason = null;
    }

    public void saveOverride() {
        responses.overrideResponse(overrideId, overrideVersion,
                overrideResponse == historyRow().computed().overallResponse() ? null : overrideResponse, overrideReason);
        Messages.info(Bundle.RESPONSE, "override.saved");
        load();
    }

    private SubjectResponseHistory.TimePointRow historyRow() {
        return history.timePoints().stream().filter(r -> r.assessment().getId().equals(overrideId)).findFirst().orElseThrow();
    }

    public RecistResponse[] getResponses() { return RecistResponse.values(); }
    public String getSubjectParam() { return subjectParam; }
    public void setSubjectParam(String subjectParam) { this.subjectParam = subjectParam; }
    public Long getSubjectId() { return subjectId; }
    public void setSubjectId(Long subjectId) { this.subjectId = subjectId; }
    public Subject getSubject() { return subject; }
    public SubjectResponseHistory getHistory() { return history; }
    public RecistResponse getOverrideResponse() { return overrideResponse; }
    public void setOverrideResponse(RecistResponse overrideResponse) { this.overrideResponse = overrideResponse; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
}
