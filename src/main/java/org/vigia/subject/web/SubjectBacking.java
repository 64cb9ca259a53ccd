package org.vigia.subject.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.ViewParams;
import org.vigia.shared.MaxLength;
import org.vigia.shared.TextLimits;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.site.Site;
import org.vigia.site.SiteService;
import org.vigia.study.Study;
import org.vigia.study.StudyService;
import org.vigia.study.definition.AllocationMethod;
import org.vigia.study.definition.Arm;
import org.vigia.study.definition.StratificationFactor;
import org.vigia.study.definition.StudyDefinition;
import org.vigia.subject.EligibilityService;
import org.vigia.subject.EnrolmentService;
import org.vigia.subject.StrataService;
import org.vigia.subject.StrataTexts;
import org.vigia.shared.text.Texts;
import org.vigia.study.StrataDerivation;
import org.vigia.subject.Subject;
import org.vigia.subject.SubjectService;
import org.vigia.subject.SubjectStatus;
import org.vigia.subject.VisitScheduleService.ScheduledVisit;
import org.vigia.subject.VisitScheduleService;

/**
 * The header, enrolment and visit-schedule sections of {@code subject/view.xhtml?id=…}: enrol by the study's design
 * (single arm; the cohort the investigator chooses; stratified randomisation, the arm concealed until it is
 * allocated), record a screen failure, and enter the dates visits took place (flagged when out of window).
 */
