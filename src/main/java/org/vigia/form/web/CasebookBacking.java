package org.vigia.form.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigia.platform.web.ViewParams;
import org.vigia.subject.VisitScheduleService.ScheduledVisit;
import org.vigia.subject.VisitStatus;
import org.vigia.subject.web.BaselineBacking;
import org.vigia.subject.web.EligibilityBacking;
import org.vigia.subject.web.SubjectBacking;

/**
 * The casebook of {@code subject/view.xhtml?id=…[&section=…|&visit=CODE]}: the subject's visits down the side with
 * their status and date, subject-level entries on top, and one section on screen at a time, chosen by a GET link
 * (bookmarkable, so it works on any node). {@code section} is one of {@link #SECTIONS} (the page's panels, each
 * alone); {@code visit} shows that visit alone: its procedures as "form – status – open" ({@link CasebookRows}), its
 * date and "mark not done". Without either: the current visit (the first neither complete, not done nor not
 * applicable) once enrolled, the eligibility section before; the schedule when every visit is closed. Keeps the
 * section and the visit code only: the visits come from the page's {@link SubjectBacking}, the forms and their
 * records from {@link SubjectFormsBacking} (their view actions run first).
 */
@Named
@ViewScoped
public class CasebookBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The sections of the page besides a visit. */
    public static final Set<String> SECTIONS = Set.of("eligibility", "enrolment", "baseline", "labs", "forms",
            "schedule");
    /** The procedure code of the concomitant-medication log. */
    private static final String CONMED = "CONMED";

    @Inject
    private SubjectBacking subjectPage;

    @Inject
    private SubjectFormsBacking forms;

    @Inject
    private EligibilityBacking eligibility;

    @Inject
    private BaselineBacking baseline;

    private String idParam;
    private String sectionParam;
    private String visitParam;
    private Long subjectId;
    /** The section shown: one of {@link #SECTIONS}, or "visit". */
    private String section;
    /** The visit shown (section "visit"), else null. */
    private String visit;
    /** The visit to go on with: the first that is neither complete, not done nor not applicable (null: none). */
    private String current;

    /** The view action (after the other beans' of the page). */
    public void load() {
        subjectId = ViewParams.id(idParam, "Subject");
        List<ScheduledVisit> schedule = subjectPage.getSchedule();
        current = schedule.stream().filter(v -> !closed(v) && !VisitStatus.COMPLETE.name().equals(v.status()))
                .map(v -> v.planned().code()).findFirst().orElse(null);
        visit = null;
        if (visitParam != null && subjectPage.visit(visitParam) != null) {
            section = "visit";
            visit = visitParam;
        } else if (sectionParam != null && SECTIONS.contains(sectionParam)) {
            section = sectionParam;
        } else if (subjectPage.getSubject().getSubjectNumber() == null) {
            section = "eligibility";
        } else if (current != null) {
            section = "visit";
            visit = current;
        } else {
            section = "schedule";
        }
        if (forms.getPickedVisit() == null) {
            forms.setPickedVisit(visit != null ? visit : current);
        }
    }

    private static boolean closed(ScheduledVisit v) {
        return VisitStatus.NOT_DONE.name().equals(v.status()) || VisitStatus.NOT_APPLICABLE.name().equals(v.status());
    }

    /** The visit shown, as the schedule has it now (after a date typed or a mark), or null. */
    public ScheduledVisit getSelected() {
        return subjectPage.visit(visit);
    }

    /** The procedures of the visit shown, each with its form, state and link. */
    public List<CasebookRows.Row> getRows() {
        ScheduledVisit v = getSelected();
        if (v == null) {
            return List.of();
        }
        Map<String, Boolean> subjectForms = new HashMap<>(baseline.getComplete());
        subjectForms.put("ELIGIBILITY", eligibility.getSavedOutcome() != null ? Boolean.TRUE : null);
        return CasebookRows.of(subjectId, v, forms.getByProcedure(), forms.getAnyVisit(), forms.recordStatus(v.planned().code()),
                subjectForms);
    }

    /** True when the visit may be marked not done: no date from its records, not already not done, not complete. */
    public boolean markable(ScheduledVisit v) {
        return v != null && !v.dateFromData() && !VisitStatus.NOT_DONE.name().equals(v.status())
                && !VisitStatus.COMPLETE.name().equals(v.status());
    }

    /** The form of the concomitant-medication log, or null when the library has none. */
    public CasebookRows.Form getConmed() {
        return forms.getByProcedure().get(CONMED);
    }

    /** The form screen of a form at a visit (relative to the context root). */
    public String formHref(String visitCode, String formOid) {
        return CasebookRows.formHref(subjectId, visitCode, formOid);
    }

    public boolean shows(String name) {
        return name.equals(section);
    }

    public String getSection() { return section; }
    public String getVisit() { return visit; }
    public String getCurrent() { return current; }
    public Long getSubjectId() { return subjectId; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public String getSectionParam() { return sectionParam; }
    public void setSectionParam(String sectionParam) { this.sectionParam = sectionParam; }
    public String getVisitParam() { return visitParam; }
    public void setVisitParam(String visitParam) { this.visitParam = visitParam; }
}
