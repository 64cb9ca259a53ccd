package org.vigia.dosing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigia.dosing.RadiotherapyService;
import org.vigia.dosing.RadiotherapyStatus;
import org.vigia.platform.web.Messages;
import org.vigia.platform.web.SubmitGuard;
import org.vigia.platform.web.ViewParams;
import org.vigia.shared.DecimalDigits;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Bundle;
import org.vigia.shared.text.Text;
import org.vigia.subject.SubjectService;

/** Backs {@code dosing/radiotherapy.xhtml?subject=ID}: courses, fractions delivered, event rules that fire. */
@Named
@ViewScoped
public class RadiotherapyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SubmitGuard guard = new SubmitGuard();

    @Inject
    private RadiotherapyService radiotherapy;
    @Inject
    private SubjectService subjects;

    /** The {@code subject} view parameter, as text: an id that is not a number is refused like one that does not exist. */
    private String subjectParam;
    private Long subjectId;
    private String subjectLabel;
    private List<RadiotherapyStatus> courses = List.of();
    private String course;
    private String on = LocalDate.now().toString();
    @DecimalDigits(integer = 4, fraction = 2)
    private BigDecimal doseGy;
    private List<String> events = new ArrayList<>();

    /**
     * The view action of {@code dosing/radiotherapy.xhtml?subject=ID} ({@code f:viewParam subject}). A subject the caller may
     * not see, or none, answers 404 like the other subject pages (the exception handler); a refusal of the subject
     * as it stands (e.g. not enrolled yet) is shown on the page, without forms.
     */
    public void open() {
        try {
            subjectId = ViewParams.id(subjectParam, "Subject");
            subjectLabel = subjects.get(subjectId).label();
            courses = radiotherapy.courses(subjectId);
            course = courses.isEmpty() ? null : courses.get(0).prescription().course();
            doseGy = courses.isEmpty() ? null : courses.get(0).prescription().dosePerFractionGy();
        } catch (InvalidInput e) { // the page shows why, without forms
            subjectId = null;
            courses = List.of();
            Messages.refused(e);
        }
    }

    public void record() {
        if (!guard.allowsSave()) {
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(on.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInput("on", Text.of(Bundle.DOSING, "dose.invalid.dateFormat"));
        }
        radiotherapy.recordFraction(subjectId, course, date, doseGy, Set.copyOf(events));
        courses = radiotherapy.courses(subjectId);
        events = new ArrayList<>();
        Messages.info(Bundle.DOSING, "rt.recorded");
    }

    /** The event codes the subject's courses have rules for. */
    public List<String> getEventCodes() {
        Set<String> codes = new LinkedHashSet<>();
        courses.forEach(c -> c.prescription().eventRules().forEach(r -> codes.add(r.event())));
        return new ArrayList<>(codes);
    }


    public String getSubjectParam() { return subjectParam; }
    public void setSubjectParam(String subjectParam) { this.subjectParam = subjectParam; }
    public Long getSubjectId() { return subjectId; }
    public String getSubjectLabel() { return subjectLabel; }
    public List<RadiotherapyStatus> getCourses() { return courses; }
    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getOn() { return on; }
    public void setOn(String on) { this.on = on; }
    public BigDecimal getDoseGy() { return doseGy; }
    public void setDoseGy(BigDecimal doseGy) { this.doseGy = doseGy; }
    public List<String> getEvents() { return events; }
    public void setEvents(List<String> events) { this.events = events; }

    public SubmitGuard getGuard() {
        return guard;
    }
}