@Named
@ViewScoped
public class SubjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SubjectService subjects;

    @Inject
    private StudyService studies;

    @Inject
    private EnrolmentService enrolment;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private VisitScheduleService schedules;

    @Inject
    private SiteService sites;

    @Inject
    private StrataService strataService;

    private Long subjectId;
    private String idParam;
    private Subject subject;
    private Study study;
    private StudyDefinition definition;
    private String siteCode;
    private List<ScheduledVisit> schedule;
    private LocalDate enrolledOn = LocalDate.now();
    private String arm;
    private Map<String, String> strata = new HashMap<>();
    /** factor id → level derived from the recorded baseline data (derived factors only). */
    private Map<String, String> derivedLevels = new HashMap<>();
    /** factor id → the recorded values the level comes from, or what is missing. */
    private Map<String, String> derivedFrom = new HashMap<>();
    /** factor id → the baseline items still to record. */
    private Map<String, String> derivedMissing = new HashMap<>();
    private Map<String, LocalDate> visitDates = new HashMap<>();
    @MaxLength(TextLimits.REASON)
    private String visitReason;

    /** The view action of {@code subject/view.xhtml?id=...} ({@code f:viewParam id}). */
    public void load() {
        subjectId = ViewParams.id(idParam, "Subject");
        refresh();
    }

    private void refresh() {
        subject = subjects.get(subjectId);
        study = studies.get(subject.getStudyId());
        definition = studies.definition(subject.getStudyId(), subject.getDefinitionVersion());
        siteCode = sites.find(subject.getSiteId()).map(Site::getCode).orElse("");
        schedule = schedules.schedule(subjectId);
        visitDates = new HashMap<>();
        schedule.forEach(v -> visitDates.put(v.planned().code(), v.dateFromData() ? null : v.actualDate()));
        derivedLevels = new HashMap<>();
        derivedFrom = new HashMap<>();
        derivedMissing = new HashMap<>();
        if (isRandomised() && isScreening()) {
            for (StrataDerivation.FactorResult f : strataService.derive(subjectId).factors()) {
                derivedFrom.put(f.factor().id(), recordedLabel(f.recorded()));
                if (f.derived()) {
                    derivedLevels.put(f.factor().id(), f.level());
                    strata.put(f.factor().id(), f.level());
                } else {
                    derivedMissing.put(f.factor().id(), f.missing().stream()
                            .map(item -> Texts.render(StrataTexts.item(item), Messages.locale()))
                            .collect(java.util.stream.Collectors.joining(", ")));
                }
            }
        }
    }

    /** The recorded values a factor looked at, each item and coded value by its label, in the view's language. */
    static String recordedLabel(String recorded) {
        return StrataTexts.recorded(recorded).stream().map(t -> Texts.render(t, Messages.locale()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The label of the level derived for a factor ("" when it cannot be derived). */
    public String derivedLabel(StratificationFactor f) {
        String code = derivedLevels.get(f.id());
        return code == null ? "" : f.findLevel(code).map(l -> l.label()).orElse(code);
    }

    public Map<String, String> getDerivedLevels() { return derivedLevels; }
    public Map<String, String> getDerivedFrom() { return derivedFrom; }
    public Map<String, String> getDerivedMissing() { return derivedMissing; }

    public void enrol() {
        enrolment.enrol(subjectId, subject.getVersion(), enrolledOn, arm, strata);
        refresh();
        Messages.info(Bundle.SUBJECT, "enrol.done", subject.getSubjectNumber(), armName());
    }

    public void screenFailure() {
        eligibility.recordScreenFailure(subjectId, subject.getVersion());
        refresh();
        Messages.info(Bundle.SUBJECT, "elig.screenFailed");
    }

    public void saveVisit(ScheduledVisit v) {
        try {
            ScheduledVisit saved = schedules.recordVisit(subjectId, v.planned().code(), v.version(),
                    visitDates.get(v.planned().code()), visitReason);
            refresh();
            visitReason = null;
            if (saved.outOfWindow()) {
                Messages.error(null, Text.of(Bundle.SUBJECT, "visit.outOfWindow", v.planned().code(),
                        v.planned().earliest(), v.planned().latest()));
            } else {
                Messages.info(Bundle.SUBJECT, "common.saved");
            }
        } catch (org.vigia.shared.InvalidInput e) { // the visits' reason field is "visitReason" on this page
            throw "reason".equals(e.field()) ? new org.vigia.shared.InvalidInput("visitReason", e.text()) : e;
        }
    }

    /** Marks a visit not done with the reason typed in the visits' reason field. */
    public void markNotDone(ScheduledVisit v) {
        try {
            schedules.markNotDone(subjectId, v.planned().code(), v.version(), visitReason);
            refresh();
            visitReason = null;
            Messages.info(Bundle.SUBJECT, "common.saved");
        } catch (org.vigia.shared.InvalidInput e) { // the visits' reason field is "visitReason" on this page
            throw "reason".equals(e.field()) ? new org.vigia.shared.InvalidInput("visitReason", e.text()) : e;
        }
    }

    public String armName() {
        return subject.getArmId() == null ? "" : definition.findArm(subject.getArmId()).map(Arm::name).orElse(subject.getArmId());
    }

    public boolean isScreening() {
        return subject.getStatus() == SubjectStatus.SCREENING;
    }

    public boolean isCohortChoice() {
        return method() == AllocationMethod.INVESTIGATOR_ASSIGNED;
    }

    public boolean isRandomised() {
        return method() == AllocationMethod.RANDOMISED;
    }

    private AllocationMethod method() {
        return definition.allocation() == null ? AllocationMethod.SINGLE_ARM : definition.allocation().method();
    }

    public List<StratificationFactor> getFactors() {
        return isRandomised() ? definition.allocation().stratificationFactors() : List.of();
    }

    public Subject getSubject() { return subject; }

    /** The reasons of a screen failure in the view's language, one per line. */
    public String getScreenFailureReason() {
        List<Text> reasons = subject == null ? null : subject.screenFailureReasons();
        return reasons == null ? null : String.join("\n", reasons.stream().map(Messages::text).toList());
    }
    public Study getStudy() { return study; }
    public StudyDefinition getDefinition() { return definition; }
    public String getSiteCode() { return siteCode; }
    public List<ScheduledVisit> getSchedule() { return schedule; }

    /** The visit of the schedule with this code, or null. */
    public ScheduledVisit visit(String code) {
        return schedule == null || code == null ? null
                : schedule.stream().filter(v -> v.planned().code().equals(code)).findFirst().orElse(null);
    }
    public LocalDate getEnrolledOn() { return enrolledOn; }
    public void setEnrolledOn(LocalDate enrolledOn) { this.enrolledOn = enrolledOn; }
    public String getArm() { return arm; }
    public void setArm(String arm) { this.arm = arm; }
    public Map<String, String> getStrata() { return strata; }
    public Map<String, LocalDate> getVisitDates() { return visitDates; }
    public String getVisitReason() { return visitReason; }
    public void setVisitReason(String visitReason) { this.visitReason = visitReason; }

    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
}
