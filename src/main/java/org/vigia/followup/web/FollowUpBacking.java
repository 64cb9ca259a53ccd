package org.vigia.followup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.vigia.followup.DiseaseEvent;
import org.vigia.followup.FollowUpContact;
import org.vigia.followup.FollowUpService;
import org.vigia.followup.SurvivalEventDates;
import org.vigia.followup.TreatmentEnd;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.ViewParams;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.subject.ProgressionScans;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;

/**
 * Backs {@code followup/subject.xhtml?subject=ID}: treatment discontinuation, end-of-treatment visit, follow-up
 * contacts with survival status, progression/recurrence events, and the survival-endpoint dates they give.
 */
@Named
@ViewScoped
public class FollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FollowUpService followUp;
    @Inject
    private SubjectService subjects;

    /** The {@code subject} view parameter, as text: an id that is not a number is refused like one that does not exist. */
    private String subjectParam;
    private Long subjectId;
    private String subjectLabel;
    private String subjectStatus;
    private String endKind = "DISCONTINUATION";
    private String endDate;
    private String endReason;
    @MaxLength(TextLimits.DETAILS)
    private String endDetails;
    private String contactDate;
    private String survivalStatus = "ALIVE";
    private String deathDate;
    private String deathCause;
    @MaxLength(TextLimits.DETAILS)
    private String deathCauseText;
    private String lastKnownAlive;
    private String eventKind = "PROGRESSION";
    private String eventExtent = "LOCAL";
    private String eventDate;
    private String eventBasis;
    private String eventAssessment;
    @MaxLength(TextLimits.DISEASE_METHOD)
    private String eventMethod;
    private List<ProgressionScans.Scan> progressionScans = List.of();
    private List<TreatmentEnd> ends = List.of();
    private List<FollowUpContact> contacts = List.of();
    private List<DiseaseEvent> events = List.of();
    private SurvivalEventDates survival;

    /**
     * The view action of {@code followup/subject.xhtml?subject=ID} ({@code f:viewParam subject}). A subject the caller may
     * not see, or none, answers 404 like the other subject pages (the exception handler); a refusal of the subject
     * as it stands (e.g. not enrolled yet) is shown on the page, without forms.
     */
    public void open() {
        try {
            subjectId = ViewParams.id(subjectParam, "Subject");
            refresh();
        } catch (InvalidInput e) { // the page shows why, without forms
            subjectId = null;
            Messages.refused(e);
        }
    }

    private void refresh() {
        Subject s = subjects.get(subjectId);
        subjectLabel = s.label();
        subjectStatus = s.getStatus().name();
        ends = followUp.treatmentEnds(subjectId);
        contacts = followUp.contacts(subjectId);
        events = followUp.diseaseEvents(subjectId);
        progressionScans = followUp.progressionScans(subjectId);
        survival = followUp.survivalEvents(subjectId);
    }

    public void recordEnd() {
        if ("DISCONTINUATION".equals(endKind)) {
            followUp.discontinueTreatment(subjectId, date(endDate, "on"),
                    endReason == null || endReason.isBlank() ? null : TreatmentEnd.Reason.valueOf(endReason), endDetails);
        } else {
            followUp.endOfTreatmentVisit(subjectId, date(endDate, "on"), endDetails);
        }
        done();
    }

    public void recordContact() {
        followUp.recordContact(subjectId, date(contactDate, "contactDate"), FollowUpContact.SurvivalStatus.valueOf(survivalStatus),
                date(deathDate, "deathDate"), deathCause == null || deathCause.isBlank() ? null
                        : FollowUpContact.DeathCause.valueOf(deathCause), deathCauseText, date(lastKnownAlive, "lastKnownAlive"));
        done();
    }

    public void recordEvent() {
        followUp.recordDiseaseEvent(subjectId, DiseaseEvent.Kind.valueOf(eventKind), DiseaseEvent.Extent.valueOf(eventExtent),
                date(eventDate, "on"), eventBasis == null || eventBasis.isBlank() ? null : DiseaseEvent.Basis.valueOf(eventBasis),
                eventAssessment == null || eventAssessment.isBlank() ? null : Long.valueOf(eventAssessment), eventMethod, null);
        done();
    }

    private void done() {
        refresh();
        Messages.info(Bundle.MESSAGES, "common.saved");
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, Text.of(Bundle.DOSING, "fu.refused.dateFormat"));
        }
    }

    public List<TreatmentEnd> getEnds() { return ends; }
    public List<FollowUpContact> getContacts() { return contacts; }
    public List<DiseaseEvent> getEvents() { return events; }
    public SurvivalEventDates getSurvival() { return survival; }
    public List<TreatmentEnd.Reason> getReasons() { return List.of(TreatmentEnd.Reason.values()); }
    public List<FollowUpContact.DeathCause> getDeathCauses() { return List.of(FollowUpContact.DeathCause.values()); }

    public String getSubjectParam() { return subjectParam; }
    public void setSubjectParam(String subjectParam) { this.subjectParam = subjectParam; }
    public Long getSubjectId() { return subjectId; }
    public String getSubjectLabel() { return subjectLabel; }
    public String getSubjectStatus() { return subjectStatus; }
    public String getEndKind() { return endKind; }
    public void setEndKind(String v) { endKind = v; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String v) { endDate = v; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String v) { endReason = v; }
    public String getEndDetails() { return endDetails; }
    public void setEndDetails(String v) { endDetails = v; }
    public String getContactDate() { return contactDate; }
    public void setContactDate(String v) { contactDate = v; }
    public String getSurvivalStatus() { return survivalStatus; }
    public void setSurvivalStatus(String v) { survivalStatus = v; }
    public String getDeathDate() { return deathDate; }
    public void setDeathDate(String v) { deathDate = v; }
    public String getDeathCause() { return deathCause; }
    public void setDeathCause(String v) { deathCause = v; }
    public String getDeathCauseText() { return deathCauseText; }
    public void setDeathCauseText(String v) { deathCauseText = v; }
    public String getLastKnownAlive() { return lastKnownAlive; }
    public void setLastKnownAlive(String v) { lastKnownAlive = v; }
    public String getEventKind() { return eventKind; }
    public void setEventKind(String v) { eventKind = v; }
    public String getEventExtent() { return eventExtent; }
    public void setEventExtent(String v) { eventExtent = v; }
    public String getEventDate() { return eventDate; }
    public void setEventDate(String v) { eventDate = v; }
    public String getEventBasis() { return eventBasis; }
    public void setEventBasis(String v) { eventBasis = v; }
    public String getEventAssessment() { return eventAssessment; }
    public void setEventAssessment(String v) { eventAssessment = v; }
    public List<ProgressionScans.Scan> getProgressionScans() { return progressionScans; }
    public String getEventMethod() { return eventMethod; }
    public void setEventMethod(String v) { eventMethod = v; }
}
